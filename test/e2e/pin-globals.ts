// Browser entry run before any of the page's scripts (a Playwright init script; bundled as
// "e2e-pin-globals" by webpack.e2e.config.js). office.js assigns `window.Office` more than once,
// and not only while it runs: o15apptofilemappingtable.js, which it loads afterwards, assigns it
// again, at a moment that races the pane's own bundle. So `Office`, `Excel` and `OfficeExtension`
// become accessors here: office.js's assignments are kept and read back until host-entry.ts puts
// the in-memory host's namespaces in `__thiduaGlobals.fake`; from then on the globals are the
// fake host's, whatever office.js assigns. This must be a script of its own that runs before
// office.js: once a script declaring `var Office` has started, the global cannot be redefined.

export interface PinnedGlobals {
  /** What office.js assigned, by name. */
  officeJs: Record<string, unknown>;
  /** The in-memory host's namespaces, by name, once installed. */
  fake: Record<string, unknown>;
}

const pinned: PinnedGlobals = { officeJs: {}, fake: {} };

for (const name of ["Office", "Excel", "OfficeExtension"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    enumerable: true,
    get: () => (name in pinned.fake ? pinned.fake[name] : pinned.officeJs[name]),
    set: (value: unknown) => {
      pinned.officeJs[name] = value;
    },
  });
}

(window as unknown as { __thiduaGlobals: PinnedGlobals }).__thiduaGlobals = pinned;
