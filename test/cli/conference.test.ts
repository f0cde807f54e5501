// `thidua conference` (issue 12): a copy of a ranked year workbook with a Bình xét sheet to fill
// at the meeting, which the engine then reads back; nothing added when the sheet exists. And what
// `summarize` prints after the vote (§8.2): the decisions, the papers, the sheet's errors by cell.
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { evaluateWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read";

const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
let dir: string;
let withoutConference: string;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), today: () => ({ year: 2025, month: 1, day: 20 }) },
  };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-conference-"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  workbook.removeWorksheet(workbook.getWorksheet("Bình xét")!.id);
  withoutConference = path.join(dir, "ranked.xlsx");
  await workbook.xlsx.writeFile(withoutConference);
}, 60_000);

describe("thidua conference", () => {
  it("adds a Bình xét sheet with the units in rank order, blank votes and a decision list", async () => {
    const out = path.join(dir, "conference.xlsx");
    const run = io();
    expect(await main(["conference", withoutConference, "--out", out], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(/Bình xét.*5/);
    const snapshot = await readWorkbookFile(out);
    const sheet = snapshot.sheets.find((s) => s.name === "Bình xét")!;
    // An input the secretary fills in, not an output: it carries no output mark.
    expect(sheet.outputMark).toBeUndefined();
    expect(evaluateWorkbook(snapshot).conference?.sheet).toBe("Bình xét");
    const rows = sheet.cells.filter((r) => typeof r[0] === "number");
    expect(rows.map((r) => r[1])).toEqual([
      "Công ty TNHH Lam Sơn - Thanh Hóa",
      "Công ty Cổ phần Cấp nước Thanh Hóa",
      "Công ty TNHH MEDLATEC Thanh Hóa",
      "Công ty TNHH MTV Thủy lợi Nam Sông Mã",
      "Công ty TNHH MTV Sông Chu",
    ]);
    // Attending, position, the two votes and the decision (§8.1 put the first two after the unit).
    expect(rows.every((r) => r.slice(2, 7).every((v) => v == null))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const decision = workbook.getWorksheet("Bình xét")!.getCell(`G${sheet.cells.indexOf(rows[0]) + 1}`).dataValidation;
    expect(decision).toMatchObject({ type: "list" });
    expect(String(decision.formulae?.[0])).toContain("Cờ thi đua");
    expect(String(decision.formulae?.[0])).toContain("Không");
    // A blank sheet decides nothing and says nothing.
    const report = evaluateWorkbook(snapshot).report;
    expect(report.units.every((u) => u.decision === null)).toBe(true);
    expect(report.issues.filter((i) => i.sheet === "Bình xét")).toEqual([]);
  }, 60_000);

  it("makes a sheet the engine reads back once the secretary fills it in", async () => {
    const out = path.join(dir, "conference-filled.xlsx");
    await main(["conference", withoutConference, "--out", out], io().io);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Bình xét")!;
    // The keys from row 3 (§8.1's among them), the members on row 9; the header on row 14.
    expect(sheet.getCell("A9").value).toBe("Số thành viên dự họp");
    // Five units, so at most five members present (one vote per unit, docs/workbook.md).
    sheet.getCell("B9").value = 5;
    expect(sheet.getCell("A4").value).toBe("Bắt đầu");
    sheet.getCell("B4").value = "8:30";
    expect(sheet.getCell("B14").value).toBe("Đơn vị");
    expect(sheet.getCell("C14").value).toBe("Người dự họp");
    sheet.getCell("C15").value = "Ông Lê Văn Thành";
    sheet.getCell("E15").value = 4;
    sheet.getCell("G15").value = "Cờ thi đua";
    await workbook.xlsx.writeFile(out);
    const evaluation = evaluateWorkbook(await readWorkbookFile(out));
    expect(evaluation.conference?.startedAt).toBe("8:30");
    expect(evaluation.conference?.attendance[0]).toEqual({
      unit: "Công ty TNHH Lam Sơn - Thanh Hóa",
      attending: "Ông Lê Văn Thành",
      position: null,
    });
    const report = evaluation.report;
    expect(report.units[0].decision).toBe("flag");
    expect(report.units[0].votes).toEqual({ flag: 4, certificate: 0, members: 5 });
  }, 60_000);

  it("keeps the marks of a summary's outputs, so a later summary still knows them", async () => {
    const summarized = path.join(dir, "summarized.xlsx");
    expect(await main(["summarize", withoutConference, "--out", summarized], io().io)).toBe(0);
    const out = path.join(dir, "summarized-conference.xlsx");
    expect(await main(["conference", summarized, "--out", out], io().io)).toBe(0);
    const marked = (await readWorkbookFile(out)).sheets.filter((s) => s.outputMark === true).map((s) => s.name);
    const before = (await readWorkbookFile(summarized)).sheets.filter((s) => s.outputMark === true).map((s) => s.name);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(marked).toEqual(before);
  }, 60_000);

  it("adds nothing when the workbook has the sheet already", async () => {
    const out = path.join(dir, "again.xlsx");
    const run = io();
    expect(await main(["conference", EXAMPLE, "--out", out], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(/đã có trang "Bình xét"; không thêm gì/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it("needs --out", async () => {
    const run = io();
    expect(await main(["conference", withoutConference], run.io)).toBe(2);
    expect(run.err.join("")).toMatch(/conference needs --out/);
  });
});

describe("thidua summarize after the vote (§8.2)", () => {
  it("prints the decisions after the ranking, then the counts, the file and the papers written", async () => {
    const run = io();
    expect(await main(["summarize", EXAMPLE, "--out", path.join(dir, "decided.xlsx")], run.io)).toBe(0);
    const lines = run.out.join("").split("\n");
    const at = lines.indexOf("Kết quả bình xét:");
    expect(at).toBeGreaterThan(lines.findIndex((line) => /^ +5 +Công ty TNHH MTV Sông Chu/.test(line)));
    expect(lines.slice(at + 1, at + 6).map((line) => line.trim().replace(/ {2,}/, " | "))).toEqual([
      "Công ty TNHH Lam Sơn - Thanh Hóa | Cờ thi đua của UBND tỉnh (5/5 phiếu)",
      "Công ty Cổ phần Cấp nước Thanh Hóa | Bằng khen của Chủ tịch UBND tỉnh (5/5 phiếu)",
      "Công ty TNHH MEDLATEC Thanh Hóa | Không (1/5 phiếu), khác đề nghị theo điểm",
      "Công ty TNHH MTV Thủy lợi Nam Sông Mã | Bằng khen của Chủ tịch UBND tỉnh (4/5 phiếu), khác đề nghị theo điểm",
      "Công ty TNHH MTV Sông Chu | Không (0/5 phiếu)",
    ]);
    expect(lines.slice(at + 6, at + 9)).toEqual([
      "0 lỗi, 2 cảnh báo.",
      `Đã ghi ${path.join(dir, "decided.xlsx")}`,
      "Giấy tờ đã lập: Biên bản, Đề nghị khen thưởng, Tờ trình",
    ]);
  }, 60_000);

  it("speaks English too", async () => {
    const run = io();
    expect(await main(["summarize", EXAMPLE, "--lang", "en", "--out", path.join(dir, "decided-en.xlsx")], run.io)).toBe(0);
    const printed = run.out.join("");
    expect(printed).toMatch(/\nConference decisions:\n {2}Công ty TNHH Lam Sơn - Thanh Hóa +Provincial Emulation Flag \(5\/5 votes\)\n/);
    expect(printed).toMatch(/Nam Sông Mã +Certificate of Merit of the Provincial Chairman \(4\/5 votes\), not the score-based proposal\n/);
    expect(printed).toMatch(/\nPapers written: Minutes, Nominations, Submission\n$/);
  }, 60_000);

  it("prints the Conference sheet's errors with sheet and cell, as validate does, and no decision", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE);
    // 6 votes where 5 members are present.
    workbook.getWorksheet("Bình xét")!.getCell("C10").value = 6;
    const input = path.join(dir, "bad-votes.xlsx");
    await workbook.xlsx.writeFile(input);
    const run = io();
    expect(await main(["summarize", input, "--out", path.join(dir, "bad-votes.summary.xlsx")], run.io)).toBe(1);
    const printed = run.out.join("");
    expect(printed).toMatch(/\nLỗi trên trang "Bình xét":\n {2}'Bình xét'!C10 {2}Lỗi {2}trang bình xét không hợp lệ {2}.*Số phiếu "6"/);
    expect(printed).not.toMatch(/Kết quả bình xét/);
    expect(printed).toMatch(/\n1 lỗi, 0 cảnh báo\.\n/);
    const validated = io();
    expect(await main(["validate", input], validated.io)).toBe(1);
    const line = printed.split("\n").find((l) => l.includes("'Bình xét'!C10"));
    expect(validated.out.join("").split("\n")).toContain(line);
  }, 60_000);
});
