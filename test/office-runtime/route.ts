// Where Microsoft's runtime sends its requests: to the model's executor instead of Excel. Shared
// by the Jest harness (index.ts, the runtime in a jsdom window) and the e2e page
// (test/e2e/host-entry.ts, the runtime in a frame of Chromium), so both wire it the same way.
import type { ModelExecutor } from "./executor";

/** The part of a window the runtime was evaluated in that the routing needs. */
export interface RuntimeGlobals {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & { ClientRequestContext: { prototype: object } };
}

const BOUND_EXECUTOR = Symbol("executor");

/**
 * Makes every request context of the runtime in `runtime` send to `current()`, the executor of the
 * workbook installed when the context first syncs.
 */
export function routeRequestsToModel(runtime: RuntimeGlobals, current: () => ModelExecutor | null): void {
  // The context picks its executor when it first syncs (`if (!this._requestExecutor) …`); an
  // accessor on the prototype hands it ours and ignores the runtime's own choice.
  Object.defineProperty(runtime.OfficeExtension.ClientRequestContext.prototype, "_requestExecutor", {
    configurable: true,
    get(this: { [BOUND_EXECUTOR]?: ModelExecutor }) {
      // A context keeps the workbook it first talked to, so its clean-up request after the run
      // never reaches a workbook installed later.
      if (!this[BOUND_EXECUTOR]) {
        const executor = current();
        if (!executor) throw new Error("No workbook is installed for the Office runtime.");
        this[BOUND_EXECUTOR] = executor;
      }
      return this[BOUND_EXECUTOR];
    },
    set() {
      // The runtime's HTTP and host-bridge executors are never used here.
    },
  });
}
