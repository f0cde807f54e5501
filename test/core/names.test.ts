// Names compare as people see them (issue 10, item 7): a units list typed in decomposed Unicode
// (NFD) or carrying an invisible character must still find its sheet, and two names that look
// the same must not give `unit-name-mismatch`.
import { evaluateWorkbook } from "../../src/core";
import { codeKey, composeVietnamese, nameKey, sameName } from "../../src/core/model/text";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { cleanEntries, criteriaSheet, DEFAULT_KEYS, settingsSheet, unitSheet } from "../support/workbook";

const NFC = "Sông Chu";
const NFD = NFC.normalize("NFD");
const ZWSP = "\u200b";

/** Criteria, a units list with the given names and sheets, and unit sheets named as given. */
function book(listed: Array<{ name: string; sheet: string }>, tabs: Array<{ tab: string; stated: string }>): WorkbookSnapshot {
  return {
    sheets: [
      criteriaSheet(),
      settingsSheet(DEFAULT_KEYS, listed),
      ...tabs.map(({ tab, stated }) => unitSheet(tab, cleanEntries(), { statedName: stated })),
    ],
  };
}

describe("nameKey and sameName", () => {
  it("treat NFD and NFC spellings, case, invisible marks and spacing as the same name", () => {
    expect(NFD).not.toBe(NFC);
    expect(sameName(NFD, NFC)).toBe(true);
    expect(sameName(`Sông${ZWSP} Chu`, NFC)).toBe(true);
    expect(sameName(`\u200eSÔNG  CHU\ufeff`, NFC)).toBe(true);
    expect(sameName("\u2066Sông Chu\u2069\u200d", NFC)).toBe(true);
    expect(nameKey(NFD)).toBe("sông chu");
  });

  it("keep diacritics: Song Chu is not Sông Chu", () => {
    expect(sameName("Song Chu", NFC)).toBe(false);
  });

  it("compose every Vietnamese letter without String.prototype.normalize (IE11), marks in any order", () => {
    const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    const all = letters + letters.toUpperCase();
    expect(composeVietnamese(all.normalize("NFD"))).toBe(all);
    // The dot below written after the circumflex (NFD puts it first) still makes ậ.
    expect(composeVietnamese("a\u0302\u0323")).toBe("ậ");
    expect(composeVietnamese("Nguye\u0302\u0303n")).toBe("Nguyễn");
    // A mark that makes no Vietnamese letter is kept.
    expect(composeVietnamese("b\u0301")).toBe("b\u0301");
  });

  it("compare names the same way when the platform has no normalize (IE11)", () => {
    const normalize = Object.getOwnPropertyDescriptor(String.prototype, "normalize") as PropertyDescriptor;
    try {
      delete (String.prototype as { normalize?: unknown }).normalize;
      expect(typeof "".normalize).toBe("undefined");
      // Strings no other test uses, so the remembered keys do not answer for the fallback.
      expect(sameName("Thu\u031b\u0323c hie\u0302\u0323n", "THỰC HIỆN")).toBe(true);
      expect(sameName("Thu\u031b\u0323c hie\u0302\u0323m", "THỰC HIỆN")).toBe(false);
    } finally {
      Object.defineProperty(String.prototype, "normalize", normalize);
    }
    expect(typeof "".normalize).toBe("function");
  });
});

describe("units list against sheet tabs", () => {
  it("finds an NFC tab from an NFD units list, and gives no unit-name-mismatch for the same-looking name", () => {
    const report = evaluateWorkbook(book([{ name: NFD, sheet: NFD }], [{ tab: NFC, stated: NFC }])).report;
    expect(report.issues).toEqual([]);
    expect(report.units.map((u) => [u.unit, u.sheet, u.status])).toEqual([[NFD, NFC, "ranked"]]);
  });

  it("finds the tab when the listed sheet name carries a zero-width space", () => {
    const report = evaluateWorkbook(book([{ name: NFC, sheet: `Sông${ZWSP} Chu` }], [{ tab: NFC, stated: `${NFC}${ZWSP}` }])).report;
    expect(report.issues).toEqual([]);
    expect(report.units[0].status).toBe("ranked");
  });

  it("still says unit-name-mismatch when the names differ as people see them", () => {
    const report = evaluateWorkbook(book([{ name: NFC, sheet: NFC }], [{ tab: NFC, stated: "Sông Mã" }])).report;
    expect(report.issues.map((i) => i.rule)).toEqual(["unit-name-mismatch"]);
  });

  it("counts the same sheet listed twice in two spellings as listed twice", () => {
    const report = evaluateWorkbook(
      book(
        [
          { name: NFC, sheet: NFC },
          { name: "Other", sheet: NFD },
        ],
        [{ tab: NFC, stated: NFC }],
      ),
    ).report;
    expect(report.issues.filter((i) => i.rule === "settings-invalid")).toHaveLength(1);
    // Both listed units are in the report, neither ranked; the second is not read from the first's sheet.
    expect(report.units.map((u) => [u.unit, u.status])).toEqual([
      [NFC, "not-ranked"],
      ["Other", "not-ranked"],
    ]);
    expect(report.issues.filter((i) => i.rule === "missing-sheet")).toEqual([]);
  });
});

describe("criterion codes with invisible characters (issue 19 §8)", () => {
  // A code copied from a web page or a chat carries marks nobody sees: the row is still its criterion.
  const marked: Record<string, string> = { "I.1": `I.${ZWSP}1`, "I.3": "\ufeffI.3", "II.1": "II.\u00a01", "II.2": "II.2\u2060\u00ad" };

  it("reads a unit's row whose code holds a zero-width space, a BOM, a no-break space or a soft hyphen", () => {
    const unit = unitSheet("Sông Chu", cleanEntries());
    const cells = unit.cells.map((row) => row.map((value) => (typeof value === "string" && marked[value] ? marked[value] : value)));
    const { report } = evaluateWorkbook({
      sheets: [criteriaSheet(), settingsSheet(DEFAULT_KEYS, [{ name: "Sông Chu", sheet: "Sông Chu" }]), { ...unit, cells }],
    });
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.units[0].total).toBe(
      evaluateWorkbook(book([{ name: NFC, sheet: NFC }], [{ tab: NFC, stated: NFC }])).report.units[0].total,
    );
  });

  it("fold those characters out of codeKey, and NBSP and soft hyphens out of nameKey", () => {
    for (const [code, spelled] of Object.entries(marked)) expect(codeKey(spelled)).toBe(code);
    expect(nameKey("Sông\u00adChu")).toBe(nameKey("SôngChu"));
  });
});
