// A range's data validation (`range.dataValidation`, ExcelApi 1.8): one rule per area, with its
// prompt and error alert. Setting any of them on a range replaces the rules that overlap it; rule
// formulas read back as `"=…"` strings. Cell values are not checked against the rule.
import { DATA_VALIDATION_ALERT_STYLES, DATA_VALIDATION_OPERATORS } from "../../excel-host/enums";
import { fail } from "../../excel-host/errors";
import { isWireObject, prop, type ExecContext, type ObjectType } from "./objectModel";
import {
  checkProtection,
  oneOf,
  requireBoolean,
  requireString,
  sheetOf,
  writableSheet,
  type RangeTarget,
} from "../../excel-host/formatOperations";
import { containsRect, intersects, qualifiedAddress, rangeOf, rectOf, type Rect } from "../../excel-host/addresses";
import type { SheetModel, ValidationModel } from "../../excel-host/workbookModel";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function defaultValidation(rect: Rect): ValidationModel {
  return {
    range: rangeOf(rect),
    rule: {},
    prompt: { message: "", showPrompt: true, title: "" },
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    ignoreBlanks: true,
  };
}

function validationsOver(sheet: SheetModel, rect: Rect): { exact: ValidationModel | null; mixed: boolean } {
  const hits = sheet.validations.filter((v) => intersects(rectOf(v.range), rect));
  if (hits.length === 0) return { exact: null, mixed: false };
  if (hits.length === 1 && containsRect(rectOf(hits[0].range), rect)) return { exact: hits[0], mixed: false };
  return { exact: null, mixed: true };
}

function readValidation<T>(exec: ExecContext, t: RangeTarget, pick: (v: ValidationModel) => T, mixedValue: T): T {
  const { exact, mixed } = validationsOver(sheetOf(exec, t), t.rect);
  if (mixed) return mixedValue;
  return pick(exact ?? defaultValidation(t.rect));
}

/** Formulas in a rule read back as `"=…"` strings, whatever form they were given in. */
function ruleFormula(exec: ExecContext, value: unknown): string {
  if (isWireObject(value)) {
    const target = value.target as RangeTarget;
    const sheet = sheetOf(exec, target);
    return `=${qualifiedAddress(sheet.name, target.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
  }
  if (typeof value === "number") return `=${value}`;
  if (value instanceof Date) return `=${value.toISOString()}`;
  if (typeof value === "string") return value.startsWith("=") ? value : `=${value}`;
  return fail("InvalidArgument");
}

function normalizeRule(exec: ExecContext, rule: unknown): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) fail("InvalidArgument");
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1 || !(entries[0][0] in RULE_TYPES)) fail("InvalidArgument");
  const [type, criteria] = entries[0] as [string, Record<string, unknown>];
  if (typeof criteria !== "object" || criteria === null) fail("InvalidArgument");
  if (type === "list") {
    const source = isWireObject(criteria.source) ? ruleFormula(exec, criteria.source) : requireString(criteria.source);
    return { list: { inCellDropDown: criteria.inCellDropDown === undefined ? true : requireBoolean(criteria.inCellDropDown), source } };
  }
  if (type === "custom") return { custom: { formula: ruleFormula(exec, criteria.formula) } };
  const normalized: Record<string, unknown> = {
    formula1: ruleFormula(exec, criteria.formula1),
    operator: oneOf(DATA_VALIDATION_OPERATORS, criteria.operator),
  };
  if (criteria.formula2 !== undefined) normalized.formula2 = ruleFormula(exec, criteria.formula2);
  if ((normalized.operator === "Between" || normalized.operator === "NotBetween") && normalized.formula2 === undefined)
    fail("InvalidArgument");
  return { [type]: normalized };
}

/** Update (or create) the validation covering exactly this range; overlapping ones are replaced. */
function updateValidation(exec: ExecContext, t: RangeTarget, change: (v: ValidationModel) => ValidationModel): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const key = JSON.stringify(rangeOf(t.rect));
  const existing = sheet.validations.find((v) => JSON.stringify(v.range) === key);
  const base = existing ?? defaultValidation(t.rect);
  sheet.validations = sheet.validations.filter((v) => v !== existing && !intersects(rectOf(v.range), t.rect));
  sheet.validations.push(change(base));
}

export const DataValidation: ObjectType = {
  typeName: "DataValidation",
  navs: [],
  props: [
    prop(
      "rule",
      (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.rule, null),
      (exec, t: RangeTarget, value) => {
        const rule = normalizeRule(exec, value);
        updateValidation(exec, t, (v) => ({ ...v, rule }));
      },
    ),
    prop(
      "prompt",
      (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.prompt, null),
      (exec, t: RangeTarget, value) => {
        if (typeof value !== "object" || value === null) fail("InvalidArgument");
        const p = value as Record<string, unknown>;
        updateValidation(exec, t, (v) => ({
          ...v,
          prompt: {
            message: p.message === undefined ? v.prompt.message : requireString(p.message),
            showPrompt: p.showPrompt === undefined ? v.prompt.showPrompt : requireBoolean(p.showPrompt),
            title: p.title === undefined ? v.prompt.title : requireString(p.title),
          },
        }));
      },
    ),
    prop(
      "errorAlert",
      (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.errorAlert, null),
      (exec, t: RangeTarget, value) => {
        if (typeof value !== "object" || value === null) fail("InvalidArgument");
        const a = value as Record<string, unknown>;
        updateValidation(exec, t, (v) => ({
          ...v,
          errorAlert: {
            message: a.message === undefined ? v.errorAlert.message : requireString(a.message),
            showAlert: a.showAlert === undefined ? v.errorAlert.showAlert : requireBoolean(a.showAlert),
            style: a.style === undefined ? v.errorAlert.style : oneOf(DATA_VALIDATION_ALERT_STYLES, a.style),
            title: a.title === undefined ? v.errorAlert.title : requireString(a.title),
          },
        }));
      },
    ),
    prop("type", (exec, t: RangeTarget) =>
      readValidation(exec, t, (v) => RULE_TYPES[Object.keys(v.rule)[0]] ?? "None", "Inconsistent" as string),
    ),
  ],
};
