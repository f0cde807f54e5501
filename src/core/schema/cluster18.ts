// Cluster 18 of Thanh Hóa province (samples/cluster18): the bundled defaults for `thidua template`,
// the pane's New workbook and the sample workbook. Copied in as data because the core reads no
// files; the English names make an English template possible.
import { settingsUnitSheetCell } from "../sheets/template";
import { DEFAULT_SETTINGS } from "./settings";
import type { CriteriaTable, Criterion, CriterionType, Group, GroupKind, Settings, UnitListing } from "../model/types";

/** One line of the criteria table as the sample writes it: a group row or a criterion row. */
type TableRow =
  | { code: string; kind: GroupKind; max: number | null; nameVi: string; nameEn: string }
  | { code: string; type: CriterionType; max: number; nameVi: string; nameEn: string; extra: CriterionExtra };

type CriterionExtra = Partial<Pick<Criterion, "weight" | "perItem" | "planFloor" | "evidenceRequired" | "disqualifies">>;

function groupRow(code: string, kind: GroupKind, max: number | null, nameVi: string, nameEn: string): TableRow {
  return { code, kind, max, nameVi, nameEn };
}

function criterionRow(
  code: string,
  type: CriterionType,
  max: number,
  nameVi: string,
  nameEn: string,
  extra: CriterionExtra = {},
): TableRow {
  return { code, type, max, nameVi, nameEn, extra };
}

// samples/cluster18/criteria.tsv, row for row: a 100-point base, a capped bonus group and an
// uncapped deduction group.
const TABLE: TableRow[] = [
  groupRow("I", "group", 50, "Thực hiện nhiệm vụ sản xuất kinh doanh, dịch vụ công ích", "Business and public-service plan"),
  criterionRow("I.1", "plan", 10, "Doanh thu so với kế hoạch", "Revenue against plan", { planFloor: 80, evidenceRequired: true }),
  criterionRow("I.2", "plan", 10, "Lợi nhuận trước thuế so với kế hoạch", "Pre-tax profit against plan", {
    planFloor: 80,
    evidenceRequired: true,
  }),
  criterionRow("I.3", "plan", 8, "Nộp ngân sách nhà nước so với kế hoạch", "State budget payments against plan", {
    planFloor: 80,
    evidenceRequired: true,
  }),
  criterionRow("I.4", "yesno", 6, "Bảo toàn và phát triển vốn nhà nước", "State capital preserved and grown", { evidenceRequired: true }),
  criterionRow("I.5", "plan", 6, "Thu nhập bình quân người lao động so với kế hoạch", "Average employee income against plan", {
    planFloor: 80,
  }),
  criterionRow(
    "I.6",
    "plan",
    10,
    "Chỉ tiêu đặc thù của ngành (diện tích tưới, sản lượng nước, khối lượng thu gom, lượt khám)",
    "Sector target (irrigated area, water supplied, waste collected, patient visits)",
    { planFloor: 80, evidenceRequired: true },
  ),
  groupRow("II", "group", 20, "Quản trị doanh nghiệp, chấp hành pháp luật", "Governance and compliance"),
  criterionRow("II.1", "yesno", 5, "Báo cáo tài chính, báo cáo giám sát đúng hạn", "Financial and supervision reports on time"),
  criterionRow(
    "II.2",
    "yesno",
    5,
    "Đóng đủ bảo hiểm xã hội, y tế, thất nghiệp, không nợ đọng",
    "Social, health and unemployment insurance paid in full",
  ),
  criterionRow(
    "II.3",
    "score",
    4,
    "An toàn lao động, phòng cháy chữa cháy, bảo vệ môi trường",
    "Work safety, fire prevention, environment",
  ),
  criterionRow("II.4", "score", 3, "Thực hành tiết kiệm, chống lãng phí, phòng chống tham nhũng", "Thrift, anti-waste and anti-corruption"),
  criterionRow(
    "II.5",
    "count",
    3,
    "Sáng kiến, giải pháp chuyển đổi số được công nhận (1 điểm/sáng kiến)",
    "Recognised initiatives and digital solutions (1 point each)",
    { perItem: 1, evidenceRequired: true },
  ),
  groupRow("III", "group", 20, "Công tác thi đua, khen thưởng và hoạt động của cụm", "Emulation work and cluster activity"),
  criterionRow("III.1", "yesno", 4, "Xây dựng kế hoạch, phát động và ký giao ước thi đua", "Emulation plan, launch and pact signed"),
  criterionRow(
    "III.2",
    "score",
    5,
    "Tham gia hoạt động của cụm, gửi báo cáo đúng hạn",
    "Takes part in cluster activities, reports on time",
  ),
  criterionRow("III.3", "score", 5, "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", "Finds and spreads role models"),
  criterionRow("III.4", "yesno", 3, "Hồ sơ đề nghị khen thưởng đúng quy định", "Award dossiers comply with the rules"),
  criterionRow(
    "III.5",
    "count",
    3,
    "Tin, bài tuyên truyền về phong trào thi đua (0,5 điểm/tin)",
    "News items on the emulation movement (0.5 point each)",
    { perItem: 0.5, evidenceRequired: true },
  ),
  groupRow("IV", "group", 10, "Công tác Đảng, đoàn thể, an sinh xã hội", "Party, unions and social welfare"),
  criterionRow(
    "IV.1",
    "yesno",
    5,
    "Tổ chức Đảng, Công đoàn, Đoàn thanh niên hoàn thành tốt nhiệm vụ trở lên",
    "Party, union and youth organisations rated good or better",
  ),
  criterionRow("IV.2", "score", 3, "Hoạt động an sinh xã hội, từ thiện, nhân đạo", "Social welfare and charity"),
  criterionRow("IV.3", "yesno", 2, "Nội bộ đoàn kết, không có đơn thư tố cáo đúng sự thật", "United, no substantiated complaints"),
  groupRow("V", "bonus-group", 10, "Điểm thưởng", "Bonus"),
  criterionRow(
    "V.1",
    "yesno",
    4,
    "Được tặng Cờ thi đua của Chính phủ hoặc Bằng khen của Thủ tướng trong kỳ",
    "Government Emulation Flag or Prime Minister's Certificate of Merit in the period",
    { evidenceRequired: true },
  ),
  criterionRow(
    "V.2",
    "yesno",
    2,
    "Được tặng Bằng khen của Bộ, của Chủ tịch UBND tỉnh (tập thể)",
    "Ministry or provincial Certificate of Merit (collective)",
    { evidenceRequired: true },
  ),
  criterionRow(
    "V.3",
    "count",
    2,
    "Vượt kế hoạch lợi nhuận, nộp ngân sách (0,5 điểm mỗi 5% vượt)",
    "Profit or budget payments above plan (0.5 point per 5% above)",
    { perItem: 0.5, evidenceRequired: true },
  ),
  criterionRow("V.4", "score", 2, "Mô hình, sáng kiến cấp tỉnh được nhân rộng", "Province-level model or initiative replicated", {
    evidenceRequired: true,
  }),
  groupRow("VI", "deduction-group", null, "Điểm trừ", "Deductions"),
  criterionRow("VI.1", "count", 5, "Gửi báo cáo chậm (1 điểm/lần)", "Late report (1 point each time)", {
    perItem: 1,
    evidenceRequired: true,
  }),
  criterionRow(
    "VI.2",
    "count",
    6,
    "Vắng họp cụm không có lý do (2 điểm/lần)",
    "Unexcused absence from a cluster meeting (2 points each time)",
    { perItem: 2, evidenceRequired: true },
  ),
  criterionRow("VI.3", "count", 9, "Bị xử phạt vi phạm hành chính (3 điểm/lần)", "Administrative fine (3 points each time)", {
    perItem: 3,
    evidenceRequired: true,
  }),
  criterionRow(
    "VI.4",
    "yesno",
    5,
    "Để xảy ra tai nạn lao động chết người hoặc sự cố môi trường nghiêm trọng",
    "Fatal work accident or serious environmental incident",
    { evidenceRequired: true, disqualifies: true },
  ),
  criterionRow("VI.5", "yesno", 3, "Lãnh đạo đơn vị bị kỷ luật từ cảnh cáo trở lên", "Unit executive disciplined with a warning or worse", {
    evidenceRequired: true,
    disqualifies: true,
  }),
];

/** Groups with their criteria, each criterion filled in with the spec's defaults (weight 1, floor 0). */
function toCriteriaTable(rows: TableRow[]): CriteriaTable {
  const groups: Group[] = [];
  for (const row of rows) {
    if ("kind" in row) {
      groups.push({ code: row.code, name: row.nameVi, kind: row.kind, max: row.max, criteria: [] });
      continue;
    }
    const group = groups[groups.length - 1];
    group.criteria.push({
      code: row.code,
      name: row.nameVi,
      type: row.type,
      max: row.max,
      weight: row.extra.weight ?? 1,
      perItem: row.extra.perItem ?? null,
      planFloor: row.extra.planFloor ?? 0,
      evidenceRequired: row.extra.evidenceRequired ?? false,
      disqualifies: row.extra.disqualifies ?? false,
      mayBeNotApplicable: false,
      groupCode: group.code,
    });
  }
  return { groups };
}

/** Cluster 18's criteria table (Vietnamese names). */
export const CLUSTER18_CRITERIA: CriteriaTable = toCriteriaTable(TABLE);

/**
 * English names of Cluster 18's groups and criteria, by code, for an English template.
 * @example CLUSTER18_NAMES_EN["I.1"] === "Revenue against plan"
 */
export const CLUSTER18_NAMES_EN: Record<string, string> = Object.fromEntries(TABLE.map((row) => [row.code, row.nameEn]));

// samples/cluster18/units.tsv: number, unit, sheet, in the order of the units list.
const UNITS: Array<[number, string, string]> = [
  [1, "Công ty TNHH MTV Thủy lợi Nam Sông Mã", "Nam Sông Mã"],
  [2, "Công ty Cổ phần Môi trường và Công trình đô thị Thanh Hóa", "Môi trường đô thị"],
  [3, "Công ty Cổ phần Cấp nước Thanh Hóa", "Cấp nước"],
  [4, "Công ty TNHH MTV Sông Chu", "Sông Chu"],
  [5, "Công ty TNHH MTV Thủy lợi Bắc Sông Mã", "Bắc Sông Mã"],
  [6, "Công ty TNHH Lam Sơn - Thanh Hóa", "Lam Sơn"],
  [7, "Công ty TNHH MEDLATEC Thanh Hóa", "MEDLATEC"],
];

/**
 * Cluster 18's settings (samples/cluster18/settings.tsv), with the parent body and place for the
 * Summary's heading; each unit's sheetCell is where the template's Settings sheet writes its sheet.
 */
export const CLUSTER18_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  thresholds: { ...DEFAULT_SETTINGS.thresholds },
  clusterName: "Cụm thi đua số 18",
  period: "6 tháng đầu năm 2024",
  leaderUnit: "Công ty TNHH Lam Sơn - Thanh Hóa",
  parentBody: "UBND TỈNH THANH HÓA",
  place: "Thanh Hóa",
  reviewKind: "half-year",
  units: UNITS.map(([no, name, sheet], index): UnitListing => ({ no, name, sheet, sheetCell: settingsUnitSheetCell(index) })),
};
