// Prepare the conference: the Bình xét sheet for the year-end meeting (spec §7.4, issue 12).
import { buildConferenceSheet, CONFERENCE_SHEET_LABELS, nameKey, readyForConference } from "../core";
import { PANE_MESSAGES } from "./errors";
import { detectFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES } from "./read";
import { officeLanguage, run, Writes } from "./run";
import { UserFacingError, type ConferenceResult } from "./types";
import { readAndEvaluate } from "./validate";
import { operationsOf, queueInBatches } from "./write";

/**
 * Adds the Bình xét sheet for the year-end meeting (spec §7.4, issue 12): the ranked units in
 * rank order with blank vote and decision cells. Adds nothing when the workbook has one already
 * (`added: false`, its name). Refuses at a half-year review or while some unit is not ranked.
 */
export async function runPrepareConference(): Promise<ConferenceResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  return run(language, async (context) => {
    const { evaluation, sheets } = await readAndEvaluate(context, features, undefined, { language });
    const labels = CONFERENCE_SHEET_LABELS.map(nameKey);
    const existing = sheets.find((s) => labels.includes(nameKey(s.name)));
    if (existing) return { sheet: existing.name, added: false };
    if (!readyForConference(evaluation)) {
      throw new UserFacingError(PANE_MESSAGES.conferenceNotReady[language](evaluation.report.reviewKind === "half-year"));
    }
    const layout = buildConferenceSheet(evaluation);
    const writes = new Writes();
    const added = writes.context.workbook.worksheets.add(layout.name);
    await queueInBatches(writes, operationsOf([layout], [added], features), PAYLOAD_BUDGET_BYTES);
    added.activate();
    await writes.send(true);
    return { sheet: layout.name, added: true };
  });
}
