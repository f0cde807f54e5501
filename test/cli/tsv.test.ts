import { promises as fs } from "fs";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { criteriaSheetFromTsv, parseTsv, unitsFromTsv, type UnitsTsvProblem } from "../../src/cli/tsv";

const SAMPLES = path.resolve(__dirname, "../../samples/cluster18");

describe("parseTsv", () => {
  it("splits lines and tabs, trims cells and drops trailing blank lines", () => {
    expect(parseTsv("a\t b \r\n\tc\n\n")).toEqual([["a", "b"], ["", "c"]]);
  });

  it("reads UTF-8 with a byte-order mark", () => {
    expect(parseTsv(Buffer.from("\uFEFFMã\tLoại\n", "utf8"))).toEqual([["Mã", "Loại"]]);
  });

  it("reads Excel's Unicode Text (UTF-16 with a byte-order mark)", () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Mã\tĐạt\r\n", "utf16le")]);
    expect(parseTsv(data)).toEqual([["Mã", "Đạt"]]);
  });

  it("unquotes fields Excel quoted", () => {
    expect(parseTsv('"Tin, bài ""tuyên truyền"""\tx')).toEqual([['Tin, bài "tuyên truyền"', "x"]]);
  });
});

describe("criteriaSheetFromTsv", () => {
  it("turns the sample criteria into exactly the bundled Cluster 18 table, read by the engine", async () => {
    const tsv = criteriaSheetFromTsv(await fs.readFile(`${SAMPLES}/criteria.tsv`));
    const evaluation = evaluateWorkbook({ sheets: [tsv.sheet] });
    expect(evaluation.report.issues.filter((issue) => issue.rule === "criteria-invalid")).toEqual([]);
    expect(evaluation.criteria).toEqual(CLUSTER18_CRITERIA);
    expect(tsv.namesEn).toEqual(CLUSTER18_NAMES_EN);
  });

  it("writes the spec's labels, type names and numbers, keeping row n on line n", () => {
    const tsv = criteriaSheetFromTsv("code\ttype\tname_vi\tname_en\tmax\tper_item\nI\tgroup\tKinh doanh\tBusiness\t50\t\nI.1\tcount\tTin bài\tNews\t3\t0,5\n");
    expect(tsv.sheet.cells).toEqual([
      ["Mã", "Loại", "Nội dung", "Điểm tối đa", "Điểm mỗi đơn vị"],
      ["I", "Nhóm", "Kinh doanh", 50, null],
      ["I.1", "Đếm", "Tin bài", 3, 0.5],
    ]);
    expect(tsv.headers).toEqual(["code", "type", "name_vi", "max", "per_item"]);
    expect(tsv.namesEn).toEqual({ I: "Business", "I.1": "News" });
  });

  it("takes an optional may_be_na column (spec §7.1), which the engine reads as the Criteria sheet's", () => {
    const tsv = criteriaSheetFromTsv(
      "code\ttype\tname_vi\tmax\tmay_be_na\nI\tgroup\tKinh doanh\t20\t\nI.1\tplan\tLợi nhuận\t10\tyes\nI.2\tscore\tAn toàn\t10\t\n",
    );
    expect(tsv.sheet.cells[0]).toEqual(["Mã", "Loại", "Nội dung", "Điểm tối đa", "Có thể không áp dụng"]);
    const criteria = evaluateWorkbook({ sheets: [tsv.sheet] }).criteria!;
    expect(criteria.groups[0].criteria.map((c) => [c.code, c.mayBeNotApplicable])).toEqual([
      ["I.1", true],
      ["I.2", false],
    ]);
  });

  it("passes headers and types already written as labels through, for the engine to judge", () => {
    const tsv = criteriaSheetFromTsv("Mã\tLoại\tThang điểm\nI\tNhóm\tmười\n");
    expect(tsv.sheet.cells).toEqual([["Mã", "Loại", "Thang điểm"], ["I", "Nhóm", "mười"]]);
    expect(tsv.namesEn).toBeUndefined();
  });
});

describe("unitsFromTsv", () => {
  it("reads the sample units as the bundled Cluster 18 list", async () => {
    const { units, problems } = unitsFromTsv(await fs.readFile(`${SAMPLES}/units.tsv`));
    expect(problems).toEqual([]);
    expect(units).toEqual(CLUSTER18_SETTINGS.units);
  });

  it("accepts the spec's Vietnamese headers in any order and skips blank lines", () => {
    const { units, problems } = unitsFromTsv("Trang tính\tTên đơn vị\n\nLam Sơn\tCông ty TNHH Lam Sơn\n");
    expect(problems).toEqual([]);
    expect(units.map(({ no, name, sheet }) => ({ no, name, sheet }))).toEqual([{ no: null, name: "Công ty TNHH Lam Sơn", sheet: "Lam Sơn" }]);
  });

  it.each<[string, string, UnitsTsvProblem]>([
    ["no unit or sheet column", "no\tname\n1\tA\n", { code: "no-columns", line: 1 }],
    ["no units", "unit\tsheet\n", { code: "no-units", line: 2 }],
    ["a blank name", "unit\tsheet\n\tA\n", { code: "missing-name", line: 2 }],
    ["a blank sheet", "unit\tsheet\nCông ty A\t\n", { code: "missing-sheet", line: 2 }],
    ["a sheet name with a slash", "unit\tsheet\nA\tA/B\n", { code: "bad-sheet-name", line: 2, sheet: "A/B" }],
    ["a sheet name over 31 characters", `unit\tsheet\nA\t${"x".repeat(32)}\n`, { code: "bad-sheet-name", line: 2, sheet: "x".repeat(32) }],
    ["a sheet listed twice, in another case", "unit\tsheet\nA\tLam Sơn\nB\tLAM SƠN\n", { code: "duplicate-sheet", line: 3, sheet: "LAM SƠN" }],
    ["an output sheet's name", "unit\tsheet\nA\tSummary\n", { code: "reserved-sheet", line: 2, sheet: "Summary" }],
    ["the Criteria sheet's name", "unit\tsheet\nA\tTiêu chí\n", { code: "reserved-sheet", line: 2, sheet: "Tiêu chí" }],
  ])("reports %s", (_name, text, problem) => {
    expect(unitsFromTsv(text).problems[0]).toEqual(problem);
  });
});
