// The three papers in the state's format (spec §8.1, Decree 30/2020): page set-up and fonts, the
// header with its number line, the kind of paper over its subject, the minutes' additions, the
// submission, signature blocks with the name only, and `Nơi nhận`, from the year-conference
// example with every §8.1 field filled in (scripts/papers-example.js).
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { buildMinutesSheet, buildNominationsSheet, buildSubmissionSheet } from "../../src/core/sheets";
import { signatureName } from "../../src/core/sheets/papers";
import { fromA1 } from "../../src/core/model/address";
import type { CellStyle, CellValue, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

const { writePapersExample } = require("../../scripts/papers-example.js") as { writePapersExample: (target: string) => Promise<string> };

const DATE = { year: 2025, month: 3, day: 1 };
let dir: string;
let example: WorkbookSnapshot;

beforeAll(async () => {
  dir = await makeTempDir("thidua-papers-format-");
  example = await readWorkbookFile(await writePapersExample(path.join(dir, "papers.xlsx")));
}, 60_000);
afterAll(async () => {
  await removeTempDir(dir);
});

/** The example with one Settings key row (the `Căn cứ` row the example adds) replaced. */
function withSetting(label: string, value: CellValue): WorkbookSnapshot {
  return {
    sheets: example.sheets.map((s) => {
      if (s.name !== "Thiết lập") return s;
      const cells = s.cells.map((r) => r.slice());
      const at = cells.findIndex((r) => r[0] === "Căn cứ");
      cells[at][0] = label;
      cells[at][1] = value;
      return { ...s, cells };
    }),
  };
}

/** The example with a Conference sheet's key row's value changed (blank with null). */
function withConferenceKey(label: string, value: CellValue): WorkbookSnapshot {
  return {
    sheets: example.sheets.map((s) => {
      if (s.name !== "Bình xét") return s;
      const cells = s.cells.map((r) => r.slice());
      cells[cells.findIndex((r) => r[0] === label)][1] = value;
      return { ...s, cells };
    }),
  };
}

const value = (layout: SheetLayout, a1: string) => {
  const { row, col } = fromA1(a1);
  return layout.values[row]?.[col] ?? null;
};
const styleAt = (layout: SheetLayout, a1: string): CellStyle => {
  const { row, col } = fromA1(a1);
  const found = layout.styles.find(
    (s) => s.range.start.row <= row && row <= s.range.end.row && s.range.start.col <= col && col <= s.range.end.col,
  );
  return found?.style ?? {};
};
/** The cell holding a text, as A1, or null. */
const find = (layout: SheetLayout, text: string | RegExp): string | null => {
  for (let row = 0; row < layout.values.length; row++) {
    for (let col = 0; col < layout.values[row].length; col++) {
      const v = layout.values[row][col];
      if (typeof v === "string" && (typeof text === "string" ? v === text : text.test(v)))
        return `${String.fromCharCode(65 + col)}${row + 1}`;
    }
  }
  return null;
};
const texts = (layout: SheetLayout | null) => (layout ? layout.values.flat().filter((v): v is string => typeof v === "string") : []);

function papers(snapshot: WorkbookSnapshot = example, language: "vi" | "en" = "vi") {
  const evaluation = evaluateWorkbook(snapshot, { language });
  return {
    minutes: buildMinutesSheet(evaluation, { date: DATE })!,
    nominations: buildNominationsSheet(evaluation, { date: DATE })!,
    submission: buildSubmissionSheet(evaluation, { date: DATE })!,
  };
}

describe("the page of every paper (Decree 30)", () => {
  it("is A4 portrait inside the margins, numbered in the top margin from page 2, with no footer", () => {
    for (const layout of Object.values(papers())) {
      const print = layout.print!;
      expect(print).toMatchObject({
        paperSize: "A4",
        orientation: "portrait",
        centerFooter: null,
        // The page number, in Times New Roman 13 pt like the page (Excel's header codes).
        centerHeader: '&"Times New Roman,Regular"&13&P',
        differentFirstPage: true,
      });
      const mm = (inches: number) => inches * 25.4;
      expect(mm(print.margins.top)).toBeGreaterThanOrEqual(20);
      expect(mm(print.margins.top)).toBeLessThanOrEqual(25);
      expect(mm(print.margins.bottom)).toBeGreaterThanOrEqual(20);
      expect(mm(print.margins.bottom)).toBeLessThanOrEqual(25);
      expect(mm(print.margins.left)).toBeGreaterThanOrEqual(30);
      expect(mm(print.margins.left)).toBeLessThanOrEqual(35);
      expect(mm(print.margins.right)).toBeGreaterThanOrEqual(15);
      expect(mm(print.margins.right)).toBeLessThanOrEqual(20);
    }
  });

  it("prints Times New Roman, black, 13 pt in the body and 12 pt in the tables", () => {
    const { minutes } = papers();
    expect(minutes.styles.every((s) => s.style.fontName === "Times New Roman")).toBe(true);
    expect(minutes.styles.every((s) => s.style.fontColor === undefined && s.style.fill === undefined)).toBe(true);
    expect(styleAt(minutes, find(minutes, /^Địa điểm:/)!).fontSize).toBe(13);
    expect(styleAt(minutes, find(minutes, "Công ty TNHH MTV Sông Chu")!).fontSize).toBe(12);
  });
});

describe("the header, the kind of paper and its subject", () => {
  it("puts the bodies and the number on the left, the motto and the date on the right", () => {
    const { minutes, submission, nominations } = papers();
    expect(value(minutes, "A1")).toBe("UBND TỈNH THANH HÓA");
    expect(value(minutes, "A2")).toBe("CỤM THI ĐUA SỐ 18");
    expect(styleAt(minutes, "A2").bold).toBe(true);
    expect(styleAt(minutes, "A1").bold).toBeUndefined();
    expect(value(minutes, "A3")).toBe("Số: 01/BB-CTĐ");
    expect(value(submission, "A3")).toBe("Số: 02/TTr-CTĐ");
    expect(value(nominations, "A3")).toBe("Số: …/DS-CTĐ");
    expect(value(minutes, "C1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(styleAt(minutes, "C1").bold).toBe(true);
    expect(value(minutes, "C2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(styleAt(minutes, "C2")).toMatchObject({ bold: true, underline: true });
    expect(value(minutes, "C3")).toBe("Thanh Hóa, ngày 15 tháng 01 năm 2025");
    expect(styleAt(minutes, "C3").italic).toBe(true);
  });

  it("leaves `…` for the secretary when the number is blank", () => {
    const { minutes } = papers(withConferenceKey("Số biên bản", null));
    expect(value(minutes, "A3")).toBe("Số: …/BB-CTĐ");
  });

  it("centres the kind of paper in bold capitals over its one-line subject", () => {
    const { minutes, submission, nominations } = papers();
    expect([value(minutes, "A5"), value(minutes, "A6")]).toEqual(["BIÊN BẢN", "Họp bình xét thi đua năm 2024 của Cụm thi đua số 18"]);
    expect([value(nominations, "A5"), value(nominations, "A6")]).toEqual([
      "DANH SÁCH",
      "Đề nghị khen thưởng năm 2024 của Cụm thi đua số 18",
    ]);
    expect(value(submission, "A5")).toBe("TỜ TRÌNH");
    expect(value(submission, "A6")).toBe("Về việc đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm 2024");
    for (const a1 of ["A5", "A6"]) expect(styleAt(minutes, a1)).toMatchObject({ bold: true, horizontal: "center" });
  });
});

describe("the minutes' additions", () => {
  it("states the times, the attendance, the members present of the listed units and the voting method", () => {
    const cells = texts(papers().minutes);
    expect(cells).toEqual(
      expect.arrayContaining([
        "Thời gian: bắt đầu lúc 8 giờ 30, ngày 15/01/2025",
        "Chủ trì: Ông Lê Văn Thành - Giám đốc Công ty TNHH Lam Sơn - Thanh Hóa",
        "Thành phần tham dự:",
        "- Công ty TNHH Lam Sơn - Thanh Hóa: Ông Lê Văn Thành, Giám đốc",
        "- Công ty TNHH MTV Sông Chu",
        "Số thành viên dự họp: 5/5 đơn vị thành viên Cụm",
        "Hình thức biểu quyết: Bỏ phiếu kín",
        "Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày; biên bản đã được thông qua trước các thành viên dự họp.",
      ]),
    );
  });

  it("takes the secret ballot when the voting method is blank, and speaks English", () => {
    const cells = texts(papers(withConferenceKey("Hình thức biểu quyết", null), "en").minutes);
    expect(cells).toContain("Voting method: Secret ballot");
    expect(cells).toContain("The meeting ended at 11 giờ 00 the same day; the minutes were approved before the members present.");
    expect(cells).toContain("MINUTES");
  });
});

describe("signature blocks", () => {
  it("print the name only: up to the first ` - ` or `,`, without Ông or Bà", () => {
    expect(signatureName("Bà Lê Thị Hoa - Chánh Văn phòng Công ty TNHH Lam Sơn - Thanh Hóa")).toBe("Lê Thị Hoa");
    expect(signatureName("Ông Lê Văn Thành, Giám đốc")).toBe("Lê Văn Thành");
    expect(signatureName("ÔNG Trần Bà Hải")).toBe("Trần Bà Hải");
    expect(signatureName("Nguyễn Văn A")).toBe("Nguyễn Văn A");
    expect(signatureName("  ")).toBeNull();
  });

  it("stand title, room to sign, then the name, bold", () => {
    const { minutes, submission } = papers();
    const title = fromA1(find(minutes, "CHỦ TRÌ")!);
    const name = fromA1(find(minutes, "Lê Văn Thành")!);
    expect(name.col).toBe(title.col);
    expect(name.row - title.row).toBeGreaterThanOrEqual(4);
    expect(styleAt(minutes, find(minutes, "Lê Văn Thành")!).bold).toBe(true);
    expect(find(minutes, "Nguyễn Thị Hương")).not.toBeNull();
    expect(texts(minutes).some((t) => /^Ông |^Bà /.test(t))).toBe(false);
    // The submission's leader: the title, the leader unit, then the chair's name.
    const leader = fromA1(find(submission, "TRƯỞNG CỤM")!);
    expect(value(submission, `C${leader.row + 2}`)).toBe("CÔNG TY TNHH LAM SƠN - THANH HÓA");
    expect(find(submission, "Lê Văn Thành")).not.toBeNull();
  });
});

describe("Nơi nhận", () => {
  it("stands at the bottom left, bold italic 12 pt, then the default recipients at 11 pt", () => {
    for (const layout of [papers().minutes, papers().submission]) {
      const at = find(layout, "Nơi nhận:")!;
      expect(fromA1(at).col).toBe(0);
      expect(styleAt(layout, at)).toMatchObject({ bold: true, italic: true, fontSize: 12 });
      const row = fromA1(at).row;
      expect([1, 2, 3].map((i) => layout.values[row + i][0])).toEqual([
        "- Ban Thi đua - Khen thưởng tỉnh;",
        "- Các đơn vị thành viên Cụm;",
        "- Lưu: VT.",
      ]);
      expect(styleAt(layout, `A${row + 2}`).fontSize).toBe(11);
    }
    expect(find(papers().nominations, "Nơi nhận:")).toBeNull();
  });

  it("lists Settings' recipients when given", () => {
    const { minutes } = papers(withSetting("Nơi nhận", "Sở Nội vụ; Lưu: VT"));
    const row = fromA1(find(minutes, "Nơi nhận:")!).row;
    expect([minutes.values[row + 1][0], minutes.values[row + 2][0]]).toEqual(["- Sở Nội vụ;", "- Lưu: VT."]);
  });
});

describe("the submission", () => {
  it("is addressed, grounded, says what the cluster did, lists the decided awards with their votes and closes", () => {
    const cells = texts(papers().submission);
    expect(cells).toContain("Kính gửi: Chủ tịch UBND tỉnh Thanh Hóa");
    const body = cells.map((c) => c.trim());
    expect(body).toEqual(
      expect.arrayContaining([
        "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
        "Căn cứ Biên bản họp bình xét số 01/BB-CTĐ ngày 15/01/2025;",
        "1. Cờ thi đua của UBND tỉnh: Công ty TNHH Lam Sơn - Thanh Hóa, đạt 5/5 phiếu (100%).",
        "3. Bằng khen của Chủ tịch UBND tỉnh: Công ty TNHH MTV Thủy lợi Nam Sông Mã, đạt 4/5 phiếu (80%).",
        "(Có danh sách kèm theo)",
        "Kính trình Chủ tịch UBND tỉnh Thanh Hóa xem xét, quyết định./.",
      ]),
    );
    expect(
      body.some((c) => /^Cụm thi đua số 18 có 5 đơn vị thành viên; 5 đơn vị được chấm điểm, xếp hạng\. Ngày 15\/01\/2025/.test(c)),
    ).toBe(true);
  });

  it("is addressed to Settings' Kính gửi, else the province's chairman, named only in a Thanh Hóa workbook", () => {
    expect(texts(papers(withSetting("Kính gửi", "Giám đốc Sở Nội vụ")).submission)).toContain("Kính gửi: Giám đốc Sở Nội vụ");
    const elsewhere: WorkbookSnapshot = {
      sheets: example.sheets.map((s) =>
        s.name !== "Thiết lập"
          ? s
          : { ...s, cells: s.cells.map((r) => (r[0] === "Cơ quan cấp trên" || r[0] === "Địa danh" ? [r[0], "Nghệ An"] : r)) },
      ),
    };
    expect(texts(papers(elsewhere).submission)).toContain("Kính gửi: Chủ tịch UBND tỉnh");
  });

  it("is not written when the decisions are void", () => {
    const sheets = example.sheets.map((s) => {
      if (s.name !== "Bình xét") return s;
      const cells = s.cells.map((r) => r.slice());
      const row = cells.findIndex((r) => r[1] === "Lam Sơn");
      cells[row][6] = "Huân chương";
      return { ...s, cells };
    });
    expect(buildSubmissionSheet(evaluateWorkbook({ sheets }), { date: DATE })).toBeNull();
  });
});
