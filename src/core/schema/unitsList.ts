// The units list under the Settings keys (spec §2): a header row, then one row per unit.
import { labelSetOf, labelled, type Field } from "./field";

/** `STT` / `No.`: information only, here and on the Conference sheet. */
export const NO_FIELD = labelled("STT", "No.");

export const UNITS_LIST_FIELDS = {
  no: NO_FIELD,
  name: labelled("Tên đơn vị", "Unit"),
  sheet: labelled("Trang tính", "Sheet"),
  /** Optional (§8.2): the name screens with little room show (the pane's ranking, the chart); default the sheet's name. */
  shortName: labelled("Tên ngắn", "Short name"),
} satisfies Record<string, Field>;
export type UnitsListColumn = keyof typeof UNITS_LIST_FIELDS;
export const UNITS_LIST_COLUMNS = labelSetOf(UNITS_LIST_FIELDS);
