// The report's custom XML part (contract §9.1): its text round-trips the report exactly, and a part
// that is not ours, not version 3 or not a report's shape reads as null, never an exception.
import { evaluateWorkbook, isReportPart, parseReportPart, REPORT_NAMESPACE, reportPartXml } from "../../src/core";
import type { Report } from "../../src/core";
import { cleanEntries, DEFAULT_KEYS, workbook } from "../support/workbook";

/** A run with a leader, a superior body, its own quota, markup characters and a problem, so escaping is exercised. */
function report(): Report {
  const keys: typeof DEFAULT_KEYS = [
    ["Tên cụm thi đua", 'Cụm <số 18> & "các bạn"'],
    ["Kỳ đánh giá", "Năm 2024"],
    ["Đơn vị trưởng cụm", "Công ty A & B"],
    ["Cơ quan cấp trên", "UBND tỉnh Thanh Hóa"],
    ["Số Cờ thi đua", 2],
    ["Số Bằng khen", 3],
  ];
  return evaluateWorkbook(workbook({ A: cleanEntries(), B: { ...cleanEntries(), "I.3": { self: "bốn" } } }, { keys })).report;
}

describe("the report's custom XML part", () => {
  it("holds the report as text under a root in our namespace, and reads back the same report", () => {
    const original = report();
    expect(original.leader).toBe("Công ty A & B");
    expect(original.superior).toBe("UBND tỉnh Thanh Hóa");
    expect(original.issues.length).toBeGreaterThan(0);
    const xml = reportPartXml(original);
    expect(xml).toMatch(new RegExp(`^<report xmlns="${REPORT_NAMESPACE}">[^<]*</report>$`));
    expect(xml).toContain("Cụm &lt;số 18&gt; &amp;");
    expect(parseReportPart(xml)).toEqual(JSON.parse(JSON.stringify(original)));
  });

  it("reads the part as Office may give it back: a prefix, single quotes, character references", () => {
    const original = report();
    const body = JSON.stringify(original).replace(/&/g, "&#38;").replace(/</g, "&#x3C;").replace(/>/g, "&gt;");
    const xml = `<t:report xmlns:t='${REPORT_NAMESPACE}'>${body}</t:report>`;
    expect(parseReportPart(xml)).toEqual(JSON.parse(JSON.stringify(original)));
  });

  it.each([
    ["another namespace", (x: string) => x.replace(REPORT_NAMESPACE, "urn:other:3")],
    ["version 2's namespace", (x: string) => x.replace(REPORT_NAMESPACE, "urn:thidua:report:2")],
    ["no root", () => "<?xml version='1.0'?>"],
    ["not JSON", (x: string) => x.replace(/(<report[^>]*>)[^<]*/, "$1{not json")],
    ["not closed", (x: string) => x.replace("</report>", "")],
    ["truncated JSON", (x: string) => x.replace(/.{20}<\/report>$/, "</report>")],
  ])("reads %s as no report", (_name, change) => {
    expect(parseReportPart(change(reportPartXml(report())))).toBeNull();
  });

  it("knows our part by its root's namespace, readable or not, and no other", () => {
    const xml = reportPartXml(report());
    expect(isReportPart(xml)).toBe(true);
    expect(isReportPart(xml.replace("</report>", ""))).toBe(true);
    expect(isReportPart(`<report xmlns="${REPORT_NAMESPACE}"/>`)).toBe(true);
    expect(isReportPart(xml.replace(REPORT_NAMESPACE, "urn:other"))).toBe(false);
    expect(isReportPart(`<ds:datastoreItem xmlns:ds="urn:x"><report xmlns="urn:y"/></ds:datastoreItem>`)).toBe(false);
  });

  it("carries the quota the run used, and reads a report written before it carried one without it", () => {
    const original = report();
    expect(original.quota).toEqual({ flag: 2, certificate: 3 });
    expect(parseReportPart(reportPartXml(original))?.quota).toEqual({ flag: 2, certificate: 3 });
    const older: Partial<Report> = { ...original };
    delete older.quota;
    const read = parseReportPart(reportPartXml(older as Report));
    expect(read).not.toBeNull();
    expect(read).not.toHaveProperty("quota");
  });

  it.each([
    ["schemaVersion 2", (r: Record<string, unknown>) => ({ ...r, schemaVersion: 2 })],
    ["units not a list", (r: Record<string, unknown>) => ({ ...r, units: {} })],
    ["a unit without eligible", (r: Record<string, unknown>) => ({ ...r, units: [{ ...(r.units as object[])[0], eligible: undefined }] })],
    [
      "a unit with a numeric total as text",
      (r: Record<string, unknown>) => ({ ...r, units: [{ ...(r.units as object[])[0], total: "90" }] }),
    ],
    ["no leader field", (r: Record<string, unknown>) => ({ ...r, leader: undefined })],
    ["an unknown language", (r: Record<string, unknown>) => ({ ...r, language: "fr" })],
    ["a quota without its certificates", (r: Record<string, unknown>) => ({ ...r, quota: { flag: 1 } })],
    ["a quota as text", (r: Record<string, unknown>) => ({ ...r, quota: "1 cờ" })],
    ["an array", () => []],
    ["null", () => null],
  ])("refuses a report with %s", (_name, change) => {
    const changed = change(JSON.parse(JSON.stringify(report())) as Record<string, unknown>);
    const xml = `<report xmlns="${REPORT_NAMESPACE}">${JSON.stringify(changed).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</report>`;
    expect(parseReportPart(xml)).toBeNull();
  });
});
