// `thidua template` with no --period (spec §8.5): this year's review, the year taken from the
// host's date (CliIo.today), never a fixed year; and the command says which period and kind it wrote.
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import type { SheetSnapshot } from "../../src/core/model/types";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/xlsx/read";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-template-period-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** `thidua …` on a day of 2031, a year no fixed default could name. */
async function thiduaIn2031(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const io = { stdout: (t: string) => (stdout += t), stderr: () => undefined, today: () => ({ year: 2031, month: 2, day: 3 }) };
  const code = await main(argv, io);
  return { code, stdout };
}

/** The period on Settings and on every unit sheet's `Kỳ:` / `Period:` row, and the kind written. */
function periodsOf(sheets: SheetSnapshot[], labels: { settings: string; period: string; kind: string; unitRow: string }) {
  const settings = sheets.find((s) => s.name === labels.settings)!;
  const valueOf = (key: string) => settings.cells.find((line) => line[0] === key)?.[1] ?? null;
  const units = CLUSTER18_SETTINGS.units!.map(
    (unit) => sheets.find((s) => s.name === unit.sheet)!.cells.find((line) => line[0] === labels.unitRow)?.[1],
  );
  return { period: valueOf(labels.period), kind: valueOf(labels.kind), units: [...new Set(units)] };
}

const VI = { settings: "Thiết lập", period: "Kỳ đánh giá", kind: "Loại kỳ", unitRow: "Kỳ:" };

describe("thidua template with no --period", () => {
  it("writes Năm <the host's year> on Settings and every unit sheet, a year review, and says so", async () => {
    const out = path.join(dir, "vi.xlsx");
    const run = await thiduaIn2031("template", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe(
      'Kỳ đánh giá: Năm 2031 (tổng kết năm, có đề nghị khen thưởng), của năm nay vì không có --period; kỳ khác thì cho --period, ví dụ --period "6 tháng đầu năm 2031".',
    );
    const snapshot = await readWorkbookFile(out);
    // Loại kỳ stays blank: the kind follows the period, which names a year review.
    expect(periodsOf(snapshot.sheets, VI)).toEqual({ period: "Năm 2031", kind: null, units: ["Năm 2031"] });
    expect(evaluateWorkbook(snapshot).report).toMatchObject({ period: "Năm 2031", reviewKind: "year" });
  });

  it("says so in English in an English template", async () => {
    const out = path.join(dir, "en.xlsx");
    const run = await thiduaIn2031("template", "--lang", "en", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe(
      'Period: Năm 2031 (a year review, which proposes awards), this year\'s, as no --period was given; for another, e.g. --period "6 tháng đầu năm 2031".',
    );
    const snapshot = await readWorkbookFile(out);
    expect(periodsOf(snapshot.sheets, { settings: "Settings", period: "Period", kind: "Review kind", unitRow: "Period:" })).toEqual({
      period: "Năm 2031",
      kind: null,
      units: ["Năm 2031"],
    });
  });

  it("writes this year's half-year review with --kind half-year, and --kind year is no longer refused", async () => {
    const half = path.join(dir, "half.xlsx");
    const run = await thiduaIn2031("template", "--kind", "half-year", "--out", half);
    expect(run.stdout.split("\n")[1]).toBe(
      'Kỳ đánh giá: 6 tháng đầu năm 2031 (sơ kết 6 tháng: xếp hạng, xếp loại, không đề nghị khen thưởng), của năm nay vì không có --period; kỳ khác thì cho --period, ví dụ --period "Năm 2031".',
    );
    expect(periodsOf((await readWorkbookFile(half)).sheets, VI)).toEqual({
      period: "6 tháng đầu năm 2031",
      kind: "Sơ kết 6 tháng",
      units: ["6 tháng đầu năm 2031"],
    });
    const year = path.join(dir, "year.xlsx");
    expect((await thiduaIn2031("template", "--kind", "year", "--out", year)).code).toBe(0);
    expect(periodsOf((await readWorkbookFile(year)).sheets, VI)).toMatchObject({ period: "Năm 2031", kind: "Tổng kết năm" });
  });

  it("writes the period given with --period, and says which, without the this-year hint", async () => {
    const out = path.join(dir, "given.xlsx");
    const run = await thiduaIn2031("template", "--period", "6 tháng đầu năm 2030", "--out", out);
    expect(run.stdout.split("\n")[1]).toBe(
      "Kỳ đánh giá: 6 tháng đầu năm 2030 (sơ kết 6 tháng: xếp hạng, xếp loại, không đề nghị khen thưởng).",
    );
    expect(periodsOf((await readWorkbookFile(out)).sheets, VI)).toEqual({
      period: "6 tháng đầu năm 2030",
      kind: null,
      units: ["6 tháng đầu năm 2030"],
    });
  });
});
