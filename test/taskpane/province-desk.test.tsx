/** @jest-environment jsdom */
// The pane's *Add clusters' results* (spec §9.3): offered only when the workbook, as the pane's
// quiet reading found it, has no cluster sheets (no Criteria sheet, no unit); the picked files
// go to the desk as picked, and what it read, wrote and found is shown in the pane's language,
// each nomination's check a link to its cell.
import "./setup";
import { act, screen, waitFor } from "@testing-library/react";
import { evaluateWorkbook, type ProvinceIssue } from "../../src/core";
import type { ProvinceResult } from "../../src/excel/types";
import { fakeCapabilities } from "../support/paneBuilders";
import { cleanEntries, criteriaSheet, DEFAULT_KEYS, settingsSheet, unitSheet } from "../support/workbook";
import { renderPane } from "./render";

const xlsx = (name: string) => new File(["PK"], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

/** The province's workbook as a Validate reads it: no Criteria sheet, no unit. */
const provinceWorkbook = () => evaluateWorkbook({ sheets: [] });
/** A cluster's workbook: Criteria, Settings and one unit's sheet. */
const clusterWorkbook = () =>
  evaluateWorkbook({ sheets: [criteriaSheet(), settingsSheet(DEFAULT_KEYS, [{ name: "A", sheet: "A" }]), unitSheet("A", cleanEntries())] });

const ISSUES: ProvinceIssue[] = [
  {
    severity: "error",
    rule: "province-no-report",
    sheet: null,
    cell: null,
    criterion: null,
    message: "Tệp “cum21.xlsx” không có báo cáo của cụm: bỏ qua.",
    file: "cum21.xlsx",
  },
  {
    severity: "warning",
    rule: "nomination-twice",
    sheet: "Đề nghị",
    cell: "C10",
    criterion: null,
    message: "Đơn vị được hai cụm đề nghị.",
    file: null,
  },
];

function deskResult(sheets: string[]): ProvinceResult {
  return {
    report: { schemaVersion: 3, kind: "province", year: 2025, language: "vi", clusters: [], nominations: [], issues: ISSUES },
    issues: ISSUES,
    sheets,
    files: 2,
  };
}

describe("Add clusters' results", () => {
  it("is not offered in a cluster's workbook", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.validate.mockResolvedValue(clusterWorkbook());
    renderPane(capabilities);
    await waitFor(() => expect(capabilities.validate).toHaveBeenCalled());
    // Once the quiet reading has answered, the desk is still not offered.
    await act(async () => {
      await capabilities.validate.mock.results[0].value;
    });
    expect(screen.getByRole("button", { name: "Add units' files" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add clusters' results" })).not.toBeInTheDocument();
  });

  it("is offered in a workbook without cluster sheets, and shows what the desk read, wrote and found", async () => {
    const capabilities = fakeCapabilities("vi");
    capabilities.validate.mockResolvedValue(provinceWorkbook());
    capabilities.addClusters.mockResolvedValue(deskResult(["Các cụm", "Đề nghị", "Hội đồng"]));
    const { user } = renderPane(capabilities);
    expect(await screen.findByRole("button", { name: "Thêm kết quả các cụm" })).toBeInTheDocument();

    await user.upload(screen.getByLabelText("Thêm kết quả các cụm", { selector: "input" }), [xlsx("cum18.xlsx"), xlsx("cum21.xlsx")]);
    expect(
      await screen.findByText("Đã đọc 0 cụm trong 2 tệp: 0 đề nghị khen thưởng. Đã ghi các trang 'Các cụm', 'Đề nghị', 'Hội đồng'."),
    ).toBeInTheDocument();
    expect(capabilities.addClusters).toHaveBeenCalledWith([
      { name: "cum18.xlsx", base64: Buffer.from("PK").toString("base64") },
      { name: "cum21.xlsx", base64: Buffer.from("PK").toString("base64") },
    ]);
    // The file without a report is named; the nomination's check links to its cell.
    expect(screen.getByText(ISSUES[0].message)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Các tệp của cụm và đề nghị" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Đề nghị!C10 · / }));
    expect(capabilities.selectCell).toHaveBeenCalledWith("Đề nghị", "C10");
  });

  it("says nothing was written when no file carried a report, and an Excel failure in words", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.validate.mockResolvedValue(provinceWorkbook());
    capabilities.addClusters.mockResolvedValueOnce(deskResult([]));
    const { user } = renderPane(capabilities);
    const input = () => screen.getByLabelText("Add clusters' results", { selector: "input" });
    await screen.findByRole("button", { name: "Add clusters' results" });

    await user.upload(input(), xlsx("cum21.xlsx"));
    expect(
      await screen.findByText("No cluster's report could be read (each file is named below): nothing was written."),
    ).toBeInTheDocument();

    const { UserFacingError } = await import("../../src/excel/types");
    capabilities.addClusters.mockRejectedValueOnce(new UserFacingError("The workbook's structure is protected."));
    await user.upload(input(), xlsx("cum18.xlsx"));
    expect(await screen.findByText("The workbook's structure is protected.")).toBeInTheDocument();
  });
});
