// The list of award nominations the leader unit sends to the province (spec §7.5): at a year
// review with any award, one block per award, the decided awards when the conference's decisions
// stand, else the proposals (units left to a vote listed under their award, marked so).
import type { BuildOptions, Evaluation, SheetLayout, UnitResult } from "../model/types";
import {
  CENTERED,
  nonBlank,
  paperDraft,
  paperLayout,
  signatureName,
  writePaperHead,
  writePaperTable,
  writePaperUnitName,
  writeSignature,
} from "./papers";
import { scoreFormat } from "./sheet";
import { CLASSIFICATION_WORDS, OUTPUT_SHEET_NAMES, PAPERS_TEXT, awardName } from "../words";

interface Nominee {
  unit: UnitResult;
  /** `n/m` when decided, `bỏ phiếu` when left to a vote, else null. */
  votes: string | null;
}

/** The units under each award, in report (rank) order. */
function nominees(evaluation: Evaluation): Record<"flag" | "certificate", Nominee[]> {
  const decided = evaluation.conference?.decided === true;
  const toVote = PAPERS_TEXT[evaluation.report.language].toVote;
  const lists: Record<"flag" | "certificate", Nominee[]> = { flag: [], certificate: [] };
  for (const unit of evaluation.report.units) {
    if (decided) {
      if ((unit.decision === "flag" || unit.decision === "certificate") && unit.votes) {
        const count = unit.decision === "flag" ? unit.votes.flag : unit.votes.certificate;
        lists[unit.decision].push({ unit, votes: `${count}/${unit.votes.members}` });
      }
    } else if (unit.award === "flag" || unit.award === "certificate") {
      lists[unit.award].push({ unit, votes: null });
    } else if (unit.award === "vote-flag") {
      lists.flag.push({ unit, votes: toVote });
    } else if (unit.award === "vote-certificate") {
      lists.certificate.push({ unit, votes: toVote });
    }
  }
  return lists;
}

/**
 * The Nominations sheet; null unless the review is a year review and some unit has an award.
 * @example buildNominationsSheet(evaluation, { date })?.name === "Đề nghị khen thưởng"
 */
export function buildNominationsSheet(evaluation: Evaluation, options: BuildOptions): SheetLayout | null {
  if (evaluation.report.reviewKind !== "year") return null;
  const lists = nominees(evaluation);
  if (lists.flag.length === 0 && lists.certificate.length === 0) return null;
  const language = evaluation.report.language;
  const text = PAPERS_TEXT[language];
  const draft = paperDraft(OUTPUT_SHEET_NAMES[language].nominations);
  const report = evaluation.report;
  let row = writePaperHead(draft, evaluation, options, {
    code: "DS",
    number: null,
    kind: text.kinds.nominations,
    subject: text.nominationsSubject(report.period, evaluation.settings.clusterName ?? report.cluster),
  });

  let block = 0;
  for (const award of ["flag", "certificate"] as const) {
    if (lists[award].length === 0) continue;
    const heading = `${++block}. ${awardName(award, language, evaluation.settings)}`;
    const c = text.columns;
    const labels = [c.no, c.unit, c.total, c.rank, c.classification, c.votes];
    row = writePaperTable(draft, row, heading, labels, (first) => {
      lists[award].forEach(({ unit, votes }, index) => {
        const at = first + index;
        draft.set(at, 0, index + 1, { horizontal: "center" });
        writePaperUnitName(draft, at, unit.unit);
        draft.set(at, 2, unit.total, { horizontal: "center", numberFormat: scoreFormat(language) });
        draft.set(at, 3, unit.rank, { horizontal: "center" });
        draft.set(at, 4, unit.classification ? CLASSIFICATION_WORDS[language][unit.classification] : null, CENTERED);
        draft.set(at, 5, votes, { horizontal: "center", italic: votes === text.toVote });
      });
      return first + lists[award].length;
    });
    row++;
  }

  // The leader unit signs: the title, the unit, room to sign, the signer's name only (§8.1).
  const leader = nonBlank(evaluation.settings.leaderUnit);
  writeSignature(
    draft,
    row,
    "right",
    text.leaderTitle,
    leader ? [leader.toLocaleUpperCase("vi")] : [],
    signatureName(evaluation.settings.signedBy),
  );

  return paperLayout(draft);
}
