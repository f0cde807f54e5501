// The council's vote sheet (spec §9.3): `Hội đồng` holds the Conference sheet's key rows and vote
// columns (§7.4), one row per nomination, and is read by the conference's own reader with the
// council's threshold and quotas from the province's Settings. Writing it again keeps what the
// secretary typed: its key values, and each nomination's votes and decision, found by its unit.
import { cellRange } from "../model/address";
import { sameName } from "../model/text";
import type { CellStyle, CellValue, Language, OutputValue, Settings, SheetLayout, SheetSnapshot } from "../model/types";
import { cellAt, locateKeys, textAt } from "../read/sheet";
import { CONFERENCE_KEYS, type ConferenceColumn, type ConferenceKey } from "../schema/conference";
import { decideAwards, findVotesHeader, readConference, type ConferenceOutcome, type ConferenceUnit } from "../score/conference";
import { HEADER_FILL, INPUT_FILL, KEY_ORDER } from "../sheets/conference";
import { printSetup } from "../sheets/sheet";
import { InputSheetDraft } from "../sheets/inputSheet";
import { CONFERENCE_TEXT, awardName } from "../words";
import { PROVINCE_TEXT } from "../words/province";
import type { ProvinceNomination } from "./types";

// The vote sheet's key rows and fills are the cluster conference sheet's (one vote, one look).
/** The carried columns, in the order written after `STT`, cluster, unit and the award proposed. */
const VOTE_COLUMNS: ConferenceColumn[] = ["flagVotes", "certificateVotes", "decision"];
const KEYS_TOP = 2;
const WIDTHS = [6, 22, 32, 22, 11, 11, 13];
/** A council is bigger than a cluster: its members present are bounded by this, not by the nominations. */
const MOST_COUNCIL_MEMBERS = 999;

/**
 * How the council sheet names a nomination's unit: the unit's name, with its cluster after it when
 * two clusters nominate a unit of that name (so the two rows stay apart).
 */
export function councilUnitName(nomination: ProvinceNomination, all: readonly ProvinceNomination[]): string {
  const twice = all.some((n) => n !== nomination && sameName(n.unit, nomination.unit));
  return twice ? `${nomination.unit} (${nomination.cluster ?? nomination.file})` : nomination.unit;
}

/** The nominations as the conference's reader takes units: the cluster's award is the proposal. */
function councilUnits(nominations: readonly ProvinceNomination[]): ConferenceUnit[] {
  return nominations.map((n) => ({
    name: councilUnitName(n, nominations),
    sheetName: `${n.unit} (${n.cluster ?? n.file})`,
    classification: n.classification,
    disqualified: false,
    award: n.award,
  }));
}

/** What the secretary typed on the council sheet, to write again: key values, and per nomination its cells. */
export interface CarriedCouncil {
  keys: Partial<Record<ConferenceKey, CellValue>>;
  rows: Array<Partial<Record<ConferenceColumn, CellValue>>>;
}

/**
 * Reads the council's sheet, when the province's workbook has one: the decisions by §7.4's rules
 * (threshold, quotas, eligibility), and what to carry into the sheet written again.
 */
export function readCouncil(
  sheet: SheetSnapshot | null,
  nominations: readonly ProvinceNomination[],
  settings: Pick<Settings, "voteThreshold" | "flagQuota" | "certificateQuota">,
): { outcome: ConferenceOutcome | null; carried: CarriedCouncil } {
  const carried: CarriedCouncil = { keys: {}, rows: nominations.map(() => ({})) };
  if (sheet === null) return { outcome: null, carried };
  const units = councilUnits(nominations);
  const header = findVotesHeader(sheet);
  const keys = locateKeys(sheet, header ? header.row : sheet.cells.length, CONFERENCE_KEYS);
  for (const key of Object.keys(keys) as ConferenceKey[]) carried.keys[key] = cellAt(sheet, keys[key]!);
  if (header) carryRows(sheet, header, units, carried);
  const reading = readConference(sheet, units, MOST_COUNCIL_MEMBERS);
  return { outcome: decideAwards(settings, units, reading), carried };
}

function carryRows(
  sheet: SheetSnapshot,
  header: NonNullable<ReturnType<typeof findVotesHeader>>,
  units: readonly ConferenceUnit[],
  carried: CarriedCouncil,
): void {
  const unitCol = header.columns.unit as number;
  for (let row = header.row + 1; row < sheet.cells.length; row++) {
    const text = textAt(sheet, { row, col: unitCol });
    if (text === "") continue;
    const index = units.findIndex((u) => sameName(u.name, text) || sameName(u.sheetName, text));
    if (index < 0 || Object.keys(carried.rows[index]).length > 0) continue;
    for (const column of [...VOTE_COLUMNS, "attending", "position"] as ConferenceColumn[]) {
      const col = header.columns[column];
      if (col !== undefined) carried.rows[index][column] = cellAt(sheet, { row, col });
    }
  }
}

/** A carried cell as written back: a date as its ISO text's day, anything else as it was. */
function writtenValue(value: CellValue | undefined): OutputValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.kind === "date" ? value.iso.split("-").reverse().join("/") : null;
  return value;
}

/**
 * The council's vote sheet: its key rows, then one row per nomination with the votes and decision
 * to fill (or as typed before).
 * @example buildCouncilSheet(nominations, carried, "vi", 2025).name === "Hội đồng"
 */
export function buildCouncilSheet(
  nominations: readonly ProvinceNomination[],
  carried: CarriedCouncil,
  language: Language,
  year: number | null,
): SheetLayout {
  const text = PROVINCE_TEXT[language];
  const conference = CONFERENCE_TEXT[language];
  const draft = new InputSheetDraft(text.sheets.council);
  WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, WIDTHS.length - 1), text.councilTitle(year), {
    bold: true,
    horizontal: "center",
    fontSize: 13,
    wrap: true,
  });
  draft.height(0, 36);
  const input: CellStyle = { fill: INPUT_FILL, border: true, horizontal: "left" };
  KEY_ORDER.forEach((key, i) => {
    draft.merge(cellRange(KEYS_TOP + i, 0, KEYS_TOP + i, 1), conference.keys[key], { bold: true });
    draft.set(KEYS_TOP + i, 2, writtenValue(carried.keys[key]), input);
    draft.unlock(cellRange(KEYS_TOP + i, 2, KEYS_TOP + i, 2));
  });
  const header = KEYS_TOP + KEY_ORDER.length + 1;
  const labels = [conference.columns.no, text.councilColumns.cluster, conference.columns.unit, text.councilColumns.proposed];
  const headerStyle: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true, border: true };
  draft.setRow(header, 0, [...labels, ...VOTE_COLUMNS.map((c) => conference.columns[c])], headerStyle);
  draft.height(header, 32);
  nominations.forEach((n, index) => {
    const row = header + 1 + index;
    const cells = carried.rows[index];
    draft.set(row, 0, index + 1, { horizontal: "center", border: true });
    draft.set(row, 1, n.cluster, { wrap: true, border: true });
    draft.set(row, 2, councilUnitName(n, nominations), { wrap: true, border: true });
    draft.set(row, 3, awardName(n.award, language), { wrap: true, border: true });
    VOTE_COLUMNS.forEach((column, i) => draft.set(row, 4 + i, writtenValue(cells[column]), { ...input, horizontal: "center" }));
  });
  if (nominations.length > 0) {
    const first = header + 1;
    const last = header + nominations.length;
    draft.unlock(cellRange(first, 4, last, 6));
    draft.validate(cellRange(first, 6, last, 6), {
      kind: "list",
      values: [...conference.decisions],
      prompt: conference.decisionPrompt,
      error: conference.decisionError,
    });
  }
  return draft.toLayout({ frozenRows: header + 1, print: printSetup("portrait", language, { first: header, last: header }) });
}
