// The minutes of the conference (spec §7.5), written when its decisions stand: who met, where and
// when, the ranking it read, the votes per unit and what it concluded, signed by the secretary
// and the chair.
import { cellRange } from "../model/address";
import type { BuildOptions, ConferenceDetails, Evaluation, Language, SheetLayout, Votes } from "../model/types";
import { CENTERED, leftBlock, nonBlank, rightBlock, writePaperLine, writePaperTable, writePaperTitle, writePaperUnitName } from "./papers";
import { SheetDraft, printSetup } from "./sheet";
import { CLASSIFICATION_WORDS, OUTPUT_SHEET_NAMES, PAPERS_TEXT, awardName, formatNumber, type PapersText } from "../words";

const SCORE_FORMAT = "0.00";

/** `6/7` */
function share(count: number, votes: Votes): string {
  return `${count}/${votes.members}`;
}

/** `85,71%` / `85.71%` */
function percent(count: number, votes: Votes, language: Language): string {
  return `${formatNumber(votes.members > 0 ? (count * 100) / votes.members : 0, language)}%`;
}

/**
 * The Minutes sheet; null when the conference took no decision that stands.
 * @example buildMinutesSheet(evaluation, { date })?.name === "Biên bản"
 */
export function buildMinutesSheet(evaluation: Evaluation, options: BuildOptions): SheetLayout | null {
  const conference = evaluation.conference;
  if (!conference || !conference.decided) return null;
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const draft = new SheetDraft(OUTPUT_SHEET_NAMES[language].minutes);
  let row = writePaperTitle(draft, evaluation, options, text.minutesTitle);
  row = writeMeetingLines(draft, row, text, conference) + 1;
  row = writeRankingRead(draft, row, evaluation) + 1;
  row = writeVotes(draft, row, evaluation) + 1;
  row = writeConclusions(draft, row, evaluation) + 1;

  // The secretary signs on the left, the chair on the right, their names beneath.
  draft.merge(leftBlock(row), text.secretaryTitle, { ...CENTERED, bold: true });
  draft.merge(rightBlock(row), text.chairTitle, { ...CENTERED, bold: true });
  const names = row + 5;
  const secretary = nonBlank(conference.secretary);
  const chair = nonBlank(conference.chair);
  if (secretary) draft.merge(leftBlock(names), secretary, { ...CENTERED, bold: true });
  if (chair) draft.merge(rightBlock(names), chair, { ...CENTERED, bold: true });

  return draft.toLayout({ print: printSetup("portrait", language, null), tabColor: "#1F4E79" });
}

/** When and where the conference met, and who sat; returns the next free row. */
function writeMeetingLines(draft: SheetDraft, top: number, text: PapersText, conference: ConferenceDetails): number {
  let row = top;
  const date = conference.date;
  const keyLines: Array<[string, string | null]> = [
    [text.keys.date, date ? `${pad(date.day)}/${pad(date.month)}/${date.year}` : null],
    [text.keys.venue, conference.venue],
    [text.keys.chair, conference.chair],
    [text.keys.secretary, conference.secretary],
    [text.keys.members, conference.members === null ? null : String(conference.members)],
  ];
  for (const [key, value] of keyLines) writePaperLine(draft, row++, `${key}: ${value ?? ""}`);
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
      draft.set(row, 2, unit.total, { horizontal: "center", numberFormat: SCORE_FORMAT });
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
  return writePaperTable(draft, top, text.votesHeading, [c.no, c.unit, c.flagVotes, c.share, c.certificateVotes, c.share], (first) => {
    let row = first;
    for (const unit of evaluation.report.units) {
      if (!unit.votes) continue;
      draft.set(row, 0, row - first + 1, { horizontal: "center" });
      writePaperUnitName(draft, row, unit.unit);
      draft.set(row, 2, share(unit.votes.flag, unit.votes), { horizontal: "center" });
      draft.set(row, 3, percent(unit.votes.flag, unit.votes, language), { horizontal: "center" });
      draft.set(row, 4, share(unit.votes.certificate, unit.votes), { horizontal: "center" });
      draft.set(row, 5, percent(unit.votes.certificate, unit.votes, language), { horizontal: "center" });
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
      const line = text.conclusion(awardName(award, language, evaluation.settings), unit.unit, share(count, unit.votes));
      writePaperLine(draft, row++, `${++concluded}. ${line}`);
    }
  }
  if (concluded === 0) writePaperLine(draft, row++, text.noDecision);
  return row;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
