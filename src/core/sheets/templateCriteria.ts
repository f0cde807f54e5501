// The template's Criteria sheet (spec §2, §7.1): the table as the reader takes it back, its header
// from the Criteria schema, with the may-be-N/A column offered on a regular group's criteria.
import { cellRange } from "../model/address";
import type { CellAddress, Language, SheetLayout } from "../model/types";
import { heightForLines, numberFormat, onOnePageWhenClose, printSetup, wrappedLines } from "./sheet";
import { InputSheetDraft, type ValidationRule } from "./inputSheet";
import { GROUP_FILL, HEADER_FILL, TITLE_SIZE, displayName, type TemplateInput } from "./templateParts";
import { TEMPLATE_TEXT, TemplateText } from "../words";
import { YES_NO_DROP_DOWN } from "../words/template";

const CRITERIA_WIDTHS = [8, 60, 16, 10, 8, 11, 12, 11, 12, 12];
/** Row 1, between the title and the header, says what the may-be-N/A column does. */
const CRITERIA_GUIDE_ROW = 1;
const CRITERIA_HEADER_ROW = 2;
const CRITERIA_MAY_BE_NA_COL = 9;

export function buildCriteriaSheet(input: TemplateInput): SheetLayout {
  const text = TEMPLATE_TEXT[input.language];
  const draft = new InputSheetDraft(text.criteriaSheet);
  const lastCol = text.criteriaHeader.length - 1;
  CRITERIA_WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, lastCol), text.criteriaTitle, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  // Not a header (no `Mã`, no `Loại`), so the reader passes over it to the table.
  draft.merge(cellRange(CRITERIA_GUIDE_ROW, 0, CRITERIA_GUIDE_ROW, lastCol), text.criteriaGuide, {
    italic: true,
    horizontal: "left",
    wrap: true,
    fontSize: 11,
  });
  const tableWidth = CRITERIA_WIDTHS.reduce((sum, width) => sum + width, 0);
  draft.height(CRITERIA_GUIDE_ROW, heightForLines(wrappedLines(text.criteriaGuide, tableWidth)));
  draft.setRow(CRITERIA_HEADER_ROW, 0, text.criteriaHeader, { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true });
  draft.height(CRITERIA_HEADER_ROW, heightForLines(2));

  const row = writeCriteriaRows(draft, input, text, lastCol);
  const lastRow = Math.max(row - 1, CRITERIA_HEADER_ROW);
  draft.style(cellRange(CRITERIA_HEADER_ROW, 0, lastRow, lastCol), { border: true });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 0, lastRow, 0), { horizontal: "center" });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 1, lastRow, 1), { wrap: true });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 2, lastRow, lastCol), { horizontal: "center" });
  return onOnePageWhenClose(
    draft.toLayout({
      frozenRows: CRITERIA_HEADER_ROW + 1,
      print: printSetup("portrait", input.language, { first: CRITERIA_HEADER_ROW, last: CRITERIA_HEADER_ROW }),
      protect: true,
    }),
  );
}

/** The groups and criteria, one row each under the header; returns the row after the last. */
function writeCriteriaRows(draft: InputSheetDraft, input: TemplateInput, text: TemplateText, lastCol: number): number {
  let row = CRITERIA_HEADER_ROW + 1;
  const mayBeNotApplicableRule: ValidationRule = {
    kind: "list",
    values: [text.yes, text.no],
    prompt: text.prompts.mayBeNotApplicable,
    error: YES_NO_DROP_DOWN.error[input.language],
  };
  for (const group of input.criteria.groups) {
    const name = displayName(input, group);
    draft.setRow(row, 0, [group.code, name, text.typeLabels[group.kind], group.max]);
    draft.style(cellRange(row, 0, row, lastCol), { bold: true, fill: GROUP_FILL });
    draft.height(row, heightForLines(wrappedLines(name, CRITERIA_WIDTHS[1])));
    row++;
    for (const criterion of group.criteria) {
      const criterionName = displayName(input, criterion);
      draft.setRow(row, 0, [
        criterion.code,
        criterionName,
        text.typeLabels[criterion.type],
        criterion.max,
        criterion.weight,
        criterion.perItem,
      ]);
      writePlanFloor(draft, { row, col: 6 }, criterion.planFloor, input.language);
      draft.set(row, 7, criterion.evidenceRequired ? text.yes : null);
      draft.set(row, 8, criterion.disqualifies ? text.yes : null);
      // Only a regular group's criterion may be N/A (spec §7.1): there the choice is offered and
      // `Không` written out; on bonus and deduction rows the cell stays blank, as a yes would be invalid.
      if (group.kind === "group") {
        draft.set(row, CRITERIA_MAY_BE_NA_COL, criterion.mayBeNotApplicable ? text.yes : text.no);
        draft.validate(cellRange(row, CRITERIA_MAY_BE_NA_COL), mayBeNotApplicableRule);
      }
      draft.height(row, heightForLines(wrappedLines(criterionName, CRITERIA_WIDTHS[1])));
      row++;
    }
  }
  return row;
}

/**
 * The plan floor as the reader takes it back: a number above 1 is a percent, one of 1 or less a
 * fraction (spec §2), so a floor of 1 % or less is written as a fraction shown as a percent.
 */
function writePlanFloor(draft: InputSheetDraft, { row, col }: CellAddress, planFloor: number, language: Language): void {
  if (planFloor <= 0) draft.set(row, col, null);
  else if (planFloor > 1) draft.set(row, col, planFloor);
  else draft.set(row, col, planFloor / 100, { numberFormat: numberFormat("0.0#%", language) });
}
