// The province's desk in the pane (spec §9.3), *Add clusters' results*: the clusters' summary
// files the Board's staff pick are read here (each one's report from its custom XML part, §9.1,
// and its sheets for whether it is stale), the core's desk runs on them and on the open
// workbook's Settings and `Hội đồng` sheet (the council's votes), and `Các cụm`, `Đề nghị`,
// `Hội đồng` (and after the council's votes its minutes and submission) are written in the same
// three syncs as a Generate, through the same replacement protocol (replacement.ts), as the
// desk's own family of outputs: neither writer touches the other's sheets.
import { clusterInputOf, evaluateProvince, PROVINCE_SHEETS, provinceIssueMessageIn } from "../core";
import type { CalendarDate, ClusterInput, Language } from "../core";
import { summaryFromBase64 } from "../xlsx/base64";
import { detectFeatures, type ExcelFeatures } from "./features";
import { queueMarks, readMarks } from "./marks";
import { isTemporary, outputNames } from "./outputSheets";
import { beginRun, endRun, mayTouch } from "./ownership";
import { readSnapshot } from "./read";
import { queueLeftoversFinish, recoverReplacement } from "./recovery";
import { planReplacement, queueReplacement, type ReplacementPlan } from "./replacement";
import { loadSheets, officeLanguage, run, Writes } from "./run";
import type { PickedFile, ProvinceResult } from "./types";

/** What one desk run works with; `plan` is set once its replacement is planned, for the recovery. */
interface DeskRun {
  runId: string;
  language: Language;
  features: ExcelFeatures;
  inputs: ClusterInput[];
  date: CalendarDate;
  plan: ReplacementPlan | null;
}

/** The desk's outputs (§9.3), a family of their own (outputSheets.ts); here, not there, so the ribbon's bundle does not carry them. */
const PROVINCE_OUTPUTS = outputNames(
  (Object.keys(PROVINCE_SHEETS) as Array<keyof typeof PROVINCE_SHEETS>).map((kind) => [
    PROVINCE_SHEETS[kind].labels.vi[0],
    PROVINCE_SHEETS[kind].labels.en[0],
  ]),
);

/** A sheet the desk may write to: one of its outputs (either language's name) or a temporary sheet. */
const writtenByDesk = (name: string) => isTemporary(name) || PROVINCE_OUTPUTS.isOutput(name);

/** The picked summaries as the desk takes them; a file not named .xlsx, or unreadable, has no report (named by the desk). */
export async function clusterInputs(files: PickedFile[]): Promise<ClusterInput[]> {
  const inputs: ClusterInput[] = [];
  for (const file of files) {
    const read = file.base64 !== null && /\.xlsx$/i.test(file.name) ? await summaryFromBase64(file.base64) : null;
    inputs.push(clusterInputOf(file.name, read?.report ?? null, read?.workbook ?? null));
  }
  return inputs;
}

/**
 * Adds the clusters' results to the open workbook: three syncs (names, data, writes); two when no
 * cluster's report could be read, and then nothing is written. After a failure the workbook
 * holds the desk's old sheets or the complete new ones, as after a Generate's.
 */
export async function runAddClusters(files: PickedFile[], options: { date?: CalendarDate } = {}): Promise<ProvinceResult> {
  const now = new Date();
  const at: DeskRun = {
    runId: beginRun(),
    language: officeLanguage(),
    features: detectFeatures(),
    inputs: await clusterInputs(files),
    date: options.date ?? { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    plan: null,
  };
  try {
    return await run(at.language, (context) => addClusters(context, at));
  } catch (error) {
    if (at.plan !== null) await recoverReplacement(at.plan).catch(() => undefined);
    throw error;
  } finally {
    endRun(at.runId);
  }
}

/** The one batch: sync 1 the names, sync 2 the province's sheets (Settings, the council's votes) and marks, sync 3 the writes. */
async function addClusters(context: Excel.RequestContext, at: DeskRun): Promise<ProvinceResult> {
  const sheets = await loadSheets(context, { language: at.language, writes: writtenByDesk });
  const touchable = (name: string) => mayTouch(name, at.runId);
  const leftovers = sheets.some((s) => isTemporary(s.name) && touchable(s.name));
  const queued = queueMarks(sheets, leftovers, touchable, PROVINCE_OUTPUTS);
  const snapshot = await readSnapshot(context, sheets, at.features);
  const marks = await readMarks(context, sheets, queued, leftovers, touchable, PROVINCE_OUTPUTS);
  const desk = evaluateProvince(at.inputs, snapshot, { date: at.date });
  // The sheets are in the workbook's language, as the command line writes them (a link keeps the
  // sheet name written); the messages in the pane's.
  const issues = desk.report.issues.map((issue) => ({ ...issue, message: provinceIssueMessageIn(issue, at.language) }));
  if (desk.clusters.length === 0) return { report: desk.report, issues, sheets: [], files: at.inputs.length };

  const layouts = desk.layouts;
  const allNames = sheets.map((s) => s.name);
  const finish = { features: at.features, layouts, unitSheets: new Set<string>(), touchable, family: PROVINCE_OUTPUTS };
  const writes = new Writes();
  const names = queueLeftoversFinish(writes.context, allNames, marks.complete, finish);
  const plan = planReplacement(at.runId, names, layouts, at.features, [], allNames, PROVINCE_OUTPUTS);
  at.plan = plan;
  const marked = new Set(snapshot.sheets.filter((sheet) => sheet.outputMark === true).map((sheet) => sheet.name));
  await queueReplacement(writes, plan, names, marked);
  await writes.send(true);
  return { report: desk.report, issues, sheets: layouts.map((layout) => layout.name), files: at.inputs.length };
}
