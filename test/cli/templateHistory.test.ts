// `thidua template --from` and the award history (spec §9.2): each year review's workbook hands
// the next one its history with the year's rows appended (classification, the decided else
// proposed award, `Số quyết định` blank), earlier rows and the rules carried as written, so three
// years of history reach the third year's workbook, where the rules make units eligible.
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import type { CellValue, WorkbookSnapshot } from "../../src/core/model/types";
import type * as ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { AWARD_WORDS, CLASSIFICATION_WORDS } from "../../src/core/words";
import { thidua } from "../support/cli";
import { makeTempDir, openWorkbook, putRows, removeTempDir } from "../support/xlsxWorkbooks";

const YEAR = path.resolve(__dirname, "../../assets/cluster18-2024.xlsx");
const HISTORY = "Lịch sử thi đua";
const RULES = "Điều kiện khen thưởng";
/** Rows read back, to type into another workbook: they hold text, numbers and blanks only. */
const typed = (rows: CellValue[][]) => rows as ExcelJS.CellValue[][];

/** The template's header row (A5) and its first row of data (A6). */
const FIRST_ROW = 6;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-history-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** The history's rows under the template's header, as read back: year, unit, classification, award, decision no. */
function historyRows(snapshot: WorkbookSnapshot): CellValue[][] {
  const sheet = snapshot.sheets.find((s) => s.name === HISTORY)!;
  return sheet.cells.slice(FIRST_ROW - 1).filter((row) => row?.some((v) => v !== null && v !== ""));
}

/**
 * Cluster 18's year workbook as of `year` (its unit sheets as in 2024), with the history and rules
 * rows of `carried` (the previous step's output) typed into sheets of its own.
 */
async function yearWorkbook(
  year: number,
  carried: WorkbookSnapshot | null,
  decide: (row: CellValue[]) => CellValue[] = (row) => row,
): Promise<string> {
  const workbook = await openWorkbook(YEAR);
  workbook.getWorksheet("Thiết lập")!.eachRow((row) => {
    if (row.getCell(1).value === "Kỳ đánh giá") row.getCell(2).value = `Năm ${year}`;
  });
  if (carried) {
    // The sample now has both sheets, empty, as the template makes them: typed over afresh here.
    for (const name of [HISTORY, RULES]) {
      const sheet = workbook.getWorksheet(name);
      if (sheet) workbook.removeWorksheet(sheet.id);
    }
    const history = workbook.addWorksheet(HISTORY);
    putRows(history, "A1", [["Năm", "Đơn vị", "Xếp loại", "Khen thưởng", "Số quyết định"], ...typed(historyRows(carried).map(decide))]);
    const rules = workbook.addWorksheet(RULES);
    const carriedRules = carried.sheets
      .find((s) => s.name === RULES)!
      .cells.slice(FIRST_ROW - 1)
      .filter((row) => row?.[0]);
    putRows(rules, "A1", [["Khen thưởng", "Số năm liên tục", "Xếp loại tối thiểu", "Cần có trong giai đoạn"], ...typed(carriedRules)]);
  }
  const file = path.join(dir, `year-${year}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function nextFrom(file: string, out: string): Promise<WorkbookSnapshot> {
  const run = await thidua("template", "--from", file, "--out", path.join(dir, out));
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return readWorkbookFile(path.join(dir, out));
}

describe("thidua template --from and the award history", () => {
  it("appends each year's rows and carries the earlier ones, three years on", async () => {
    const year2024 = evaluateWorkbook(await readWorkbookFile(YEAR)).report;
    // The unit sheets are 2024's every year, so every year's rows are 2024's but for the year.
    const expectedRows = (year: number) =>
      year2024.units.map((u) => [
        year,
        u.unit,
        u.classification ? CLASSIFICATION_WORDS.vi[u.classification] : null,
        u.award === "flag" || u.award === "certificate" ? AWARD_WORDS.vi[u.award] : null,
        null,
      ]);

    const first = await nextFrom(YEAR, "h1-2025.xlsx");
    expect(historyRows(first)).toEqual(expectedRows(2024));
    expect(year2024.units.some((u) => u.award === "flag")).toBe(true);

    // The Board's decision arrives: its number typed on the 2024 rows of awarded units. A rule is added.
    const leader = year2024.units.find((u) => u.award === "flag")!.unit;
    const decided = (row: CellValue[]) => (row[3] ? [...row.slice(0, 4), "15/QĐ-UBND"] : row);
    const rule = ["Cờ thi đua của Chính phủ", 3, "Xuất sắc", "2 × Cờ thi đua của UBND tỉnh"];
    const withRule = {
      sheets: first.sheets.map((s) => (s.name === RULES ? { ...s, cells: [...s.cells.slice(0, FIRST_ROW - 1), rule] } : s)),
    };
    const second = await nextFrom(await yearWorkbook(2025, withRule, decided), "h1-2026.xlsx");
    expect(historyRows(second)).toEqual([
      ...expectedRows(2024).map((row) => (row[3] ? [...row.slice(0, 4), "15/QĐ-UBND"] : row)),
      ...expectedRows(2025),
    ]);

    const third = await nextFrom(await yearWorkbook(2026, second), "h1-2027.xlsx");
    const rows = historyRows(third);
    expect(rows.map((row) => row[0])).toEqual([...expectedRows(2024), ...expectedRows(2025), ...expectedRows(2026)].map((row) => row[0]));
    expect(rows.filter((row) => row[4] !== null).map((row) => row[0])).toEqual(
      expectedRows(2024)
        .filter((row) => row[3])
        .map(() => 2024),
    );
    expect(third.sheets.find((s) => s.name === RULES)!.cells[FIRST_ROW - 1]).toEqual(rule);

    // In 2026 the leader has three excellent years, 2024's decided flag and this year's proposed
    // one (2025's has no decision number yet): two flags, as the rule needs.
    const in2026 = evaluateWorkbook(await readWorkbookFile(await yearWorkbook(2026, second))).report;
    expect(in2026.units.find((u) => u.unit === leader)!.eligible).toEqual(["Cờ thi đua của Chính phủ"]);
    expect(in2026.units.filter((u) => u.unit !== leader).every((u) => u.eligible.length === 0)).toBe(true);
  }, 120_000);
});
