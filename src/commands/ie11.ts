/* global Office, window */
// What Office 2019's IE11 webview needs beyond the polyfills Babel adds by itself. Import this
// module first in the ribbon bundle, so it runs before any other module.
//
// Promise: office.js carries one, `Office.Promise` (the browser's own where there is one), and
// the Excel host script installs it as `window.Promise` itself, but only once Office has started.
// Installing it now lets the build leave out core-js's Promise.
//
// Symbol: none. The build compiles for-of, spread and destructuring as if every iterable were an
// array (Babel's iterableIsArray assumption), so nothing looks up Symbol.iterator; src/core and
// src/excel walk Maps and Sets with forEach. test/build.test.ts runs the built bundle on the
// in-memory Excel host and compares its summary with the sources', which catches a slip.
//
// webpack.config.js (UNNEEDED_POLYFILLS) leaves out `es.promise` and `es.symbol` accordingly.

const host = window as unknown as { Promise?: PromiseConstructor };
if (typeof host.Promise === "undefined" && typeof Office !== "undefined" && Office.Promise) {
  host.Promise = Office.Promise as unknown as PromiseConstructor;
}

export {};
