// Which workbook the pane offers the province's desk (spec §9.3): one that is no cluster's. Its
// own small file: the pane's first load decides this from its quiet Validate, and must not carry
// the desk itself, which loads with the action.
import type { Evaluation } from "../model/types";

/**
 * Whether a workbook, as a Validate read it, is no cluster's: no Criteria sheet at all (not one
 * that is unusable) and no unit read. The province's own workbook is such a one: its Settings
 * holds the council's threshold and its sheets are the desk's, none of them a unit's.
 * @example withoutClusterSheets(evaluateWorkbook({ sheets: [] })) === true
 */
export function withoutClusterSheets(evaluation: Evaluation): boolean {
  const noCriteriaSheet = evaluation.report.issues.some((i) => i.rule === "criteria-invalid" && i.sheet === null);
  return evaluation.criteria === null && noCriteriaSheet && evaluation.units.length === 0;
}
