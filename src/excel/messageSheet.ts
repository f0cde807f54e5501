// The ribbon command's last resort for a failure: a message written into the workbook when the
// client cannot open a dialog.
import { OUTPUT_MARK } from "../core";
import type { Language } from "../core";
import { addMark } from "./marks";
import { syncShowing } from "./run";

/** The sheet where the ribbon command shows a failure when the client cannot open a dialog. */
const MESSAGE_SHEET_NAMES: Record<Language, string> = { vi: "Thi Đua - Thông báo", en: "Thi Đua - Message" };

/**
 * Shows a message where the user will see it without a dialog (Office builds without DialogApi
 * 1.1): in A1 of the add-in's message sheet, which is created (marked as the add-in's) and
 * activated. A sheet of that name the user made is left alone, and nothing is shown.
 * Returns whether the message was written. (Plain Excel.run, not `run`: a failure here has no
 * other place to be shown, and the caller only logs it.)
 */
export async function showMessageInWorkbook(message: string, language: Language): Promise<boolean> {
  return Excel.run(async (context) => {
    const name = MESSAGE_SHEET_NAMES[language];
    const worksheets = context.workbook.worksheets;
    const existing = worksheets.getItemOrNullObject(name);
    await context.sync();
    let sheet: Excel.Worksheet;
    if (existing.isNullObject) {
      sheet = worksheets.add(name);
      addMark(sheet, OUTPUT_MARK, "=TRUE");
    } else {
      const mark = existing.names.getItemOrNullObject(OUTPUT_MARK);
      await context.sync();
      if (mark.isNullObject) return false;
      sheet = existing;
    }
    const cell = sheet.getRange("A1");
    cell.numberFormat = [["@"]];
    cell.values = [[message]];
    cell.format.wrapText = true;
    cell.format.columnWidth = 480;
    sheet.activate();
    await syncShowing(context);
    return true;
  });
}
