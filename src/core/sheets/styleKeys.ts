// The keys SheetDraft interns styles by. Builders pass one style object for a whole column or a
// fresh literal per cell; a key per call (JSON) and a map entry per literal were a fifth of the
// output sheets' time at 1,000 units, so the styles met lately are compared property by property.
import type { CellStyle } from "../model/types";

/** Every style property, in the order a style's text key lists them. */
export const STYLE_KEYS: Array<keyof CellStyle> = [
  "bold",
  "italic",
  "underline",
  "fontSize",
  "fontName",
  "fontColor",
  "fill",
  "border",
  "horizontal",
  "vertical",
  "wrap",
  "numberFormat",
];

/** How many recent styles are compared before a key is worked out; builders seldom use more kinds in turn. */
const RECENT_STYLES = 16;

/**
 * Equal in every property of STYLE_KEYS (what an interned style is made of), each named: a loop
 * over the list reads them by computed name, which was slower than the JSON key it replaces.
 */
function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.fontSize === b.fontSize &&
    a.fontName === b.fontName &&
    a.fontColor === b.fontColor &&
    a.fill === b.fill &&
    a.border === b.border &&
    a.horizontal === b.horizontal &&
    a.vertical === b.vertical &&
    a.wrap === b.wrap &&
    a.numberFormat === b.numberFormat
  );
}

/** Styles met lately with their keys, newest first (styleKeyOf); one list per drafted sheet. */
export type RecentStyles = Array<{ style: CellStyle; key: string }>;

/**
 * A style's interning key; an equal style met lately gives that one's key. Functions, not a class:
 * the ribbon's ES5 bundle spells every class out.
 */
export function styleKeyOf(recent: RecentStyles, style: CellStyle): string {
  for (let i = 0; i < recent.length; i++) if (recent[i].style === style) return recent[i].key;
  for (let i = 0; i < recent.length; i++) if (sameStyle(recent[i].style, style)) return recent[i].key;
  // JSON leaves undefined keys out; two spellings of one style only cost a second interned copy.
  const key = JSON.stringify(style);
  if (recent.length >= RECENT_STYLES) recent.pop();
  recent.unshift({ style, key });
  return key;
}
