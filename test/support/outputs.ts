// What Generate leaves in a workbook on the runtime harness, for the tests that check it came
// through whole: each output's contents (charts and page breaks included) and the run its
// completeness mark names.
import { COMPLETE_MARK, parseCompleteMark } from "../../src/excel/marks";
import type { SheetSnapshot } from "../excel-host";
import type { installRuntimeWith } from "./host";

type Installed = ReturnType<typeof installRuntimeWith>;

/** The outputs' contents as Excel shows them, charts and page breaks included, without what differs by sheet id. */
export function outputsOf(
  run: Installed,
  outputs: string[],
): Array<(Omit<SheetSnapshot, "name"> & { charts: unknown[]; rowBreaks: number[] }) | null> {
  const names = run.host.sheetNames();
  return outputs.map((name) => {
    if (!names.includes(name)) return null;
    const sheet: Partial<SheetSnapshot> = run.host.snapshotSheet(name);
    delete sheet.name;
    return { ...(sheet as Omit<SheetSnapshot, "name">), charts: run.host.charts(name), rowBreaks: run.host.rowBreaks(name) };
  });
}

/** The run id each output's completeness mark names (null: no mark or no sheet); a mark must name its own sheet. */
export function runIdsOf(run: Installed, outputs: string[]): Array<string | null> {
  return outputs.map((name, index) => {
    const sheet = run.core.state.sheets.find((s) => s.name === name);
    const formula = sheet?.names?.find((n) => n.name === COMPLETE_MARK)?.formula;
    if (formula === undefined) return null;
    // `="<run id>|<index>|…"`: the mark must name this sheet as that run's output.
    const mark = parseCompleteMark(formula.replace(/^="|"$/g, ""));
    expect(mark).toMatchObject({ index, count: outputs.length, final: name });
    return mark?.runId ?? null;
  });
}
