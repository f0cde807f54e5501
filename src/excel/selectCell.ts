// Showing a cell the pane points at (an issue's cell, a unit's row).
import { officeLanguage, run, syncShowing } from "./run";

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await run(officeLanguage(), async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await syncShowing(context);
  });
}
