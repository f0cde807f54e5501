// The minutes of the conference (spec §7.5, §8.1), written when its decisions stand: the state's
// header, who met, where and when, who attended for each unit, how they voted, the ranking read,
// the votes per unit and what it concluded, the closing line, signed by the secretary and the
// chair, and where the minutes go.
import { cellRange } from "../model/address";
import type { BuildOptions, CellStyle, ConferenceDetails, Evaluation, SheetLayout } from "../model/types";
import {
  CENTERED,
  nonBlank,
  paperDate,
  paperDraft,
  paperLayout,
  shortDate,
  voteFraction,
  voteShare,
  votingMethodOf,
  writeMinutesEnd,
  writePaperHead,
  writePaperLine,
  writePaperTable,
  writePaperUnitName,
} from "./papers";
import { SheetDraft, percentFormat, scoreFormat } from "./sheet";
import { CLASSIFICATION_WORDS, OUTPUT_SHEET_NAMES, PAPERS_TEXT, awardName } from "../words";

/**
 * The Minutes sheet; null when the conference took no decision that stands.
 * @example buildMinutesSheet(evaluation, { date })?.name === "Biên bản"
 */
export function buildMinutesSheet(evaluation: Evaluation, options: BuildOptions): SheetLayout | null {
  const conference = evaluation.conference;
  if (!conference || !conference.decided) return null;
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const draft = paperDraft(OUTPUT_SHEET_NAMES[language].minutes);
  const report = evaluation.report;
  let row = writePaperHead(draft, evaluation, options, {
    code: "BB",
    number: conference.minutesNo,
    kind: text.kinds.minutes,
    subject: text.minutesSubject(report.period, evaluation.settings.clusterName ?? report.cluster),
  });
  row = writeMeetingLines(draft, row, evaluation, options, conference) + 1;
  row = writeRankingRead(draft, row, evaluation) + 1;
  row = writeVotes(draft, row, evaluation) + 1;
  row = writeConclusions(draft, row, evaluation);
  writeMinutesEnd(draft, row, evaluation, conference);
  return paperLayout(draft);
}

/** When and where the conference met, who sat, who attended for each unit, how it voted; returns the next free row. */
function writeMeetingLines(
  draft: SheetDraft,
  top: number,
  evaluation: Evaluation,
  options: BuildOptions,
  conference: ConferenceDetails,
): number {
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  let row = top;
  writePaperLine(draft, row++, text.timeLine(conference.startedAt, shortDate(paperDate(evaluation, options))));
  const keyLines: Array<[string, string | null]> = [
    [text.keys.venue, conference.venue],
    [text.keys.chair, conference.chair],
    [text.keys.secretary, conference.secretary],
  ];
  for (const [key, value] of keyLines) writePaperLine(draft, row++, `${key}: ${value ?? ""}`);
  writePaperLine(draft, row++, text.attendanceHeading);
  for (const unit of conference.attendance) {
    writePaperLine(draft, row++, text.attendanceLine(unit.unit, nonBlank(unit.attending), nonBlank(unit.position)));
  }
  const listed = evaluation.settings.units?.length ?? evaluation.report.units.length;
  writePaperLine(draft, row++, text.membersLine(conference.members, listed));
  const method = votingMethodOf(conference, language);
  writePaperLine(draft, row++, text.votingMethodLine(method));
  return row;
}

/** I. The ranking the conference read; returns the next free row. */
function writeRankingRead(draft: SheetDraft, top: number, evaluation: Evaluation): number {
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const c = text.columns;
  return writePaperTable(draft, top, text.rankingHeading, [c.rank, c.unit, c.total, c.classification, null, null], (first) => {
    draft.merge(cellRange(first - 1, 3, first - 1, 5), c.classification);
    let row = first;
    for (const unit of evaluation.report.units) {
      draft.set(row, 0, unit.rank, { horizontal: "center" });
      writePaperUnitName(draft, row, unit.unit);
      draft.set(row, 2, unit.total, { horizontal: "center", numberFormat: scoreFormat(language) });
      draft.merge(cellRange(row, 3, row, 5), unit.classification ? CLASSIFICATION_WORDS[language][unit.classification] : null, CENTERED);
      row++;
    }
    return row;
  });
}

/** II. The votes per unit, as n/m and percent; returns the next free row. */
function writeVotes(draft: SheetDraft, top: number, evaluation: Evaluation): number {
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const c = text.columns;
  const share: CellStyle = { horizontal: "center", numberFormat: percentFormat(language) };
  return writePaperTable(draft, top, text.votesHeading, [c.no, c.unit, c.flagVotes, c.share, c.certificateVotes, c.share], (first) => {
    let row = first;
    for (const unit of evaluation.report.units) {
      if (!unit.votes) continue;
      draft.set(row, 0, row - first + 1, { horizontal: "center" });
      writePaperUnitName(draft, row, unit.unit);
      draft.set(row, 2, voteShare(unit.votes.flag, unit.votes), { horizontal: "center" });
      // The shares are numbers, formatted in the workbook's language beside the scores (§8.3).
      draft.set(row, 3, voteFraction(unit.votes.flag, unit.votes), share);
      draft.set(row, 4, voteShare(unit.votes.certificate, unit.votes), { horizontal: "center" });
      draft.set(row, 5, voteFraction(unit.votes.certificate, unit.votes), share);
      row++;
    }
    return row;
  });
}

/** III. One line per decided award, flags first; returns the next free row. */
function writeConclusions(draft: SheetDraft, top: number, evaluation: Evaluation): number {
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  let row = top;
  writePaperLine(draft, row++, text.conclusionHeading, { bold: true });
  let concluded = 0;
  for (const award of ["flag", "certificate"] as const) {
    for (const unit of evaluation.report.units) {
      if (unit.decision !== award || !unit.votes) continue;
      const count = award === "flag" ? unit.votes.flag : unit.votes.certificate;
      const line = text.conclusion(awardName(award, language, evaluation.settings), unit.unit, voteShare(count, unit.votes));
      writePaperLine(draft, row++, `${++concluded}. ${line}`);
    }
  }
  if (concluded === 0) writePaperLine(draft, row++, text.noDecision);
  return row;
}
