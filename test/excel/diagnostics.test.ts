// The diagnostics line's Excel side on Microsoft's runtime (issue 19 §5): the last failure keeps
// Excel's own code and the command it names (`debugInfo.errorLocation`, which the runtime builds
// from the failing command), and the client's platform, version and API sets come from Office.
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { readDiagnostics } from "../../src/excel/diagnostics";
import { lastExcelError } from "../../src/excel/run";
import { selectCell } from "../../src/excel/selectCell";
import { UserFacingError } from "../../src/excel/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { installRuntimeWith } from "../support/host";
import { SAMPLE } from "../support/unitFiles";
import { uninstallOfficeRuntime } from "../office-runtime";

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE);
}, 60_000);

describe("the last Excel error", () => {
  it("keeps Excel's code and location after a failing action; a harmless InvalidSelection leaves it", async () => {
    installed = installRuntimeWith(sample, { platform: "PC" });
    const sheet = installed.host.sheetNames()[0];
    // A clean run shows where the cell's select is in the request; then that command fails.
    await selectCell(sheet, "B3");
    const applied = installed.requests[0].actions.indexOf("3 Select");
    expect(applied).toBeGreaterThan(0);
    expect(lastExcelError()).toBeNull();
    installed.host.failAtSync(1, "GeneralException", { applied });
    await expect(selectCell(sheet, "B3")).rejects.toBeInstanceOf(UserFacingError);
    expect(lastExcelError()).toEqual({ code: "GeneralException", location: "Range.select" });
    expect(readDiagnostics().lastError).toEqual({ code: "GeneralException", location: "Range.select" });

    // Another window active: Excel refuses the showing, which is not worth an error (run.ts).
    installed.host.otherWindowActive = true;
    await selectCell(sheet, "B3");
    expect(lastExcelError()).toEqual({ code: "GeneralException", location: "Range.select" });
  });

  it("reports the client as Office does: platform, version, host and the ExcelApi sets it has", () => {
    installed = installRuntimeWith(sample, { platform: "OfficeOnline", requirementSets: { ExcelApi: "1.9" } });
    const diagnostics = readDiagnostics();
    expect(diagnostics).toMatchObject({ platform: "OfficeOnline", officeVersion: "16.0.0.0", host: "Excel" });
    expect(diagnostics.apiSets).toEqual(["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"]);
    expect(diagnostics.addInVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
