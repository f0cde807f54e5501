import { STYLE_KEYS, styleKeyOf, type RecentStyles } from "../../src/core/sheets/styleKeys";
import type { CellStyle } from "../../src/core/model/types";

/** A value for a style property other than `base`'s. */
function otherValue(value: unknown): unknown {
  if (typeof value === "boolean") return !value;
  if (typeof value === "number") return value + 1;
  return `${String(value)}x`;
}

describe("styleKeyOf", () => {
  const base: CellStyle = {
    bold: true,
    italic: false,
    underline: false,
    fontSize: 12,
    fontName: "Times New Roman",
    fontColor: "#000000",
    fill: "#FFFFFF",
    border: true,
    horizontal: "center",
    vertical: "center",
    wrap: false,
    numberFormat: "0.00",
  };

  it("gives an equal style met lately the same key, a fresh literal included", () => {
    const recent: RecentStyles = [];
    const keyOf = (style: CellStyle) => styleKeyOf(recent, style);
    expect(keyOf({ ...base })).toBe(keyOf(base));
    expect(keyOf({ horizontal: "center" })).toBe(keyOf({ horizontal: "center" }));
  });

  it.each(STYLE_KEYS)("tells styles apart that differ only in %s", (key) => {
    const recent: RecentStyles = [];
    const keyOf = (style: CellStyle) => styleKeyOf(recent, style);
    const changed = { ...base, [key]: otherValue(base[key]) } as CellStyle;
    const missing = { ...base };
    delete missing[key];
    expect(keyOf(changed)).not.toBe(keyOf(base));
    expect(keyOf(missing)).not.toBe(keyOf(base));
  });

  it("still tells styles apart after more kinds than it remembers", () => {
    const recent: RecentStyles = [];
    const keyOf = (style: CellStyle) => styleKeyOf(recent, style);
    const sizes = Array.from({ length: 40 }, (_, i) => keyOf({ fontSize: i }));
    expect(new Set(sizes).size).toBe(40);
    expect(keyOf({ fontSize: 0 })).toBe(sizes[0]);
  });
});
