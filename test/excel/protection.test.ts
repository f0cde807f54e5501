// Protection on Microsoft's runtime (issue 19 §3): Excel refuses adding, deleting, moving and
// renaming sheets while the workbook's structure is protected, and writes to a protected sheet's
// locked cells. Each action that changes the workbook finds that in its first sync and stops with
// one sentence saying what to unprotect, before any write: the workbook is exactly as it was.
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runCreateTemplate, runGenerate, runPrepareConference } from "../../src/excel";
import { importUnitFiles } from "../../src/excel/import";
import { UserFacingError } from "../../src/excel/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { installRuntimeWith } from "../support/host";
import { SAMPLE, pickedFiles, writeUnitFiles } from "../support/unitFiles";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

const DATE = { year: 2024, month: 7, day: 24 };

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE);
}, 60_000);

/** Every sheet as the model holds it, in tab order: what "nothing changed" compares. */
function everything() {
  const host = installed!.host;
  return host.sheetNames().map((name) => host.snapshotSheet(name));
}

/** The action's refusal: a UserFacingError (not Excel's code turned into a generic sentence). */
async function refusal(action: Promise<unknown>): Promise<UserFacingError> {
  const error = await action.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  await installed!.settled();
  return error as UserFacingError;
}

describe("a protected workbook structure", () => {
  it("stops Generate in its first sync with the workbook as it was (vi)", async () => {
    installed = installRuntimeWith(sample, { protectedStructure: true, displayLanguage: "vi-VN" });
    const before = everything();
    const error = await refusal(runGenerate(undefined, { date: DATE }));
    expect(error.message).toMatch(/^Cấu trúc sổ làm việc đang được bảo vệ/);
    expect(error.message).toContain("hãy bỏ bảo vệ sổ làm việc");
    // One request (names and protection) and the runtime's clean-up: nothing was queued to write.
    expect(installed.requests[0].actions.some((a) => /Add|Delete|Name/.test(a))).toBe(false);
    expect(everything()).toEqual(before);
  });

  it("stops the template and the conference sheet before they add a sheet (en)", async () => {
    installed = installRuntimeWith({ sheets: [{ name: "Sheet1", cells: [], merges: [] }] }, { protectedStructure: true });
    const before = everything();
    expect((await refusal(runCreateTemplate({ year: 2024 }))).message).toMatch(/^The workbook's structure is protected/);
    expect(everything()).toEqual(before);
    installed.uninstall();
    installed = installRuntimeWith(sample, { protectedStructure: true });
    const withSample = everything();
    expect((await refusal(runPrepareConference())).message).toContain("unprotect the workbook");
    expect(everything()).toEqual(withSample);
  });

  it("stops the import of units' files before any sheet is renamed", async () => {
    const dir = await makeTempDir("thidua-protected-import-");
    try {
      const picked = await pickedFiles((await writeUnitFiles(SAMPLE, dir)).slice(0, 1));
      installed = installRuntimeWith(sample, { protectedStructure: true });
      const before = everything();
      expect((await refusal(importUnitFiles(picked, "en"))).message).toMatch(/^The workbook's structure is protected/);
      expect(everything()).toEqual(before);
    } finally {
      await removeTempDir(dir);
    }
  }, 120_000);

  it("is what the model refuses: add, delete, rename and move fail with AccessDenied and change nothing", async () => {
    installed = installRuntimeWith(
      {
        sheets: [
          { name: "A", cells: [[1]], merges: [] },
          { name: "B", cells: [], merges: [] },
        ],
      },
      {
        protectedStructure: true,
      },
    );
    const before = everything();
    const attempts: Array<(context: Excel.RequestContext) => void> = [
      (c) => c.workbook.worksheets.add("C"),
      (c) => c.workbook.worksheets.getItem("B").delete(),
      (c) => (c.workbook.worksheets.getItem("B").name = "D"),
      (c) => (c.workbook.worksheets.getItem("B").position = 0),
    ];
    const codes: string[] = [];
    for (const attempt of attempts) {
      await Excel.run(async (context) => {
        attempt(context);
        await context.sync();
      }).catch((e: { code: string }) => codes.push(e.code));
    }
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "AccessDenied", "AccessDenied"]);
    expect(everything()).toEqual(before);
    // Cells can still be written: structure protection is about sheets.
    await Excel.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      context.workbook.worksheets.getItem("A").getRange("B1").values = [[2]];
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    await installed.settled();
    expect(installed.host.values("A", "A1:B1")).toEqual([[1, 2]]);
  });
});

describe("a protected output sheet", () => {
  it("stops Generate before it overwrites the protected summary; the other outputs stay as they were", async () => {
    installed = installRuntimeWith(sample, { displayLanguage: "vi-VN" });
    await runGenerate(undefined, { date: DATE });
    await installed.settled();
    const summary = installed.core.state.sheets.find((s) => s.name === "Tổng hợp")!;
    summary.protection = { ...summary.protection, protected: true };
    const before = everything();
    installed.host.resetStats();
    const error = await refusal(runGenerate(undefined, { date: { ...DATE, day: 25 } }));
    expect(error.message).toBe("Trang “Tổng hợp” đang được bảo vệ: hãy bỏ bảo vệ trang đó rồi thử lại. Chưa có gì bị thay đổi.");
    expect(installed.host.syncCount).toBe(1);
    expect(everything()).toEqual(before);
  });
});
