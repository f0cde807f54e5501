// The string enums of excel.d.ts that add-in code may reference at runtime. TypeScript compiles
// `Excel.SheetVisibility.hidden` into a property read on the global `Excel`, so the fake must
// provide them. Every enum here maps `lowerCamel` keys to `PascalCase` values, as in the typings.

function stringEnum<T extends string>(values: readonly T[]): Record<string, T> {
  const result: Record<string, T> = {};
  for (const value of values) result[value.charAt(0).toLowerCase() + value.slice(1)] = value;
  return result;
}

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
export const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;
export const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const;
export const PRINT_ORDERS = ["DownThenOver", "OverThenDown"] as const;
export const PRINT_COMMENTS = ["NoComments", "EndSheet", "InPlace"] as const;
export const PRINT_ERROR_TYPES = ["AsDisplayed", "Blank", "Dash", "NotAvailable"] as const;

/** The enum objects placed on the fake `Excel` namespace. */
export const EXCEL_ENUMS = {
  SheetVisibility: stringEnum(SHEET_VISIBILITIES),
  BorderIndex: stringEnum(BORDER_INDEXES),
  BorderLineStyle: stringEnum(BORDER_STYLES),
  BorderWeight: stringEnum(BORDER_WEIGHTS),
  HorizontalAlignment: stringEnum(HORIZONTAL_ALIGNMENTS),
  VerticalAlignment: stringEnum(VERTICAL_ALIGNMENTS),
  RangeUnderlineStyle: stringEnum(UNDERLINE_STYLES),
  PageOrientation: stringEnum(PAGE_ORIENTATIONS),
  PaperType: stringEnum(PAPER_TYPES),
  ClearApplyTo: stringEnum(CLEAR_APPLY_TO),
  RangeValueType: stringEnum(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"] as const),
  DataValidationType: stringEnum([
    "None",
    "WholeNumber",
    "Decimal",
    "List",
    "Date",
    "Time",
    "TextLength",
    "Custom",
    "Inconsistent",
    "MixedCriteria",
  ] as const),
  DataValidationOperator: stringEnum(DATA_VALIDATION_OPERATORS),
  DataValidationAlertStyle: stringEnum(DATA_VALIDATION_ALERT_STYLES),
  CalculationMode: stringEnum(CALCULATION_MODES),
  CalculationType: stringEnum(["Recalculate", "Full", "FullRebuild"] as const),
  HeaderFooterState: stringEnum(HEADER_FOOTER_STATES),
  PrintOrder: stringEnum(PRINT_ORDERS),
  PrintComments: stringEnum(PRINT_COMMENTS),
  PrintErrorType: stringEnum(PRINT_ERROR_TYPES),
  ProtectionSelectionMode: stringEnum(["Normal", "Unlocked", "None"] as const),
  PrintMarginUnit: stringEnum(["Points", "Inches", "Centimeters"] as const),
};
