// The printed text of a PDF as lines, from poppler's `pdftotext -bbox` word boxes, and the pairs
// of lines that print over each other: what a too-short row looks like on paper (its wrapped text
// runs into the rows above and below it). Used by the print test (test/xlsx/print.slow.test.ts).

/** One word's box in points from the page's top-left, as `pdftotext -bbox` gives it. */
export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words printed side by side on one baseline: a line of a cell's text. */
export interface TextLine extends WordBox {
  page: number;
}

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

/** The words of each page of `pdftotext -bbox` output, page by page. */
export function wordsOfPages(html: string): WordBox[][] {
  return html
    .split(/<page [^>]*>/)
    .slice(1)
    .map((page) =>
      Array.from(page.matchAll(WORD), (m) => ({
        text: m[5],
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      })),
    );
}

/** Two boxes sit on one line when their tops and bottoms agree to within a sixth of their height. */
function sameBaseline(a: WordBox, b: WordBox): boolean {
  const tolerance = Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 6;
  return Math.abs(a.yMin - b.yMin) <= tolerance && Math.abs(a.yMax - b.yMax) <= tolerance;
}

/**
 * The words of one page gathered into lines: a word joins a line on its baseline that ends at most
 * one line height before it (a space, or letters LibreOffice writes as separate words), so the
 * texts of two cells far apart on one row stay two lines.
 */
export function linesOfPage(words: WordBox[], page: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const word of [...words].sort((a, b) => a.xMin - b.xMin)) {
    const gap = word.yMax - word.yMin;
    const line = lines.find((l) => sameBaseline(l, word) && word.xMin <= l.xMax + gap && word.xMin >= l.xMin);
    if (line) {
      line.text += word.xMin - line.xMax > gap / 8 ? ` ${word.text}` : word.text;
      line.xMax = Math.max(line.xMax, word.xMax);
      line.yMin = Math.min(line.yMin, word.yMin);
      line.yMax = Math.max(line.yMax, word.yMax);
    } else lines.push({ ...word, page });
  }
  return lines;
}

/** How far two intervals share, negative when they are apart. */
function shared(aMin: number, aMax: number, bMin: number, bMax: number): number {
  return Math.min(aMax, bMax) - Math.max(aMin, bMin);
}

/**
 * Pairs of lines of one page that print over each other: their vertical extents share more than a
 * fifth of the smaller line's height (glyph boxes of neighbouring lines of one cell touch, they do
 * not overlap) while their horizontal extents meet.
 */
export function overlappingLines(lines: TextLine[]): Array<[TextLine, TextLine]> {
  const pairs: Array<[TextLine, TextLine]> = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i], lines[j]];
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (shared(a.yMin, a.yMax, b.yMin, b.yMax) > height / 5 && shared(a.xMin, a.xMax, b.xMin, b.xMax) > 0) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Every overlap of a PDF's `pdftotext -bbox` output, as readable lines: page, and the two texts. */
export function overlapsOfPdfText(html: string): string[] {
  return wordsOfPages(html).flatMap((words, index) =>
    overlappingLines(linesOfPage(words, index + 1)).map(
      ([a, b]) =>
        `page ${a.page}: "${a.text}" (y ${a.yMin.toFixed(1)}–${a.yMax.toFixed(1)}) over "${b.text}" (y ${b.yMin.toFixed(1)}–${b.yMax.toFixed(1)})`,
    ),
  );
}
