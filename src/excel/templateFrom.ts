// New scoring workbook › from this workbook (spec §8.5): the next period's workbook made from the
// open one, as `thidua template --from` makes it (core's planFromWorkbook: period advanced, every
// Settings value, the units list and the Criteria kept, blank unit sheets whose input rules follow
// today's Criteria), written as an .xlsx file in the browser by the command line's own renderer
// (xlsx/layout.ts on ExcelJS's browser build) and opened by `Excel.createWorkbook` (ExcelApi 1.8).
// The open workbook is only read. This module is a chunk of its own, loaded on first use, so
// ExcelJS never weighs on the pane's first load or the ribbon.
import * as ExcelJS from "exceljs";
import { planFromWorkbook, sheetReference, type FromWorkbookPlan, type Language, type SheetLayout } from "../core";
import { base64OfBytes } from "../xlsx/base64";
import { applySheetLayout } from "../xlsx/layout";
import { toUserFacingError } from "./errors";
import { detectFeatures } from "./features";
import { readSnapshot } from "./read";
import { loadSheets, officeLanguage, run } from "./run";
import { UserFacingError, type NextPeriodResult } from "./types";

/** Why no workbook was made, in the pane's language; each names what to fix. */
const FROM_WORKBOOK_MESSAGES = {
  setupInvalid: {
    vi: (where: string) =>
      `Chưa tạo được sổ kỳ sau: trang Tiêu chí hoặc Thiết lập có lỗi (ô ${where}). Nhấn Kiểm tra để xem lỗi, sửa rồi thử lại.`,
    en: (where: string) =>
      `The next period's workbook was not made: the Criteria or Settings sheet has an error (at ${where}). Press Validate to see it, fix it and try again.`,
  },
  noPeriod: {
    vi: (period: string) =>
      `Chưa tạo được sổ kỳ sau: không biết kỳ sau của kỳ đánh giá “${period}” trên trang Thiết lập. Hãy ghi kỳ như “Năm 2025” hoặc “6 tháng đầu năm 2025”, hoặc dùng lệnh thidua template --from <tệp> --period "<kỳ mới>" --out <tệp mới>.`,
    en: (period: string) =>
      `The next period's workbook was not made: the period “${period}” on the Settings sheet has no next period the add-in knows. Write it like “Year 2025” or “First half of 2025”, or use thidua template --from <file> --period "<new period>" --out <new file>.`,
  },
  notMade: {
    vi: (reason: string) =>
      `Chưa tạo được sổ kỳ sau: ${reason} Hãy dùng lệnh thidua template --from <tệp> --out <tệp mới> để xem chi tiết.`,
    en: (reason: string) =>
      `The next period's workbook was not made: ${reason} Use thidua template --from <file> --out <new file> for the details.`,
  },
} as const;

/**
 * Reads the open workbook (syncs 1–2), lays out the next period's workbook, and has Excel open it
 * as a new workbook (one more request). Nothing of the open workbook changes.
 * @example const { period } = await runCreateFromWorkbook(); period === "6 tháng đầu năm 2026"
 */
export async function runCreateFromWorkbook(): Promise<NextPeriodResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  const snapshot = await run(language, async (context) => readSnapshot(context, await loadSheets(context), features));
  // In the workbook's own report language, as template --from without --lang.
  const plan = planFromWorkbook(snapshot, { language: null, period: null, reviewKind: null, keepEntries: false });
  if (plan.kind !== "ready") throw new UserFacingError(refusal(plan, language));
  const base64 = await workbookBase64(plan.layouts);
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw toUserFacingError(error, language);
  }
  return { period: plan.settings.period ?? "", units: plan.settings.units?.length ?? 0 };
}

/** The .xlsx file of `layouts`, as `thidua template --from` writes it, in base64. */
async function workbookBase64(layouts: SheetLayout[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  for (const layout of layouts) await applySheetLayout(workbook, layout);
  return base64OfBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function refusal(plan: Exclude<FromWorkbookPlan, { kind: "ready" }>, language: Language): string {
  const words = FROM_WORKBOOK_MESSAGES;
  switch (plan.kind) {
    case "setup-invalid": {
      const first = plan.issues[0];
      const where = first?.sheet ? (first.cell ? sheetReference(first.sheet, first.cell) : first.sheet) : "?";
      return words.setupInvalid[language](where);
    }
    case "no-period":
      return words.noPeriod[language](plan.oldPeriod ?? "");
    case "kind-disagrees":
      return words.notMade[language](`“${plan.period}”.`);
    case "too-large":
      return words.notMade[language](plan.message);
  }
}
