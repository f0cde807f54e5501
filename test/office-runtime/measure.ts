// What one Generate sends on the wire, as Microsoft's runtime serialises it, for the benchmark and
// the payload tests: `measureWire(units)` installs a synthetic workbook of that many units, runs
// Generate once and reports every request, the clean-up after the run included.
import { runGenerate } from "../../src/excel";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";

export interface WireFigures {
  units: number;
  /** Requests the runtime sent, the one after `Excel.run` included. */
  requests: number;
  /** UTF-8 bytes of each request's JSON, in order. */
  requestBytes: number[];
  totalBytes: number;
  largestBytes: number;
}

/**
 * Runs Generate on `units` synthetic units through the runtime and measures its requests. Puts
 * `Excel`/`Office`/`OfficeExtension` on the global object while it runs and removes them after.
 * @example const { requests, totalBytes } = await measureWire(200);
 */
export async function measureWire(units: number): Promise<WireFigures> {
  const installed = installRuntimeWith(syntheticWorkbook(units));
  try {
    await runGenerate(undefined, { date: { year: 2024, month: 7, day: 24 } });
    await installed.settled();
    const requestBytes = installed.requests.map((r) => r.bytes);
    return {
      units,
      requests: requestBytes.length,
      requestBytes,
      totalBytes: requestBytes.reduce((a, b) => a + b, 0),
      largestBytes: Math.max(...requestBytes),
    };
  } finally {
    installed.uninstall();
  }
}
