// The warning both hosts give for values right of column IV (core/read/bounds.ts), in both
// languages; the command line prefixes "warning:", the pane shows it under a title.
import type { CellsBeyondColumns } from "../read/bounds";
import type { Language } from "../model/types";

/**
 * @example beyondColumnsWarning({ kind: "cells-beyond-columns", sheet: "A", cell: "XFD9", count: 1 }, "en")
 *   // 'sheet "A" has 1 value right of column IV (first at XFD9); they are not read'
 */
export function beyondColumnsWarning(w: CellsBeyondColumns, language: Language): string {
  if (language === "vi") {
    const where = w.count === null ? `trong vùng ${w.cell}` : `đầu tiên ở ${w.cell}`;
    const what = w.count === null ? "giá trị" : `${w.count} giá trị`;
    return `trang tính "${w.sheet}" có ${what} bên phải cột IV (${where}); các giá trị này không được đọc`;
  }
  const where = w.count === null ? `in ${w.cell}` : `first at ${w.cell}`;
  const what = w.count === null ? "values" : w.count === 1 ? "1 value" : `${w.count} values`;
  return `sheet "${w.sheet}" has ${what} right of column IV (${where}); they are not read`;
}
