// Excel's dates, as both readers (Excel's and the .xlsx one) see them.
import { isDateFormatCode, serialToIsoDate } from "../../src/core";

describe("isDateFormatCode", () => {
  it.each(["dd/mm/yyyy", "d-mmm-yy", "m/d/yyyy h:mm", "[$-42A]dd/mm/yyyy", "[h]:mm:ss", "yyyy", "hh:mm AM/PM", '"Ngày" dd'])(
    "%s shows a date or time",
    (code) => expect(isDateFormatCode(code)).toBe(true),
  );

  it.each(["", "General", "general", "0", "0.00", "#,##0", "0%", "0.00E+00", "@", '0 "days"', "0\\d", "[Red]0.00"])("%s does not", (code) =>
    expect(isDateFormatCode(code)).toBe(false),
  );

  it("reads literals left to right, as Excel does", () => {
    // A quote inside brackets is part of the bracket, and a bracket inside quotes part of the text.
    expect(isDateFormatCode('[$"-409]0')).toBe(false);
    expect(isDateFormatCode('"[x" 0 "]"')).toBe(false);
    expect(isDateFormatCode('"[x]" dd')).toBe(true);
  });
});

describe("serialToIsoDate", () => {
  it("reads a serial of the 1900 system as the day Excel shows", () => {
    expect(serialToIsoDate(45473)).toBe("2024-06-30");
    expect(serialToIsoDate(36526)).toBe("2000-01-01");
    expect(serialToIsoDate(2958465)).toBe("9999-12-31");
  });

  it("keeps the day of a serial with a time of day", () => {
    expect(serialToIsoDate(45473.25)).toBe("2024-06-30");
    expect(serialToIsoDate(45473.999)).toBe("2024-06-30");
  });

  it("counts from 30 Dec 1899, so serials up to Excel's 29 Feb 1900 (serial 60) read a day early", () => {
    expect(serialToIsoDate(61)).toBe("1900-03-01");
    expect(serialToIsoDate(60)).toBe("1900-02-28");
    expect(serialToIsoDate(59)).toBe("1900-02-27");
    expect(serialToIsoDate(1)).toBe("1899-12-31");
    expect(serialToIsoDate(0)).toBe("1899-12-30");
  });

  it("reads a serial of the 1904 system from 1 Jan 1904", () => {
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
    expect(serialToIsoDate(45473 - 1462, true)).toBe("2024-06-30");
    expect(serialToIsoDate(2958465 - 1462, true)).toBe("9999-12-31");
  });

  it("gives null outside the days Excel can show", () => {
    expect(serialToIsoDate(-1)).toBeNull();
    expect(serialToIsoDate(-1, true)).toBeNull();
    expect(serialToIsoDate(2958466)).toBeNull();
    expect(serialToIsoDate(2958466 - 1462, true)).toBeNull();
    expect(serialToIsoDate(1e12)).toBeNull();
    expect(serialToIsoDate(Number.NaN)).toBeNull();
    expect(serialToIsoDate(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
