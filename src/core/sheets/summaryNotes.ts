// The Summary's notes column and the standing notes the pane shows too (spec §7.6): why a unit is
// not ranked, or what holds a ranked one back.
import type { Language, Report, Settings, UnitEvaluation, UnitResult } from "../model/types";
import { differsFromProposal } from "../score/conference";
import { RULE_NAMES, SUMMARY_TEXT, decisionName, formatNumber } from "../words";
import { groupPointsTotal } from "./groups";

/**
 * The notes cell, kept short (§7.6): why a unit is not ranked (its first error in words, with
 * its cell and the count of the others), ties, what holds it back from an award or from
 * Excellent, the conversion of its points, an award awaiting verification. Warning counts are
 * left to the Issues sheet.
 * @example unitNotes(unitMissingItsSheet, "vi") === 'thiếu trang tính "Sông Chu" (Thiết lập!C24); 1 lỗi khác'
 */
export function unitNotes(
  unit: UnitEvaluation,
  language: Language,
  settings?: Settings,
  report?: Pick<Report, "reviewKind" | "complete">,
): string | null {
  const text = SUMMARY_TEXT[language];
  const result = unit.result;
  const parts: string[] = [];
  if (result.status === "not-ranked") {
    const firstError = unit.issues.find((issue) => issue.severity === "error");
    const errorCount = Math.max(result.errors, firstError ? 1 : 0);
    if (errorCount === 0 || !firstError) {
      parts.push(errorCount === 0 ? text.setupInvalid : text.errors(errorCount));
    } else {
      const named = firstError.rule === "missing-sheet" ? ` "${result.sheet}"` : "";
      const sheet = firstError.sheet !== null && firstError.sheet !== result.sheet ? `${firstError.sheet}!` : "";
      const where = firstError.cell ? ` (${sheet}${firstError.cell})` : "";
      parts.push(`${RULE_NAMES[language][firstError.rule]}${named}${where}`);
      if (errorCount > 1) parts.push(text.otherErrors(errorCount - 1));
    }
  } else {
    if (result.tied) parts.push(text.tied);
    // What the conference decided comes first: it is the row's conclusion (§8.2).
    const decided = decisionNote(result, language, settings);
    if (decided !== null) parts.push(decided);
    parts.push(...standingNotes(result, language, settings, report));
    if (result.notApplicable.length > 0 && result.groups) {
      const earned = groupPointsTotal(result.groups);
      parts.push(text.convertedFrom(formatNumber(earned, language), formatNumber(result.applicableMax, language)));
    }
    // The award that stands: the conference's where it decided, else the proposal's (§8.2).
    const standing = result.decision !== null ? result.decision !== "none" : result.award !== null;
    const awaiting = settings?.verificationRequired && standing && unit.issues.some((i) => i.rule === "not-verified");
    if (awaiting) parts.push(text.awaitingVerification);
  }
  return parts.length === 0 ? null : parts.join("; ");
}

/**
 * What holds a ranked unit back from an award or from Excellent: a disqualifying criterion, the
 * award quota used up, or (with the settings) a missed plan target on an Excellent total. The
 * pane shows these too.
 * @example standingNotes({ …, total: 95, allTargetsMet: false }, "en", settings) // ["Excellent on points, but …"]
 */
export function standingNotes(
  result: UnitResult,
  language: Language,
  settings?: Settings,
  report?: Pick<Report, "reviewKind" | "complete">,
): string[] {
  const text = SUMMARY_TEXT[language];
  const notes: string[] = [];
  if (result.disqualified) notes.push(text.excludedFromAwards);
  const excellentOnPoints = settings !== undefined && result.total !== null && result.total >= settings.thresholds.excellent - 1e-9;
  if (excellentOnPoints && !result.disqualified && settings.excellentRequiresAllTargets && !result.allTargetsMet)
    notes.push(text.targetsNotMet);
  // An Excellent unit with no award where awards were handed out: the quotas ran out (§7.6).
  const awardsGiven = report !== undefined && report.reviewKind === "year" && report.complete;
  // An award the conference decided overrides the quota (§8.2).
  const awardDecided = result.decision === "flag" || result.decision === "certificate";
  if (awardsGiven && result.classification === "excellent" && result.award === null && !awardDecided) notes.push(text.quotaUsed);
  return notes;
}

/**
 * A decision with its votes, as the Notes and the terminal state it (§8.2): an award with the
 * votes it had; a `Không` with the votes for the award proposed (else the one with more votes).
 * @example decisionText({ …, award: "certificate", decision: "none", votes: { flag: 0, certificate: 1, members: 5 } }, "vi") === "Không (1/5 phiếu)"
 */
export function decisionText(result: UnitResult, language: Language, settings?: Pick<Settings, "flagName" | "certificateName">): string {
  const { decision, award, votes } = result;
  const proposed = award && (award.endsWith("flag") ? "flag" : "certificate");
  const counted = decision !== "none" ? decision : (proposed ?? (votes && votes.flag > votes.certificate ? "flag" : "certificate"));
  return decisionName(decision ?? "none", votes, language, settings, counted);
}

/**
 * What the conference decided, when the Notes must say it (§8.2): a decision that differs from
 * the score-based proposal, with its votes, and a `Không` that had votes; null otherwise.
 * @example decisionNote({ …, award: null, decision: "certificate", votes: { flag: 0, certificate: 5, members: 7 } }, "en")
 *   === "Conference decided Certificate of Merit of the Provincial Chairman (5/7 votes), not the score-based proposal"
 */
export function decisionNote(
  result: UnitResult,
  language: Language,
  settings?: Pick<Settings, "flagName" | "certificateName">,
): string | null {
  const { decision, votes } = result;
  if (decision === null) return null;
  const differs = differsFromProposal(decision, result.award);
  if (!differs && !(decision === "none" && votes && votes.flag + votes.certificate > 0)) return null;
  const text = SUMMARY_TEXT[language];
  const decided = text.decided + " " + decisionText(result, language, settings);
  return differs ? decided + ", " + text.notProposed : decided;
}
