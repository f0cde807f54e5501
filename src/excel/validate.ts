// Validate: reads and checks the workbook; writes nothing.
import { evaluateWorkbook } from "../core";
import type { Evaluation } from "../core";
import { detectFeatures, type ExcelFeatures } from "./features";
import { readSnapshot } from "./read";
import { loadSheets, officeLanguage, run, type WriteCheck } from "./run";
import type { RunStage } from "./types";

/** Syncs 1–2: the workbook as the engine's snapshot, evaluated. */
export async function readAndEvaluate(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  onStage?: (s: RunStage) => void,
  check?: WriteCheck,
): Promise<{ evaluation: Evaluation; sheets: Excel.Worksheet[] }> {
  onStage?.("reading");
  const sheets = await loadSheets(context, check);
  const snapshot = await readSnapshot(context, sheets, features);
  onStage?.("checking");
  // Only a check looks at the recorded fingerprint; Generate replaces the summary it would flag.
  return { evaluation: evaluateWorkbook(snapshot, { checkSummary: true }), sheets };
}

/**
 * Reads and checks the workbook; writes nothing.
 * @example const evaluation = await runValidate(); evaluation.report.issues
 */
export async function runValidate(onStage?: (s: RunStage) => void): Promise<Evaluation> {
  const language = officeLanguage();
  const features = detectFeatures();
  const evaluation = await run(language, async (context) => (await readAndEvaluate(context, features, onStage)).evaluation);
  onStage?.("done");
  return evaluation;
}
