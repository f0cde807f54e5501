// "One home for each label": every label of an input sheet's schema (a key, a column, a type, a
// choice, a mark, a sheet's name) is written in src/core/schema only. Everything else that shows
// or reads one (the template, the Conference sheet, the messages, the pane) takes it from there,
// so a label changed in the schema changes everywhere at once. This test holds that: no string
// literal outside src/core/schema is a schema label.
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.join(__dirname, "..", "..", "src");
const SCHEMA = path.join(SRC, "core", "schema");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

interface Labelled {
  labels: { vi: readonly string[]; en: readonly string[] };
  written?: { vi?: string; en?: string };
}

const isLabelled = (value: unknown): value is Labelled => {
  const labels = (value as Labelled | null)?.labels;
  return typeof labels === "object" && labels !== null && Array.isArray(labels.vi) && Array.isArray(labels.en);
};

/**
 * Every label (and written header) of every schema entry, found by walking the schema modules'
 * exports. A label equal to its entry's own key (`year`, `completion`) is the engine's name for
 * the value as well, not only a word, so code may spell it.
 */
function schemaLabels(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown, where: string, key: string, depth: number) => {
    if (depth > 3 || typeof value !== "object" || value === null) return;
    if (isLabelled(value)) {
      const words = [...value.labels.vi, ...value.labels.en, value.written?.vi, value.written?.en];
      for (const word of words) if (word !== undefined && word !== key) found.set(word, where);
      return;
    }
    for (const [name, inner] of Object.entries(value)) visit(inner, `${where}.${name}`, name, depth + 1);
  };
  for (const file of filesUnder(SCHEMA)) {
    const exports = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) visit(value, `${path.basename(file, ".ts")}.${name}`, name, 0);
  }
  return found;
}

/** The string literals (and JSX text) of a source file, with their lines. */
function literalsOf(file: string): Array<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      found.push({ text: node.text.trim(), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Literals that equal a schema label but are not one: the same word for another thing. Each is
 * `file: words`, by reason; a label written anywhere else fails.
 */
const NOT_LABELS: Record<string, string[]> = {
  // The output sheets' and papers' own headers (Summary, Details, Issues, minutes) and the pane's
  // copies of them: words the engine writes, not input labels it reads.
  "core/words/details.ts": ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Hệ số", "Code", "Criterion", "Max points", "Weight", "Total"],
  "core/words/issues.ts": ["STT", "Đơn vị", "Trang tính", "Tiêu chí", "Nội dung", "No.", "Unit", "Sheet", "Criterion"],
  "core/words/summary.ts": ["STT", "Đơn vị", "Tự chấm", "No.", "Unit", "Total", "Xếp loại", "Classification"],
  "core/words/papers.ts": ["Total", "Xếp loại", "Classification"],
  "core/read/previous.ts": ["Total"],
  "taskpane/strings.ts": ["Trang tính", "Đơn vị", "Sheet", "Unit", "Total", "Conference", "Đề nghị", "Cluster"],
  "cli/messages.ts": ["Unit", "Total", "Đơn vị", "Xếp loại", "Classification"],
  // The province's Nominations list (§9.3): its own output columns, the cluster's award and
  // classification as the province reads them off each cluster's report, not the history sheets' labels.
  "core/words/province.ts": ["Xếp loại", "Award", "Classification"],
  // Yes/no words and "no award": `Không` / `None` as an answer, not as the Conference's decision.
  // The cluster's `Nominations` paper, named in English like the province's `Nominations` list (§9.3).
  "core/words/common.ts": ["Không", "None", "Nominations"],
  "core/words/template.ts": ["Không"],
  // Names in other vocabularies: Excel's underline style, the attributes of an .xlsx part's XML.
  "excel/cells.ts": ["None"],
  "xlsx/copy.ts": ["Type", "Target"],
  "xlsx/parts.ts": ["Type", "Target"],
  "xlsx/values.ts": ["Type", "Target"],
};

describe("schema labels", () => {
  const labels = schemaLabels();

  it("are found in the schema: every input sheet's entries", () => {
    for (const label of [
      "Mã",
      "Nội dung tiêu chí",
      "Ngưỡng tối thiểu (%)",
      "Không áp dụng",
      "Ngày họp",
      "Cờ thi đua",
      "Tiêu chí",
      "Thiết lập",
      "Lịch sử thi đua",
      "Số quyết định",
      "Cần có trong giai đoạn",
      "Xuất sắc",
    ]) {
      expect([label, labels.has(label)]).toEqual([label, true]);
    }
  });

  it("are written nowhere in src outside src/core/schema", () => {
    const repeated: string[] = [];
    for (const file of filesUnder(SRC).filter((f) => !f.startsWith(SCHEMA + path.sep))) {
      for (const literal of literalsOf(file)) {
        const entry = labels.get(literal.text);
        const where = path.relative(SRC, file).split(path.sep).join("/");
        if (entry !== undefined && !(NOT_LABELS[where] ?? []).includes(literal.text))
          repeated.push(`${where}:${literal.line} "${literal.text}" (${entry})`);
      }
    }
    expect(repeated).toEqual([]);
  });
});
