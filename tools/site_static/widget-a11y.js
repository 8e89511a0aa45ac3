// ipywidgets' sliders draw a handle with role="slider" but no name, so a screen
// reader cannot say what it sets (axe: aria-input-field-name). Name each handle
// after its widget's label, also for widgets drawn after the page has loaded.
(function () {
  function label(handle) {
    var widget = handle.closest(".widget-slider");
    var text = widget && widget.querySelector(".widget-label");
    return (text && text.textContent.trim()) || "Schuifregelaar";
  }
  function nameHandles() {
    document.querySelectorAll(".noUi-handle:not([aria-label])").forEach(function (handle) {
      handle.setAttribute("aria-label", label(handle));
    });
  }
  new MutationObserver(nameHandles).observe(document.documentElement, { childList: true, subtree: true });
})();
