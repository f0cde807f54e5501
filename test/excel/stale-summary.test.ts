// Issue 13 §2 on Microsoft's runtime: Generate prints the data fingerprint on the Summary, the
// add-in's reader gives the same fingerprint back, and Validate says the summary is stale once a
// unit's cell changes, until Generate runs again.
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runGenerate, runValidate } from "../../src/excel";
import { readWorkbookFile } from "../../src/xlsx/read";
import { installRuntimeWith } from "../support/host";
import { uninstallOfficeRuntime } from "../office-runtime";

const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024-h1.xlsx");
const DATE = { year: 2024, month: 7, day: 24 };

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE);
});

const staleOf = (evaluation: Awaited<ReturnType<typeof runValidate>>) => evaluation.report.issues.filter((i) => i.rule === "summary-stale");

it("Generate records the fingerprint the files' reader computes; Validate flags a later change until Generate runs again", async () => {
  installed = installRuntimeWith(sample);
  const run = installed;
  const generated = await runGenerate(undefined, { date: DATE });
  await run.settled();
  // The same fingerprint as the command line computes from the file.
  expect(generated.evaluation.fingerprint).toBe(evaluateWorkbook(sample).fingerprint);
  const printed = run.host
    .values("Tổng hợp")
    .flat()
    .filter((v) => typeof v === "string" && v.includes("dấu dữ liệu"));
  expect(printed).toEqual([`Lập lúc ngày 24/07/2024, dấu dữ liệu ${generated.evaluation.fingerprint}`]);
  expect(staleOf(await runValidate())).toEqual([]);

  run.host.setCells("Lam Sơn", "G15", [["Không đạt"]]);
  await run.settled();
  const stale = staleOf(await runValidate());
  expect(stale).toHaveLength(1);
  expect(stale[0]).toMatchObject({ severity: "warning", sheet: "Tổng hợp" });

  await runGenerate(undefined, { date: DATE });
  await run.settled();
  expect(staleOf(await runValidate())).toEqual([]);
}, 60_000);

it("counts the Conference sheet: a vote changed makes the summary stale until Generate runs again (§7.4)", async () => {
  const file = await readWorkbookFile(path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx"));
  // The meeting's date reaches this host as Excel holds it (a serial number under a date format).
  installed = installRuntimeWith(file);
  const run = installed;
  expect(run.host.numberFormats("Bình xét", "B3")).toEqual([["dd/mm/yyyy"]]);
  const generated = await runGenerate(undefined, { date: DATE });
  await run.settled();
  expect(generated.evaluation.report.units[0].decision).toBe("flag");
  expect(generated.evaluation.fingerprint).toBe(evaluateWorkbook(file).fingerprint);
  expect(staleOf(await runValidate())).toEqual([]);

  // Lam Sơn's flag votes, 5 → 4: still a valid decision, so only the fingerprint can tell.
  expect(run.host.values("Bình xét", "C10")).toEqual([[5]]);
  run.host.setCells("Bình xét", "C10", [[4]]);
  await run.settled();
  const stale = staleOf(await runValidate());
  expect(stale).toHaveLength(1);
  expect(stale[0]).toMatchObject({ severity: "warning", sheet: "Tổng hợp" });

  await runGenerate(undefined, { date: DATE });
  await run.settled();
  expect(staleOf(await runValidate())).toEqual([]);
}, 60_000);
