// The submission letter (`Tờ trình`, spec §8.1) the leader unit sends to the province with the
// minutes and the list, written when the conference's decisions stand: to whom, on what grounds,
// what the cluster did, one numbered line per decided award with its votes, and the closing,
// signed by the cluster's leader, with where it goes.
import type { BuildOptions, Evaluation, SheetLayout } from "../model/types";
import { DEFAULT_VOTING_METHOD } from "../schema/conference";
import { labelIn } from "../schema/field";
import {
  addresseeOf,
  nonBlank,
  paperDate,
  paperDraft,
  paperYear,
  shortDate,
  signatureName,
  votePercent,
  voteShare,
  writePaperHead,
  writePaperLine,
  writeRecipients,
  writeSignature,
} from "./papers";
import { paperPrintSetup } from "./sheet";
import { OUTPUT_SHEET_NAMES, PAPERS_TEXT, awardName } from "../words";

/** A paragraph's first line starts indented, as Decree 30 writes a body. */
const INDENT = "      ";

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
  const addressee = addresseeOf(evaluation.settings, language);
  writePaperLine(draft, row++, `${text.toLabel} ${addressee}`, { horizontal: "center" });
  row++;

  const date = shortDate(paperDate(evaluation, options));
  for (const ground of evaluation.settings.legalBases ?? [])
    writePaperLine(draft, row++, INDENT + text.groundLine(ground), { italic: true });
  writePaperLine(draft, row++, INDENT + text.minutesGround(conference.minutesNo, date), { italic: true });

  const cluster = evaluation.settings.clusterName ?? evaluation.report.cluster ?? "";
  const listed = evaluation.settings.units?.length ?? evaluation.report.units.length;
  const ranked = evaluation.report.units.filter((u) => u.status === "ranked").length;
  const method = nonBlank(conference.votingMethod) ?? labelIn(DEFAULT_VOTING_METHOD, language);
  writePaperLine(draft, row++, INDENT + text.submissionParagraph(cluster, listed, ranked, date, method));
  decided.forEach(({ award, unit }, index) => {
    const votes = unit.votes!;
    const count = award === "flag" ? votes.flag : votes.certificate;
    const line = text.submissionAward(
      index + 1,
      unit.unit,
      awardName(award, language, evaluation.settings),
      voteShare(count, votes),
      votePercent(count, votes, language),
    );
    writePaperLine(draft, row++, INDENT + line);
  });
  writePaperLine(draft, row++, INDENT + text.attached, { italic: true });
  writePaperLine(draft, row++, INDENT + text.submissionClosing(addressee));
  row++;

  // Decree 30: `Nơi nhận` at the bottom left, beside the signature.
  const leader = nonBlank(evaluation.settings.leaderUnit);
  writeSignature(draft, row, "right", text.leaderTitle, leader ? [leader.toLocaleUpperCase("vi")] : [], signatureName(conference.chair));
  writeRecipients(draft, row, evaluation);

  return draft.toLayout({ print: paperPrintSetup(), tabColor: "#1F4E79" });
}
