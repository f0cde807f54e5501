// XML text helpers for every part the .xlsx layer reads or edits as text. No Node modules here:
// the task pane reads units' files in the browser through the same value reader (values.ts).
//
// Parts are read and edited as text, not through a DOM: the summarized copy must keep every byte
// of the input's parts it does not change (quotes, namespace prefixes, white space), which a
// parse and re-serialization would not, and the reader meets sheets of 100,000 rows.
import { decodeXml } from "../core";

// Escaping and decoding have one home, in core (the report's custom XML part needs them too).
export { decodeXml, escapeXml } from "../core";

/**
 * A namespace prefix or none, for patterns: other programs write `<x:sheet>` where Excel writes
 * `<sheet>`. Wrap it in a group to capture the prefix.
 */
export const PREFIX = "(?:[\\w.-]+:)?";

const attributePatterns = new Map<string, RegExp>();

/**
 * The value of attribute `name` in an element's attribute text, decoded; null when absent.
 * `name` is a pattern (`[\\w.-]+:id` finds an id under any prefix).
 * @example attribute(' name="A &amp; B" sheetId="1"', "name") === "A & B"
 */
export function attribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return null;
  const value = match[1] ?? match[2];
  return value.includes("&") ? decodeXml(value) : value;
}

/**
 * Cell text as Excel writes it: the five entities, CR as `&#13;`, other control characters as
 * Excel's `_xHHHH_` escapes (which the reader decodes back), so text survives a save unchanged.
 */
export function encodeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[<>&"'\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (ch) => {
    switch (ch) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "&":
        return "&amp;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "\r":
        return "&#13;";
      default:
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    }
  });
}

/** The namespace prefix (with its colon) the part's `root` element is written with, or "". */
export function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<([\\w.-]+:)?${root}\\b`).exec(xml)?.[1] ?? "";
}

/** The first `<name …>…</name>` or `<name …/>` element under any prefix, with its prefix captured. */
export function elementPattern(name: string, flags = ""): RegExp {
  return new RegExp(`<(${PREFIX})${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${name}\\s*>)`, flags);
}

/** Characters that mean something in a regular expression, escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The `ref` of every `<mergeCell>` in a worksheet's XML, as written (`A1:G1`). */
export function mergeCellRefs(xml: string): string[] {
  return [...xml.matchAll(new RegExp(`<${PREFIX}mergeCell\\b[^>]*?\\bref\\s*=\\s*["']([^"']+)["']`, "g"))].map((m) => m[1].trim());
}
