// Bundles entry.js into one minified script with esbuild (tools/site_assets.py runs it).
//   node build.mjs <node_modules> <out.js> <controls module>...
// Only what the page's widgets need goes in:
//  - of @jupyter-widgets/controls, the modules named on the command line;
//  - of @lumino/widgets, the files that are used (its TypeScript sources are bundled, file
//    by file, instead of its one-file dist, so unused panels and menus stay out);
//  - jquery and sanitize-html are replaced by the small stand-ins in this folder;
//  - anywidget's dist is an AMD module (define([...], factory)); it is turned into an ES module
//    exporting its factory, which entry.js calls with @jupyter-widgets/base;
//  - the widgets' CSS (lab variables and widgets-base) is minified into the script.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [modules, outfile, ...controlsModules] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(path.join(modules, 'noop.js'))('esbuild');
const luminoSource = path.join(modules, '@lumino', 'widgets', 'src');

const css = await esbuild.build({
  stdin: { contents: "@import './labvariables.css';\n@import './widgets-base.css';\n", loader: 'css',
           resolveDir: path.join(modules, '@jupyter-widgets', 'controls', 'css') },
  bundle: true, minify: true, write: false, outdir: path.dirname(outfile), logLevel: 'error',
});

const course = {
  name: 'course',
  setup(build) {
    build.onResolve({ filter: /^jquery$/ }, () => ({ path: path.join(here, 'jquery.js') }));
    build.onResolve({ filter: /^sanitize-html$/ }, () => ({ path: path.join(here, 'sanitize.js') }));
    build.onResolve({ filter: /^@lumino\/widgets$/ }, () => ({ path: path.join(luminoSource, 'index.ts'), sideEffects: false }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => (path.dirname(args.importer) === luminoSource
      ? { path: path.resolve(args.resolveDir, `${args.path}.ts`), sideEffects: false } : undefined));
    build.onLoad({ filter: /node_modules\/anywidget\/dist\/index\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const amd = 'define(["@jupyter-widgets/base"], widget_default);';
      if (!source.includes(amd)) throw new Error(`anywidget's dist no longer ends with ${amd}: update build.mjs`);
      return { contents: source.replace(amd, 'export default widget_default;'), loader: 'js' };
    });
    build.onResolve({ filter: /^course:/ }, (args) => ({ path: args.path, namespace: 'course' }));
    build.onLoad({ filter: /^course:css$/, namespace: 'course' }, () => ({ contents: css.outputFiles[0].text, loader: 'text' }));
    build.onLoad({ filter: /^course:controls$/, namespace: 'course' }, () => ({
      contents: controlsModules.map((m) => `export * from '@jupyter-widgets/controls/lib/${m}';`).join('\n'),
      resolveDir: here, loader: 'js',
    }));
  },
};

const result = await esbuild.build({
  entryPoints: [path.join(here, 'entry.js')], outfile, bundle: true, minify: true, format: 'iife',
  target: 'es2019', nodePaths: [modules], plugins: [course], legalComments: 'none', metafile: true, logLevel: 'error',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
});

// The licences of every package that went into the bundle, beside it.
const packages = new Set(Object.keys(result.metafile.inputs)
  .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)).filter(Boolean).map((m) => m[1]));
const licences = [...packages].sort().map((name) => {
  const folder = path.join(modules, name);
  const file = fs.readdirSync(folder).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const { version, license } = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const text = file ? fs.readFileSync(path.join(folder, file), 'utf8') : `License: ${license}`;
  return `${name} ${version}\n\n${text.trim()}\n`;
});
fs.writeFileSync(`${outfile}.LICENSE.txt`, licences.join('\n' + '-'.repeat(72) + '\n\n'));
