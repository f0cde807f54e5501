// What the conference's three papers share (spec §7.5, §8.1): six portrait columns filling an A4
// page inside Decree 30's margins, Times New Roman 13 pt (tables 12 pt), the state's header (the
// bodies and the number line on the left, the national motto and the date line on the right), the
// kind of paper over its subject, bordered tables, signature blocks with the name only, and
// `Nơi nhận` at the bottom left.
import { cellRange } from "../model/address";
import type { CalendarDate } from "../model/dates";
import { normalizeLabel } from "../model/text";
import type {
  BuildOptions,
  CellRange,
  CellStyle,
  ConferenceDetails,
  Language,
  OutputValue,
  Report,
  Settings,
  SheetLayout,
  Votes,
} from "../model/types";
import { DEFAULT_VOTING_METHOD } from "../schema/conference";
import { labelIn } from "../schema/field";
import { SheetDraft, heightForLines, paperPrintSetup, upper, wrappedLines } from "./sheet";
import { PAPERS_TEXT, SUMMARY_TEXT, awardName, dateLine, formatNumber, type PaperCode } from "../words";

/** Decree 30: body text 13–14 pt; a table may use 12 pt, the recipients 11 pt. */
const BODY_SIZE = 13;
const TABLE_SIZE = 12;
const RECIPIENTS_SIZE = 11;
const KIND_SIZE = 14;
/**
 * Six columns filling the 163 mm (616 px) between the margins (Excel's column of width w is
 * w × 7 + 5 pixels), so "one page wide" does not shrink the type: no., unit, then four narrow ones.
 */
const PAPER_WIDTHS = [6, 34, 11, 11, 11, 10];
const PAPER_LAST_COL = PAPER_WIDTHS.length - 1;
/** A paragraph's first line starts indented, as Decree 30 writes a body. */
const INDENT = "      ";
/** The papers' tab colour, the dark blue of the Summary's. */
const PAPER_TAB_COLOR = "#1F4E79";
/** Rows left blank for the signature between a title and the name. */
const SIGNING_ROWS = 4;
export const CENTERED: CellStyle = { horizontal: "center", wrap: true };
export const TABLE_CELL: CellStyle = { fontSize: TABLE_SIZE };

/**
 * What a paper is written from: a cluster's evaluation, or the province council's meeting (§9.3),
 * which has Settings and a meeting but no units of its own.
 */
export interface PaperSource {
  report: Pick<Report, "language" | "cluster" | "period">;
  settings: Settings;
  conference?: Pick<ConferenceDetails, "date"> | null;
  /** The paper's own `Nơi nhận` when Settings name none; a cluster's default (§8.1) when absent. */
  recipients?: readonly string[];
}

const fullWidth = (row: number): CellRange => cellRange(row, 0, row, PAPER_LAST_COL);
export const leftBlock = (row: number): CellRange => cellRange(row, 0, row, 1);
export const rightBlock = (row: number): CellRange => cellRange(row, 2, row, PAPER_LAST_COL);
const LEFT_WIDTH = PAPER_WIDTHS[0] + PAPER_WIDTHS[1];
const RIGHT_WIDTH = PAPER_WIDTHS.slice(2).reduce((a, b) => a + b, 0);

/** A paper's draft: its columns, and 13 pt Times New Roman for every cell not styled otherwise. */
export function paperDraft(name: string): SheetDraft {
  const draft = new SheetDraft(name, { fontName: "Times New Roman", fontSize: BODY_SIZE, vertical: "center" });
  PAPER_WIDTHS.forEach((width, col) => draft.width(col, width));
  return draft;
}

/** A finished paper: Decree 30's page (paperPrintSetup) and the papers' tab colour. */
export function paperLayout(draft: SheetDraft): SheetLayout {
  return draft.toLayout({ print: paperPrintSetup(), tabColor: PAPER_TAB_COLOR });
}

/** The height of `text` wrapped in `width` characters at `size` pt (the estimate is for 12 pt). */
function heightAt(text: string, width: number, size: number): number {
  const scale = size / 12;
  return Math.round(heightForLines(wrappedLines(text, width / scale)) * scale * 4) / 4;
}

/** The date the papers carry: the conference's, else Settings' `Ngày lập`, else today (§7.4). */
export function paperDate(evaluation: PaperSource, options: BuildOptions): CalendarDate {
  return evaluation.conference?.date ?? evaluation.settings.datePrepared ?? options.date;
}

/** `15/01/2025`, the date inside a sentence. */
export function shortDate(date: CalendarDate): string {
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** What heads a paper: its number, its kind (`BIÊN BẢN`) and its one-line subject. */
export interface PaperHead {
  code: PaperCode;
  number: string | null;
  kind: string;
  subject: string;
  /** The issuer's code in the number line: the cluster's `CTĐ` unless given (the council's, §9.3). */
  issuer?: string;
}

/**
 * Decree 30's header, then the kind of paper over its subject, centred; returns the next free row.
 * @example writePaperHead(draft, evaluation, options, { code: "BB", number: null, kind: "BIÊN BẢN", subject }) === 7
 */
export function writePaperHead(draft: SheetDraft, evaluation: PaperSource, options: BuildOptions, head: PaperHead): number {
  const language = evaluation.report.language;
  const settings = evaluation.settings;
  const heading = SUMMARY_TEXT[language].nationalHeading;
  const small: CellStyle = { ...CENTERED, fontSize: TABLE_SIZE };
  const issuer = upper(settings.clusterName ?? evaluation.report.cluster);
  draft.merge(leftBlock(0), upper(settings.parentBody), small);
  draft.merge(leftBlock(1), issuer, { ...small, bold: true });
  draft.merge(leftBlock(2), PAPERS_TEXT[language].numberLine(head.number, head.code, head.issuer), { ...CENTERED, fontSize: BODY_SIZE });
  if (heading) {
    draft.merge(rightBlock(0), heading.country, { ...small, bold: true });
    draft.merge(rightBlock(1), heading.motto, { ...CENTERED, bold: true, underline: true });
  }
  const place = dateLine(language, settings.place, paperDate(evaluation, options));
  draft.merge(rightBlock(2), place, { ...CENTERED, italic: true });
  const topLines = Math.max(wrappedLines(issuer ?? "", LEFT_WIDTH), wrappedLines(heading?.country ?? "", RIGHT_WIDTH));
  draft.height(1, heightForLines(topLines));
  draft.height(2, Math.max(heightAt(place, RIGHT_WIDTH, BODY_SIZE), 22));
  draft.merge(fullWidth(4), head.kind, { horizontal: "center", bold: true, fontSize: KIND_SIZE });
  draft.height(4, 21);
  draft.merge(fullWidth(5), head.subject, { ...CENTERED, bold: true });
  draft.height(5, heightAt(head.subject, widthOfPage(), BODY_SIZE));
  return 7;
}

function widthOfPage(): number {
  return PAPER_WIDTHS.reduce((a, b) => a + b, 0);
}

/** A header row, bold; the caller borders the table. */
function writePaperHeader(draft: SheetDraft, row: number, labels: OutputValue[]): void {
  const style: CellStyle = { bold: true, horizontal: "center", vertical: "center", wrap: true, fontSize: TABLE_SIZE };
  labels.forEach((label, col) => draft.set(row, col, label, style));
  const lines = Math.max(1, ...labels.map((l, col) => (typeof l === "string" ? wrappedLines(l, PAPER_WIDTHS[col]) : 1)));
  draft.height(row, heightForLines(lines));
}

/**
 * A section of a paper: its bold heading line, then a bordered 12 pt table whose header row is
 * `labels` and whose rows `writeRows` writes from the row it is given, returning the row after
 * its last. Returns the next free row.
 */
export function writePaperTable(
  draft: SheetDraft,
  top: number,
  heading: string,
  labels: OutputValue[],
  writeRows: (first: number) => number,
): number {
  writePaperLine(draft, top, heading, { bold: true });
  writePaperHeader(draft, top + 1, labels);
  const end = writeRows(top + 2);
  draft.style(cellRange(top + 1, 0, end - 1, PAPER_LAST_COL), { border: true, fontSize: TABLE_SIZE });
  return end;
}

/**
 * A line across the page, left-aligned, as tall as its text needs. The height is estimated on the
 * safe side (a line that fits may be given two), so the text sits at the top: spare height falls
 * below it, not between it and the line above.
 */
export function writePaperLine(draft: SheetDraft, row: number, value: string, style: CellStyle = {}): void {
  draft.merge(fullWidth(row), value, { horizontal: "left", vertical: "top", wrap: true, ...style });
  draft.height(row, heightAt(value, widthOfPage(), style.fontSize ?? BODY_SIZE));
}

/** A table row's unit name in the second column, the row as tall as the name needs (at least 22 pt). */
export function writePaperUnitName(draft: SheetDraft, row: number, name: string): void {
  draft.set(row, 1, name, { horizontal: "left", wrap: true });
  draft.height(row, Math.max(22, heightForLines(wrappedLines(name, PAPER_WIDTHS[1]))));
}

export function nonBlank(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value.trim();
}

/**
 * The name a signature block prints (§8.1): the value up to its first ` - ` or `,`, without a
 * leading `Ông` / `Bà`; null when blank.
 * @example signatureName("Bà Lê Thị Hoa - Chánh Văn phòng Công ty TNHH Lam Sơn") === "Lê Thị Hoa"
 */
export function signatureName(value: string | null): string | null {
  const whole = nonBlank(value);
  if (!whole) return null;
  const cut = whole.split(/ - |,/)[0].trim();
  return nonBlank(cut.replace(/^(ông|bà)\s+/i, ""));
}

/**
 * A signature block on the left or right half: the title bold, the lines under it (the unit)
 * italic, room to sign, then the name only, bold. Returns the row after the name.
 */
export function writeSignature(
  draft: SheetDraft,
  top: number,
  side: "left" | "right",
  title: string,
  lines: string[],
  name: string | null,
): number {
  const block = side === "left" ? leftBlock : rightBlock;
  let row = top;
  draft.merge(block(row++), title, { ...CENTERED, bold: true });
  for (const line of lines) draft.merge(block(row++), line, { ...CENTERED, bold: true });
  row += SIGNING_ROWS;
  if (name) draft.merge(block(row), name, { ...CENTERED, bold: true });
  return row + 1;
}

/**
 * The end of a meeting's minutes (§8.1): the closing line, then the secretary's signature on the
 * left and the chair's on the right (names only), then `Nơi nhận` under the longer of the two.
 */
export function writeMinutesEnd(
  draft: SheetDraft,
  top: number,
  source: PaperSource,
  meeting: Pick<ConferenceDetails, "endedAt" | "secretary" | "chair">,
): void {
  const text = PAPERS_TEXT[source.report.language];
  writePaperLine(draft, top, text.closingLine(meeting.endedAt));
  const row = top + 2;
  const left = writeSignature(draft, row, "left", text.secretaryTitle, [], signatureName(meeting.secretary));
  const right = writeSignature(draft, row, "right", text.chairTitle, [], signatureName(meeting.chair));
  writeRecipients(draft, Math.max(left, right) + 1, source);
}

/** Settings' `Nơi nhận`, else the paper's own default, else a cluster's (§8.1). */
function recipientsOf(source: PaperSource, language: Language): readonly string[] {
  const listed = (source.settings.recipients ?? []).map((r) => r.trim()).filter((r) => r !== "");
  return listed.length > 0 ? listed : (source.recipients ?? PAPERS_TEXT[language].defaultRecipients);
}

/**
 * `Nơi nhận:` bold italic 12 pt at the bottom left, then one recipient a line, 11 pt, each after
 * a dash, the last closed with a full stop. Returns the row after the last.
 */
export function writeRecipients(draft: SheetDraft, top: number, evaluation: PaperSource): number {
  const language = evaluation.report.language;
  draft.merge(leftBlock(top), PAPERS_TEXT[language].recipientsTitle, {
    horizontal: "left",
    bold: true,
    italic: true,
    fontSize: TABLE_SIZE,
  });
  const recipients = recipientsOf(evaluation, language);
  recipients.forEach((recipient, i) => {
    const line = `- ${recipient}${i === recipients.length - 1 ? "." : ";"}`;
    draft.merge(leftBlock(top + 1 + i), line, { horizontal: "left", vertical: "top", wrap: true, fontSize: RECIPIENTS_SIZE });
    draft.height(top + 1 + i, heightAt(line, LEFT_WIDTH, RECIPIENTS_SIZE));
  });
  return top + 1 + recipients.length;
}

/** `Kính gửi`: Settings' value, else the chairman of the province, named in a Thanh Hóa workbook (§8.1). */
export function addresseeOf(settings: Pick<Settings, "addressee" | "parentBody" | "place">, language: Language): string {
  const given = nonBlank(settings.addressee);
  if (given) return given;
  const thanhHoa = [settings.parentBody, settings.place].some((v) => v !== null && normalizeLabel(v).includes(normalizeLabel("Thanh Hóa")));
  return PAPERS_TEXT[language].defaultAddressee(thanhHoa);
}

/** How the meeting voted, as its sheet says, else the default way (§7.4). */
export function votingMethodOf(meeting: Pick<ConferenceDetails, "votingMethod">, language: Language): string {
  return nonBlank(meeting.votingMethod) ?? labelIn(DEFAULT_VOTING_METHOD, language);
}

/** `6/7` */
export function voteShare(count: number, votes: Votes): string {
  return `${count}/${votes.members}`;
}

/** The share of the members' votes, 0 to 1: a number the minutes' table formats as a percent. */
export function voteFraction(count: number, votes: Votes): number {
  return votes.members > 0 ? count / votes.members : 0;
}

/** `85,71%` / `85.71%`, for a sentence (the submission's lines); a table cell takes voteFraction. */
export function votePercent(count: number, votes: Votes, language: Language): string {
  return `${formatNumber(voteFraction(count, votes) * 100, language)}%`;
}

/** The year of the review: the period's four digits, else the paper's date's year. */
export function paperYear(evaluation: PaperSource, options: BuildOptions): number {
  const found = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(evaluation.report.period ?? "");
  return found ? Number(found[1]) : paperDate(evaluation, options).year;
}

/**
 * What a submission (`Tờ trình`) says of its own between its head and its signature: the minutes
 * it rests on, what the sender did, and each award decided with its votes.
 */
export interface SubmissionBody {
  /** The line citing the minutes (its number code is the sender's). */
  minutesGround: string;
  /** The paragraph on what the sender did before the numbered awards. */
  intro: string;
  awards: ReadonlyArray<{ award: "flag" | "certificate"; unit: string; votes: Votes }>;
}

/**
 * A submission's body (§8.1): `Kính gửi` (addresseeOf), the grounds italic, the intro, one numbered line per
 * award with its votes, the papers attached and the closing; returns the row after a blank one,
 * where the signature goes. The cluster's and the province council's submissions both write it.
 */
export function writeSubmissionBody(draft: SheetDraft, top: number, source: PaperSource, body: SubmissionBody): number {
  const language = source.report.language;
  const settings = source.settings;
  const text = PAPERS_TEXT[language];
  const addressee = addresseeOf(settings, language);
  let row = top;
  writePaperLine(draft, row++, `${text.toLabel} ${addressee}`, { horizontal: "center" });
  row++;
  for (const ground of settings.legalBases ?? []) writePaperLine(draft, row++, INDENT + text.groundLine(ground), { italic: true });
  writePaperLine(draft, row++, INDENT + body.minutesGround, { italic: true });
  writePaperLine(draft, row++, INDENT + body.intro);
  body.awards.forEach(({ award, unit, votes }, index) => {
    const count = award === "flag" ? votes.flag : votes.certificate;
    const line = text.submissionAward(
      index + 1,
      unit,
      awardName(award, language, settings),
      voteShare(count, votes),
      votePercent(count, votes, language),
    );
    writePaperLine(draft, row++, INDENT + line);
  });
  writePaperLine(draft, row++, INDENT + text.attached, { italic: true });
  writePaperLine(draft, row++, INDENT + text.submissionClosing(addressee));
  return row + 1;
}
