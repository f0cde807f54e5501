// The period of the next period's workbook (spec §8.5): a half-year is followed by its year, a
// year by the next year's first half, in the period's own language.
import { nextPeriod, reviewKindOfPeriod } from "../../src/core";

describe("nextPeriod", () => {
  it.each([
    ["6 tháng đầu năm 2025", "Năm 2025"],
    ["Năm 2025", "6 tháng đầu năm 2026"],
    ["Sơ kết 6 tháng năm 2024", "Năm 2024"],
    ["Tổng kết năm 2024", "6 tháng đầu năm 2025"],
    ["6 tháng cuối năm 2025", "Năm 2025"],
    // Without diacritics, still Vietnamese by its words.
    ["nam 2025", "6 tháng đầu năm 2026"],
  ])("Vietnamese: %s → %s", (period, next) => {
    expect(nextPeriod(period, "en")).toBe(next);
  });

  it.each([
    ["First half of 2025", "Year 2025"],
    ["Year 2025", "First half of 2026"],
    ["Half-year review 2024", "Year 2024"],
    ["Annual review 2024", "First half of 2025"],
  ])("English: %s → %s", (period, next) => {
    expect(nextPeriod(period, "vi")).toBe(next);
  });

  it("goes round the year twice and keeps each kind the engine reads", () => {
    const periods = ["6 tháng đầu năm 2025"];
    for (let i = 0; i < 3; i++) periods.push(nextPeriod(periods[periods.length - 1], "vi")!);
    expect(periods).toEqual(["6 tháng đầu năm 2025", "Năm 2025", "6 tháng đầu năm 2026", "Năm 2026"]);
    expect(periods.map(reviewKindOfPeriod)).toEqual(["half-year", "year", "half-year", "year"]);
    expect(["First half of 2025", "Year 2025"].map(reviewKindOfPeriod)).toEqual(["half-year", "year"]);
  });

  it("writes a period of digits only in the language asked, and takes the last year named", () => {
    expect(nextPeriod("2025", "vi")).toBe("6 tháng đầu năm 2026");
    expect(nextPeriod("2025", "en")).toBe("First half of 2026");
    expect(nextPeriod("Năm 2024-2025", "vi")).toBe("6 tháng đầu năm 2026");
  });

  it("is null when there is no year to advance", () => {
    expect(nextPeriod(null, "vi")).toBeNull();
    expect(nextPeriod("Kỳ này", "vi")).toBeNull();
    expect(nextPeriod("Q3 25", "en")).toBeNull();
    expect(nextPeriod("Năm 20250", "vi")).toBeNull();
  });
});
