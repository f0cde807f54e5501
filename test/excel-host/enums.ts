// The values Excel accepts for the enum-typed properties and arguments the model checks (the
// PascalCase values of excel.d.ts's string enums); a write outside them fails with InvalidArgument.

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderIndexName = (typeof BORDER_INDEXES)[number];

export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const UNDERLINE_STYLES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
export const SHEET_VISIBILITIES = ["Visible", "Hidden", "VeryHidden"] as const;
export const PAGE_ORIENTATIONS = ["Portrait", "Landscape"] as const;
/** Excel.HeaderFooterState (ExcelApi 1.9): which header and footer sets the pages use. */
export const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const;
export const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;
export const CLEAR_APPLY_TO = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"] as const;
export const DATA_VALIDATION_ALERT_STYLES = ["Stop", "Warning", "Information"] as const;
export const DATA_VALIDATION_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;
