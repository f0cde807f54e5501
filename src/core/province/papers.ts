// The council's papers (spec §9.3), written once its decisions stand, in the §8.1 format with the
// papers' shared parts (sheets/papers.ts): the minutes of its meeting (who met, the votes per
// nomination, the conclusion, signed by the secretary and the chair) and the submission to the
// Chairman (the grounds, one numbered line per award decided, signed by the council's chair);
// under `Nơi nhận`, the council's own recipients unless the province's Settings list some.
import type { BuildOptions, ConferenceDetails, Settings, SheetLayout, Votes } from "../model/types";
import {
  CENTERED,
  paperDate,
  paperDraft,
  paperLayout,
  shortDate,
  signatureName,
  votePercent,
  voteShare,
  votingMethodOf,
  writeMinutesEnd,
  writePaperHead,
  writePaperLine,
  writePaperTable,
  writePaperUnitName,
  writeRecipients,
  writeSignature,
  writeSubmissionBody,
  type PaperSource,
} from "../sheets/papers";
import { heightForLines, wrappedLines } from "../sheets/sheet";
import { CONFERENCE_TEXT, PAPERS_TEXT, awardName } from "../words";
import { PROVINCE_TEXT } from "../words/province";
import type { ProvinceNomination } from "./types";

/** The council's number code in its papers' number lines (`Số: 5/BB-HĐTĐKT`). */
const COUNCIL_CODE = "HĐTĐKT";

/** What the council's papers are written from. */
export interface CouncilMeeting {
  settings: Settings;
  details: ConferenceDetails;
  nominations: readonly ProvinceNomination[];
  clusters: number;
  year: number | null;
}

/**
 * A paper's source: the province's Settings, the council named as issuer when they name none, and
 * the council's own `Nơi nhận` for that paper when they list none (not a cluster's).
 */
function sourceOf(meeting: CouncilMeeting, paper: "minutes" | "submission"): PaperSource {
  const language = meeting.settings.language;
  const text = PROVINCE_TEXT[language];
  return {
    report: { language, cluster: text.councilBody, period: null },
    settings: { ...meeting.settings, clusterName: meeting.settings.clusterName ?? text.councilBody },
    conference: meeting.details,
    recipients: text.councilRecipients[paper],
  };
}

const shortAward = (decision: "flag" | "certificate" | "none", language: "vi" | "en") =>
  CONFERENCE_TEXT[language].decisions[decision === "flag" ? 0 : decision === "certificate" ? 1 : 2];
const countOf = (award: "flag" | "certificate", votes: Votes) => (award === "flag" ? votes.flag : votes.certificate);
const unitLine = (n: ProvinceNomination) => `${n.unit} (${n.cluster ?? n.file})`;

/**
 * The council's minutes: the header, the meeting's lines, the votes per nomination, the
 * conclusion, the two signatures and `Nơi nhận`.
 * @example buildCouncilMinutes(meeting, { date }).name === "Biên bản Hội đồng"
 */
export function buildCouncilMinutes(meeting: CouncilMeeting, options: BuildOptions): SheetLayout {
  const source = sourceOf(meeting, "minutes");
  const language = source.report.language;
  const text = PAPERS_TEXT[language];
  const words = PROVINCE_TEXT[language];
  const details = meeting.details;
  const draft = paperDraft(words.sheets.minutes);
  let row = writePaperHead(draft, source, options, {
    code: "BB",
    number: details.minutesNo,
    kind: text.kinds.minutes,
    subject: words.councilMinutesSubject(meeting.year),
    issuer: COUNCIL_CODE,
  });
  writePaperLine(draft, row++, text.timeLine(details.startedAt, shortDate(paperDate(source, options))));
  for (const key of ["venue", "chair", "secretary"] as const) {
    const value = details[key];
    if (value) writePaperLine(draft, row++, `${text.keys[key]}: ${value}`);
  }
  const method = votingMethodOf(details, language);
  writePaperLine(draft, row++, text.votingMethodLine(method));
  writePaperLine(draft, row++, words.councilIntro(meeting.nominations.length, meeting.clusters, details.members));
  const c = text.columns;
  const labels = [c.no, c.unit, words.councilColumns.proposed, c.votes, c.share, PROVINCE_TEXT[language].nominationColumns.award];
  row = writePaperTable(draft, row + 1, text.votesHeading, labels, (first) => {
    meeting.nominations.forEach((n, index) => {
      const at = first + index;
      const votes = n.councilVotes;
      const count = votes ? countOf(n.award, votes) : null;
      draft.set(at, 0, index + 1, { horizontal: "center" });
      writePaperUnitName(draft, at, unitLine(n));
      // The Conference sheet's short words (`Cờ thi đua`, `Bằng khen`): the full names do not fit the narrow columns.
      draft.set(at, 2, shortAward(n.award, language), CENTERED);
      draft.height(at, Math.max(heightForLines(2), heightForLines(wrappedLines(unitLine(n), 34))));
      draft.set(at, 3, votes && count !== null ? voteShare(count, votes) : null, { horizontal: "center" });
      draft.set(at, 4, votes && count !== null ? votePercent(count, votes, language) : null, { horizontal: "center" });
      draft.set(at, 5, n.decision ? shortAward(n.decision, language) : null, CENTERED);
    });
    return first + meeting.nominations.length;
  });
  row = writeConclusions(draft, row + 1, meeting, language);
  writeMinutesEnd(draft, row, source, details);
  return paperLayout(draft);
}

/** The awards decided, flags first, each with its votes. */
function decidedAwards(meeting: CouncilMeeting): Array<{ award: "flag" | "certificate"; nomination: ProvinceNomination; votes: Votes }> {
  return (["flag", "certificate"] as const).flatMap((award) =>
    meeting.nominations
      .filter((n) => n.decision === award && n.councilVotes !== null)
      .map((nomination) => ({ award, nomination, votes: nomination.councilVotes as Votes })),
  );
}

function writeConclusions(draft: ReturnType<typeof paperDraft>, top: number, meeting: CouncilMeeting, language: "vi" | "en"): number {
  const text = PAPERS_TEXT[language];
  let row = top;
  writePaperLine(draft, row++, text.conclusionHeading, { bold: true });
  const decided = decidedAwards(meeting);
  if (decided.length === 0) writePaperLine(draft, row++, text.noDecision);
  for (const { award, nomination, votes } of decided) {
    const share = voteShare(countOf(award, votes), votes);
    writePaperLine(draft, row++, `- ${text.conclusion(awardName(award, language, meeting.settings), unitLine(nomination), share)}`);
  }
  return row + 1;
}

/**
 * The submission to the Chairman; null when the council decided no award.
 * @example buildCouncilSubmission(meeting, { date })?.name === "Tờ trình Hội đồng"
 */
export function buildCouncilSubmission(meeting: CouncilMeeting, options: BuildOptions): SheetLayout | null {
  const decided = decidedAwards(meeting);
  if (decided.length === 0) return null;
  const source = sourceOf(meeting, "submission");
  const language = source.report.language;
  const text = PAPERS_TEXT[language];
  const words = PROVINCE_TEXT[language];
  const awards = [...new Set(decided.map((d) => d.award))].map((award) => awardName(award, language, meeting.settings));
  const draft = paperDraft(words.sheets.submission);
  let row = writePaperHead(draft, source, options, {
    code: "TTr",
    number: meeting.details.submissionNo,
    kind: text.kinds.submission,
    subject: words.councilSubmissionSubject(awards.join(language === "vi" ? " và " : " and "), meeting.year),
    issuer: COUNCIL_CODE,
  });
  const date = shortDate(paperDate(source, options));
  row = writeSubmissionBody(draft, row, source, {
    minutesGround: text.minutesGround(meeting.details.minutesNo, date).replace("-CTĐ", `-${COUNCIL_CODE}`),
    intro: words.councilIntro(meeting.nominations.length, meeting.clusters, meeting.details.members),
    awards: decided.map(({ award, nomination, votes }) => ({ award, unit: unitLine(nomination), votes })),
  });
  writeSignature(draft, row, "right", words.councilChairTitle, [], signatureName(meeting.details.chair));
  writeRecipients(draft, row, source);
  return paperLayout(draft);
}
