// The conference's papers (spec §7.5, §8.1): the minutes when its decisions stand, the nominations
// at a year review with any award, the submission with them; their content in both languages, and
// when they are left out. The state's format element by element: sheets-papers-format.test.ts.
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { buildMinutesSheet, buildNominationsSheet, buildOutputSheets } from "../../src/core/sheets";
import type { CellValue, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { styleAt } from "../support/sheets-fixtures";

const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
const DATE = { year: 2025, month: 3, day: 1 };
let original: WorkbookSnapshot;

beforeAll(async () => {
  original = await readWorkbookFile(EXAMPLE);
}, 60_000);

function changed(sheetName: string, cells: Record<string, CellValue>): WorkbookSnapshot {
  return {
    sheets: original.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const rows = s.cells.map((r) => r.slice());
      for (const [a1, value] of Object.entries(cells)) rows[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = value;
      return { ...s, cells: rows };
    }),
  };
}

const texts = (layout: SheetLayout | null) => (layout ? layout.values.flat().filter((v): v is string => typeof v === "string") : []);

describe("the Minutes sheet", () => {
  it("holds the meeting, the ranking, the votes, the conclusion and the signatures (vi)", () => {
    const minutes = buildMinutesSheet(evaluateWorkbook(original), { date: DATE });
    expect(minutes?.name).toBe("Biên bản");
    const cells = texts(minutes);
    expect(cells).toEqual(
      expect.arrayContaining([
        "UBND TỈNH THANH HÓA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Thanh Hóa, ngày 15 tháng 01 năm 2025",
        "BIÊN BẢN",
        "Họp bình xét thi đua năm 2024 của Cụm thi đua số 18",
        "Số: …/BB-CTĐ",
        "Thời gian: ngày 15/01/2025",
        "Địa điểm: Công ty TNHH Lam Sơn - Thanh Hóa",
        "Chủ trì: Lê Văn Thành",
        "Thư ký: Nguyễn Thị Hương",
        "Số thành viên dự họp: 5/5 đơn vị thành viên Cụm",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "Lê Văn Thành",
        "Nguyễn Thị Hương",
      ]),
    );
    expect(cells).toContain("1. Đề nghị tặng Cờ thi đua của UBND tỉnh: Công ty TNHH Lam Sơn - Thanh Hóa (5/5 phiếu)");
    expect(cells.filter((c) => c.includes("Đề nghị tặng Bằng khen"))).toHaveLength(2);
    // The ranking row and the votes row of the first unit.
    const rows = minutes!.values.filter((r) => r[1] === "Công ty TNHH Lam Sơn - Thanh Hóa");
    expect(rows[0].slice(0, 4)).toEqual([1, "Công ty TNHH Lam Sơn - Thanh Hóa", 104, "Xuất sắc"]);
    // §8.3 changes the shares deliberately: numbers with a percent format in the workbook's
    // language (LibreOffice prints 100,00% beside the scores' 104,00), no longer text.
    expect(rows[1]).toEqual([1, "Công ty TNHH Lam Sơn - Thanh Hóa", "5/5", 1, "0/5", 0]);
    const votesRow = minutes!.values.indexOf(rows[1]);
    const scoreRow = minutes!.values.indexOf(rows[0]);
    expect([3, 5].map((col) => styleAt(minutes!, votesRow, col).numberFormat)).toEqual(["[$-42A]0.00%", "[$-42A]0.00%"]);
    expect(styleAt(minutes!, scoreRow, 2).numberFormat).toBe("[$-42A]0.00");
    expect(minutes!.print).toMatchObject({ paperSize: "A4", fitToPagesWide: 1, orientation: "portrait" });
    // The table headers are bold, on white: the state's papers print black.
    expect(minutes!.styles.some((s) => s.style.bold && s.style.border)).toBe(true);
    expect(minutes!.styles.some((s) => s.style.fill)).toBe(false);
  });

  it("speaks English", () => {
    const minutes = buildMinutesSheet(evaluateWorkbook(original, { language: "en" }), { date: DATE });
    expect(minutes?.name).toBe("Minutes");
    const cells = texts(minutes);
    expect(cells).toEqual(expect.arrayContaining(["MINUTES", "SECRETARY", "CHAIR", "Members present: 5 of the cluster's 5 member units"]));
    expect(cells.some((c) => /^1\. Proposed for the .+: Công ty TNHH Lam Sơn - Thanh Hóa \(5\/5 votes\)$/.test(c))).toBe(true);
  });

  it("is not written when the decisions are void, nor at a half-year review", () => {
    expect(buildMinutesSheet(evaluateWorkbook(changed("Bình xét", { E10: "Huân chương" })), { date: DATE })).toBeNull();
    expect(buildMinutesSheet(evaluateWorkbook(changed("Thiết lập", { B4: "6 tháng đầu năm 2024" })), { date: DATE })).toBeNull();
  });
});

describe("the Nominations sheet", () => {
  it("lists the decided awards, one block per award, with votes (vi)", () => {
    const nominations = buildNominationsSheet(evaluateWorkbook(original), { date: DATE });
    expect(nominations?.name).toBe("Đề nghị khen thưởng");
    const cells = texts(nominations);
    expect(cells).toEqual(
      expect.arrayContaining([
        "DANH SÁCH",
        "Đề nghị khen thưởng năm 2024 của Cụm thi đua số 18",
        "Số: …/DS-CTĐ",
        "1. Cờ thi đua của UBND tỉnh",
        "2. Bằng khen của Chủ tịch UBND tỉnh",
        "TRƯỞNG CỤM",
        "CÔNG TY TNHH LAM SƠN - THANH HÓA",
        "Thanh Hóa, ngày 15 tháng 01 năm 2025",
      ]),
    );
    const certificates = nominations!.values.filter((r) => r[5] === "5/5" || r[5] === "4/5");
    expect(certificates.map((r) => r[1])).toEqual([
      "Công ty TNHH Lam Sơn - Thanh Hóa",
      "Công ty Cổ phần Cấp nước Thanh Hóa",
      "Công ty TNHH MTV Thủy lợi Nam Sông Mã",
    ]);
    // MEDLATEC was proposed a certificate, and the conference said no.
    expect(cells).not.toContain("Công ty TNHH MEDLATEC Thanh Hóa");
  });

  it("lists the proposals when the decisions are void (en)", () => {
    const nominations = buildNominationsSheet(evaluateWorkbook(changed("Bình xét", { E10: "Huân chương" }), { language: "en" }), {
      date: DATE,
    });
    expect(nominations?.name).toBe("Nominations");
    const cells = texts(nominations);
    expect(cells).toContain("LIST");
    expect(cells).toContain("Công ty TNHH MEDLATEC Thanh Hóa");
    expect(cells).not.toContain("Công ty TNHH MTV Thủy lợi Nam Sông Mã");
  });

  it("is not written at a half-year review", () => {
    expect(buildNominationsSheet(evaluateWorkbook(changed("Thiết lập", { B4: "6 tháng đầu năm 2024" })), { date: DATE })).toBeNull();
  });
});

describe("buildOutputSheets", () => {
  it("adds the papers after the three sheets when they apply", () => {
    expect(buildOutputSheets(evaluateWorkbook(original), { date: DATE }).map((l) => l.name)).toEqual([
      "Tổng hợp",
      "Chi tiết",
      "Kiểm tra",
      "Biên bản",
      "Đề nghị khen thưởng",
      "Tờ trình",
    ]);
    const halfYear = evaluateWorkbook(changed("Thiết lập", { B4: "6 tháng đầu năm 2024" }));
    expect(buildOutputSheets(halfYear, { date: DATE }).map((l) => l.name)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra"]);
  });

  it("never reads the papers back as input", () => {
    const layouts = buildOutputSheets(evaluateWorkbook(original), { date: DATE });
    const withPapers: WorkbookSnapshot = {
      sheets: [...original.sheets, ...layouts.slice(3).map((l) => ({ name: l.name, cells: l.values as CellValue[][], merges: [] }))],
    };
    expect(evaluateWorkbook(withPapers).report).toEqual(evaluateWorkbook(original).report);
  });
});
