// One cell of a read block as the engine sees it (read.ts): Excel answers a value, its value type
// and its number format for each cell.
import { isDateFormatCode, serialToIsoDate } from "../core";
import type { CellValue } from "../core";

/**
 * One cell as the engine sees it; the value type keeps an error apart from text that looks like
 * one, and the number format tells a date from a number.
 * @example toCellValue("#REF!", "Error", "General") → { kind: "error", code: "#REF!" }
 */
export function toCellValue(value: unknown, type: string, format: unknown): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return value === true || value === "TRUE" || value === 1;
    case "Double":
    case "Integer":
      if (typeof value !== "number") return Number(value);
      if (typeof format === "string" && isDateFormatCode(format)) {
        // A serial outside Excel's dates (it shows `#####`) stays the number, as the .xlsx reader keeps it.
        const iso = serialToIsoDate(value);
        if (iso !== null) return { kind: "date", iso };
      }
      return value;
    case "String":
      return String(value);
    default:
      return value === "" || value === null || value === undefined
        ? null
        : typeof value === "number" || typeof value === "boolean"
          ? value
          : String(value);
  }
}
