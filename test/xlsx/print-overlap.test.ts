// The overlap check of the print test (print.slow.test.ts) on hand-made `pdftotext -bbox` pages:
// it must find a too-short row's text printed over its neighbours, and nothing on a clean page.
import { linesOfPage, overlapsOfPdfText, wordsOfPages } from "../support/pdfLines";

/** A `pdftotext -bbox` document of pages of words, each [text, xMin, yMin, xMax, yMax]. */
function bboxHtml(pages: Array<Array<[string, number, number, number, number]>>): string {
  const page = (words: Array<[string, number, number, number, number]>) =>
    `<page width="595.3" height="841.9">\n${words
      .map(([text, x0, y0, x1, y1]) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${text}</word>`)
      .join("\n")}\n</page>`;
  return `<html><body><doc>\n${pages.map(page).join("\n")}\n</doc></body></html>`;
}

/** Three rows 16 pt apart, each a line of 13 pt glyph boxes, the middle one of two words. */
const CLEAN: Array<[string, number, number, number, number]> = [
  ["Above", 50, 100, 90, 113],
  ["Công", 50, 116, 80, 129],
  ["ty", 83, 116, 95, 129],
  ["Below", 50, 132, 90, 145],
];

describe("the print test's overlap check", () => {
  it("gathers the words of a line, letters LibreOffice splits included, and keeps far cells apart", () => {
    const words = wordsOfPages(bboxHtml([[...CLEAN, ["C", 300, 116, 306, 129], ["ộ", 306, 116, 312, 129], ["t", 312, 116, 316, 129]]]))[0];
    expect(linesOfPage(words, 1).map((line) => line.text)).toEqual(["Above", "Công ty", "Below", "Cột"]);
  });

  it("finds nothing on a page whose lines sit one under the other", () => {
    expect(overlapsOfPdfText(bboxHtml([CLEAN, CLEAN]))).toEqual([]);
  });

  it("finds a too-short row's second line printed over the row below", () => {
    // The middle row's text wrapped onto a second line that the row's height did not make room for.
    const overlaps = overlapsOfPdfText(bboxHtml([CLEAN, [...CLEAN, ["nước", 50, 128, 85, 141]]]));
    expect(overlaps).toEqual([expect.stringMatching(/^page 2: "Below" .* over "nước"/)]);
  });

  it("lets lines at one height side by side be, when they do not meet", () => {
    expect(overlapsOfPdfText(bboxHtml([[...CLEAN, ["Right", 200, 108, 240, 121]]]))).toEqual([]);
  });
});
