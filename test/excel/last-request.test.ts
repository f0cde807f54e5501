// What an action says when its last request goes wrong (issue 19 §2 and §7). Excel refusing only
// to show a sheet or cell (`InvalidSelection`, when another window of the workbook is active) is
// harmless: the work is done and no error is shown. Excel refusing the last request of an import
// (after the files' sheets went in) must never be met with "nothing was changed": the run takes
// its sheets out again and says so, or says what may be left.
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runCreateTemplate, runGenerate, runPrepareConference, selectCell, type PickedFile } from "../../src/excel";
import { importUnitFiles } from "../../src/excel/import";
import { isTemporary } from "../../src/excel/outputSheets";
import { UserFacingError } from "../../src/excel/types";
import { installRuntimeWith } from "../support/host";
import { sampleTemplateWorkbook, sampleUnitFiles } from "../support/unitFiles";
import { removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

const DATE = { year: 2024, month: 7, day: 24 };

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let dir: string;
let picked: PickedFile[];
let sample: WorkbookSnapshot;
beforeAll(async () => {
  ({ dir, picked, sample } = await sampleUnitFiles("thidua-last-request-"));
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

/** Every sheet as the model holds it, in tab order. */
function everything() {
  const host = installed!.host;
  return host.sheetNames().map((name) => host.snapshotSheet(name));
}

describe("another window of the workbook is active (InvalidSelection)", () => {
  it("Generate writes every output, leaves no temporary sheet and shows no error", async () => {
    installed = installRuntimeWith(sample, { otherWindowActive: true });
    const active = installed.host.activeSheet();
    const result = await runGenerate(undefined, { date: DATE });
    await installed.settled();
    expect(result.evaluation.report.units.length).toBeGreaterThan(0);
    const names = installed.host.sheetNames();
    expect(names.slice(0, 3)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra"]);
    expect(names.filter(isTemporary)).toEqual([]);
    // The one thing not done: showing the summary.
    expect(installed.host.activeSheet()).toBe(active);
  }, 60_000);

  it("an issue's cell, the template, the conference sheet and an import finish without an error", async () => {
    installed = installRuntimeWith({ sheets: [{ name: "Sheet1", cells: [], merges: [] }] }, { otherWindowActive: true });
    const template = await runCreateTemplate();
    expect(installed.host.sheetNames()).toEqual(expect.arrayContaining(template.sheets));
    await expect(selectCell(template.sheets[0], "B3")).resolves.toBeUndefined();
    installed.uninstall();

    installed = installRuntimeWith(sampleTemplateWorkbook(), { otherWindowActive: true });
    const imported = await importUnitFiles(picked, "vi");
    expect(imported.sheets).toBe(7);
    expect(installed.host.sheetNames().filter(isTemporary)).toEqual([]);
    installed.uninstall();

    installed = installRuntimeWith(sample, { otherWindowActive: true });
    // Not ready for a conference or ready: either way no InvalidSelection reaches the user.
    await runPrepareConference().catch((error: unknown) => expect(error).not.toMatchObject({ code: "InvalidSelection" }));
  }, 120_000);

  it("is still an error from any other command: Generate's writes refused so are not taken as done", async () => {
    installed = installRuntimeWith(sample);
    installed.host.resetStats();
    // The write request's first command fails: nothing was written, so this is not harmless.
    installed.host.failAtSync(3, "InvalidSelection", { applied: "none" });
    await expect(runGenerate(undefined, { date: DATE })).rejects.toBeInstanceOf(UserFacingError);
  }, 60_000);
});

describe("Excel refuses an import's last request", () => {
  it("takes the inserted sheets out again and says so, never that nothing changed (en)", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook());
    const before = everything();
    installed.host.resetStats();
    // Names, data, the inserts, then the last request (deletes, names, showing), refused whole.
    installed.host.failAtSync(4, "GeneralException", { applied: "none" });
    const error = await importUnitFiles(picked, "en").then(
      () => null,
      (e: unknown) => e,
    );
    await installed.settled();
    expect(error).toBeInstanceOf(UserFacingError);
    const message = (error as UserFacingError).message;
    expect(message).toMatch(/^Excel inserted the files' sheets but refused the last step .*error GeneralException/);
    expect(message).toContain("the workbook is as it was before the import");
    expect(message).not.toMatch(/Nothing was changed|not left half-changed/);
    expect(everything()).toEqual(before);
  }, 60_000);

  it("names what may be left when the sheets cannot be taken out (vi)", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook());
    installed.host.resetStats();
    installed.host.failAtSync(4, "GeneralException", { applied: "half" });
    // The undo's own requests fail too.
    installed.host.failAtSync(5, "GeneralException", { applied: "none" });
    const error = await importUnitFiles(picked, "vi").then(
      () => null,
      (e: unknown) => e,
    );
    const message = (error as UserFacingError).message;
    expect(message).toMatch(/Sổ làm việc có thể đã bị thay đổi dở dang: .*thêm trang từ /);
    expect(message).not.toMatch(/chưa bị thay đổi|không bị thay đổi/);
  }, 60_000);
});
