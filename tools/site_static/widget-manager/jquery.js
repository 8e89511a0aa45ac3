// Stand-in for jQuery (88 kB) in the site's widget bundle. @jupyter-widgets/base 6 and
// the controls draw with the DOM (their views are NativeViews); they call jQuery only to
// set a view's `$el`, of which they read `$el[0]`. anywidget also calls `$el.empty()`.
export default function $(el) {
  if (!(this instanceof $)) return new $(el);
  this[0] = el;
  this.length = el ? 1 : 0;
}

$.prototype.empty = function empty() {
  if (this[0]) this[0].replaceChildren();
  return this;
};
