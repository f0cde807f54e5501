// The submission letter (`Tờ trình`, spec §8.1) the leader unit sends to the province with the
// minutes and the list, written when the conference's decisions stand: to whom, on what grounds,
// what the cluster did, one numbered line per decided award with its votes, and the closing,
// signed by the cluster's leader, with where it goes.
import type { BuildOptions, Evaluation, SheetLayout } from "../model/types";
import {
  nonBlank,
  paperDate,
  paperDraft,
  paperLayout,
  paperYear,
  shortDate,
  signatureName,
  votingMethodOf,
  writePaperHead,
  writeRecipients,
  writeSignature,
  writeSubmissionBody,
} from "./papers";
import { OUTPUT_SHEET_NAMES, PAPERS_TEXT, awardName } from "../words";

/**
 * The Submission sheet; null when the conference took no decision that stands, or decided no award.
 * @example buildSubmissionSheet(evaluation, { date })?.name === "Tờ trình"
 */
export function buildSubmissionSheet(evaluation: Evaluation, options: BuildOptions): SheetLayout | null {
  const conference = evaluation.conference;
  if (!conference || !conference.decided) return null;
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const decided = (["flag", "certificate"] as const).flatMap((award) =>
    evaluation.report.units.filter((u) => u.decision === award && u.votes).map((unit) => ({ award, unit })),
  );
  const awards = [...new Set(decided.map((d) => d.award))].map((award) => awardName(award, language, evaluation.settings));
  if (awards.length === 0) return null;

  const draft = paperDraft(OUTPUT_SHEET_NAMES[language].submission);
  let row = writePaperHead(draft, evaluation, options, {
    code: "TTr",
    number: conference.submissionNo,
    kind: text.kinds.submission,
    subject: text.submissionSubject(awards, paperYear(evaluation, options)),
  });
  const date = shortDate(paperDate(evaluation, options));
  const cluster = evaluation.settings.clusterName ?? evaluation.report.cluster ?? "";
  const listed = evaluation.settings.units?.length ?? evaluation.report.units.length;
  const ranked = evaluation.report.units.filter((u) => u.status === "ranked").length;
  const method = votingMethodOf(conference, language);
  row = writeSubmissionBody(draft, row, evaluation, {
    minutesGround: text.minutesGround(conference.minutesNo, date),
    intro: text.submissionParagraph(cluster, listed, ranked, date, method),
    awards: decided.map(({ award, unit }) => ({ award, unit: unit.unit, votes: unit.votes! })),
  });

  // Decree 30: `Nơi nhận` at the bottom left, beside the signature.
  const leader = nonBlank(evaluation.settings.leaderUnit);
  writeSignature(draft, row, "right", text.leaderTitle, leader ? [leader.toLocaleUpperCase("vi")] : [], signatureName(conference.chair));
  writeRecipients(draft, row, evaluation);

  return paperLayout(draft);
}
