/* global Office, window */
// What Office 2019's IE11 webview needs beyond the polyfills Babel adds by itself. Import this
// module first in the ribbon bundle, so it runs before any other module.
//
// Promise: office.js carries one, `Office.Promise` (the browser's own where there is one), and
// the Excel host script installs it as `window.Promise` itself, but only once Office has started.
// Installing it now lets the build leave out core-js's Promise.
//
// Symbol: Babel's helpers (for-of, spread, classes) look up Symbol.iterator. Babel would add
// core-js's all-in-one `es.symbol`, which also brings Symbol.for and a JSON.stringify fix this
// code never needs; the constructor alone is enough.
//
// webpack.config.js (UNNEEDED_POLYFILLS) leaves out `es.promise` and `es.symbol` accordingly.
import "core-js/modules/es.symbol.constructor.js";

const host = window as unknown as { Promise?: PromiseConstructor };
if (typeof host.Promise === "undefined" && typeof Office !== "undefined" && Office.Promise) {
  host.Promise = Office.Promise as unknown as PromiseConstructor;
}

export {};
