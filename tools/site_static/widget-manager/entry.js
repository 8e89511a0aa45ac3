// The site's widget manager: draws the ipywidgets 8 state that myst-nb saved in a page,
// without a kernel. It does what @jupyter-widgets/html-manager's embed.js does for a
// built-in control, and no more: no ipywidgets 7 controls, Output widget, schema
// validation, third-party widget loader, or Font Awesome (the theme already has it).
// The course's own widgets are anywidgets: their view is an ES module in the widget's
// state (`_esm`) with the data it needs, so they work on the page without Python.
// Bundled by build.mjs; "course:controls" are the controls modules tools/site_assets.py
// names, which publishing checks against the widget state of every page.
import { ManagerBase } from '@jupyter-widgets/base-manager';
import * as base from '@jupyter-widgets/base';
import * as controls from 'course:controls';
import { MessageLoop } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';
import css from 'course:css';
import anywidget from 'anywidget';

const MODULES = { '@jupyter-widgets/base': base, '@jupyter-widgets/controls': controls, anywidget: anywidget(base) };

class StaticManager extends ManagerBase {
  constructor() {
    super();
    this.views = new Set();
    // The course's widgets read this to say, in Dutch, what needs the notebook (academy/widgets/js).
    this.withoutKernel = true;
  }

  async loadClass(className, moduleName, moduleVersion) {
    const module = MODULES[moduleName];
    if (!module || !module[className]) {
      throw new Error(`${moduleName}@${moduleVersion} ${className} is not in this site's widget bundle`);
    }
    return module[className];
  }

  async display_view(viewPromise, el) {
    let view;
    try {
      view = await viewPromise;
    } catch (error) {
      console.error('Could not create a widget view', error);
      const ErrorModel = base.createErrorWidgetModel(error, 'Could not create a widget view');
      view = new base.ErrorWidgetView({ model: new ErrorModel() });
      view.render();
    }
    Widget.attach(view.luminoWidget, el);
    this.views.add(view);
    view.once('remove', () => this.views.delete(view));
  }

  // No kernel: nothing to talk to.
  _get_comm_info() {
    return Promise.resolve({});
  }

  _create_comm() {
    return Promise.resolve({ on_close() {}, on_msg() {}, close() {} });
  }
}

async function renderPage() {
  const states = document.querySelectorAll('script[type="application/vnd.jupyter.widget-state+json"]');
  if (states.length === 0) return;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  const viewTags = [...document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]')];
  for (const stateTag of states) {
    const manager = new StaticManager();
    window.addEventListener('resize', () => manager.views.forEach((view) =>
      MessageLoop.postMessage(view.luminoWidget, Widget.ResizeMessage.UnknownSize)));
    const models = await manager.set_state(JSON.parse(stateTag.textContent));
    await Promise.all(viewTags.map(async (viewTag) => {
      const { model_id: modelId } = JSON.parse(viewTag.textContent);
      const model = models.find((m) => m.model_id === modelId);
      if (model === undefined || viewTag.parentElement === null) return;
      const area = document.createElement('div');
      area.className = 'widget-subarea';
      viewTag.parentElement.insertBefore(area, viewTag);
      await manager.display_view(manager.create_view(model), area);
    }));
  }
}

window.addEventListener('load', () => {
  renderPage().catch((error) => console.error('Drawing the widgets failed', error));
});
