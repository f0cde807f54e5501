// The output sheets made to fit the input's package in the summarized copy (copy.ts): their cell
// formats appended to the input's styles part, their `s` indexes moved past the input's, and their
// shared strings written inline so that the input's string table stays as it was.
import { attribute, PREFIX, rootPrefix } from "./xml";

/** The inside of each `<si>` of a shared-string table. */
export function sharedStringItems(xml: string | null): string[] {
  if (xml === null) return [];
  return [...xml.matchAll(new RegExp(`<(${PREFIX})si\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1si\\s*>)`, "g"))].map((m) => m[2] ?? "");
}

/** Shared-string cells of an output sheet written as inline strings. */
export function inlineSharedStrings(xml: string, strings: string[]): string {
  return xml.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_all, before: string, after: string, index: string) => {
    return `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? ""}</is></c>`;
  });
}

/** An output sheet's cell, row and column formats moved past the input's. */
export function shiftStyles(xml: string, offset: number): string {
  return xml
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_all, head: string, index: string) => `${head}${Number(index) + offset}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_all, head: string, index: string) => `${head}${Number(index) + offset}"`);
}

/** The children of one collection element (`<fonts>`) of a styles part, and where it is. */
function collection(xml: string, name: string, item: string): { match: RegExpExecArray | null; items: string[] } {
  const match = new RegExp(`<(${PREFIX})${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${name}\\s*>)`).exec(xml);
  if (!match) return { match: null, items: [] };
  const body = match[3] ?? "";
  const items = [...body.matchAll(new RegExp(`<(${PREFIX})${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${item}\\s*>)`, "g"))].map((m) => m[0]);
  return { match, items };
}

/** The input's styles with the output's appended; `xfOffset` moves an output `s` index. */
export function appendStyles(input: string, output: string): { xml: string; xfOffset: number } {
  const prefix = rootPrefix(input, "styleSheet");
  const withPrefix = (element: string) => (prefix === "" ? element : element.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`));
  let xml = input;
  const offsets: Record<string, number> = {};
  // Number formats: custom ids (164 and up) renumbered after the input's own.
  const inputFormats = collection(input, "numFmts", "numFmt").items;
  let nextFormat = Math.max(163, ...inputFormats.map((f) => Number(attribute(f, "numFmtId") ?? 0))) + 1;
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const format of collection(output, "numFmts", "numFmt").items) {
    const id = Number(attribute(format, "numFmtId") ?? 0);
    formatIds.set(id, nextFormat);
    newFormats.push(withPrefix(format.replace(/numFmtId="\d+"/, `numFmtId="${nextFormat++}"`)));
  }
  xml = appendItems(xml, prefix, "numFmts", "numFmt", newFormats);
  for (const [name, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
  ]) {
    offsets[item] = collection(xml, name, item).items.length;
    xml = appendItems(xml, prefix, name, item, collection(output, name, item).items.map(withPrefix));
  }
  const xfOffset = collection(xml, "cellXfs", "xf").items.length;
  const xfs = collection(output, "cellXfs", "xf").items.map((xf) =>
    withPrefix(
      xf
        .replace(/\sfontId="(\d+)"/, (_a, n: string) => ` fontId="${Number(n) + offsets.font}"`)
        .replace(/\sfillId="(\d+)"/, (_a, n: string) => ` fillId="${Number(n) + offsets.fill}"`)
        .replace(/\sborderId="(\d+)"/, (_a, n: string) => ` borderId="${Number(n) + offsets.border}"`)
        .replace(/\snumFmtId="(\d+)"/, (_a, n: string) => ` numFmtId="${formatIds.get(Number(n)) ?? n}"`)
        .replace(/\sxfId="\d+"/, ' xfId="0"'),
    ),
  );
  xml = appendItems(xml, prefix, "cellXfs", "xf", xfs);
  return { xml, xfOffset };
}

/** The order of a style sheet's collections (ECMA-376 CT_Stylesheet), to place a missing one. */
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * `items` added at the end of the collection `name`, its count updated; a collection the styles
 * lack is made, in its place in the schema's order.
 */
function appendItems(xml: string, prefix: string, name: string, item: string, items: string[]): string {
  if (items.length === 0) return xml;
  const { match, items: existing } = collection(xml, name, item);
  const count = existing.length + items.length;
  if (!match) {
    const block = `<${prefix}${name} count="${count}">${items.join("")}</${prefix}${name}>`;
    for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)) {
      const next = new RegExp(`<${PREFIX}${later}\\b`).exec(xml);
      if (next) return xml.slice(0, next.index) + block + xml.slice(next.index);
    }
    const close = new RegExp(`</${PREFIX}styleSheet\\s*>`).exec(xml);
    if (!close) throw new Error("the styles have no styleSheet");
    return xml.slice(0, close.index) + block + xml.slice(close.index);
  }
  const attributes = match[2].replace(/\scount\s*=\s*(["'])[^"']*\1/, "");
  const element = `<${match[1]}${name}${attributes} count="${count}">${match[3] ?? ""}${items.join("")}</${match[1]}${name}>`;
  return xml.slice(0, match.index) + element + xml.slice(match.index + match[0].length);
}
