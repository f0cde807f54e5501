// The units list under the Settings keys (spec §2): a header row, then one row per unit.
import { labelSetOf, type Field } from "./field";

/** `STT` / `No.`: information only, here and on the Conference sheet. */
export const NO_FIELD: Field = { labels: { vi: ["STT"], en: ["No."] } };

export const UNITS_LIST_FIELDS = {
  no: NO_FIELD,
  name: { labels: { vi: ["Tên đơn vị"], en: ["Unit"] } },
  sheet: { labels: { vi: ["Trang tính"], en: ["Sheet"] } },
} satisfies Record<string, Field>;
export type UnitsListColumn = keyof typeof UNITS_LIST_FIELDS;
export const UNITS_LIST_COLUMNS = labelSetOf(UNITS_LIST_FIELDS);
