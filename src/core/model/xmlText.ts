// XML text, both ways: the one escaper and decoder of markup every layer uses (the report's custom
// XML part in core, the .xlsx package's parts in src/xlsx). Pure and ES5-safe: the ribbon runs core
// in IE11, which has no String.fromCodePoint.

/**
 * Text or a double-quoted attribute value as markup: `&`, `<`, `>` and `"` escaped.
 * @example escapeXml('A & "B"') === "A &amp; &quot;B&quot;"
 */
export function escapeXml(text: string): string {
  // One pass, one copy: the report's part can be tens of MB (130,000 issues), and four chained
  // replaces made four copies of it.
  return text.replace(/[&<>"]/g, markupOf);
}

/**
 * Element text as markup: `&`, `<` and `>` escaped; quotes need none there, and the JSON report
 * is mostly quotes, so leaving them keeps its part a third smaller.
 * @example escapeXmlText('{"a":"<b>"}') === '{"a":"&lt;b&gt;"}'
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, markupOf);
}

const MARKUP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function markupOf(char: string): string {
  return MARKUP[char];
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * XML character references and the five named entities decoded, as in text and attribute values.
 * @example decodeXml("A &amp; &#x1F600;") === "A & 😀"
 */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.charAt(0) !== "#") return NAMED[entity];
    const code = entity.charAt(1) === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    if (code < 0x10000) return String.fromCharCode(code);
    // Above the BMP: the UTF-16 surrogate pair.
    const offset = code - 0x10000;
    return String.fromCharCode(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
  });
}
