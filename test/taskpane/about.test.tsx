/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import { fakeCapabilities } from "../support/paneBuilders";
import { renderPane } from "./render";

const FAILED = {
  addInVersion: "0.1.0",
  platform: "OfficeOnline",
  officeVersion: "16.0.18025.40000",
  host: "Excel",
  apiSets: ["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9", "ExcelApi 1.13"],
  lastError: { code: "UnsupportedFeature", location: "Workbook.insertWorksheetsFromBase64" },
};

describe("About's diagnostics line", () => {
  it.each([
    ["en", "About", "Copy the diagnostics line", "Copied", "last error UnsupportedFeature at Workbook.insertWorksheetsFromBase64"],
    ["vi", "Giới thiệu", "Chép dòng chẩn đoán", "Đã chép", "lỗi gần nhất UnsupportedFeature tại Workbook.insertWorksheetsFromBase64"],
  ] as const)(
    "in %s: shows version, Office, API sets and the last error, and copies exactly that line",
    async (language, heading, copy, copied, lastError) => {
      const capabilities = fakeCapabilities(language);
      capabilities.diagnostics.mockReturnValue(FAILED);
      const { user } = renderPane(capabilities);
      expect(screen.getByRole("heading", { name: heading })).toBeInTheDocument();
      const field = screen.getByRole<HTMLTextAreaElement>("textbox", { name: copy });
      const line = `Thi Đua 0.1.0 · Office OfficeOnline 16.0.18025.40000 (Excel) · ExcelApi 1.7, ExcelApi 1.8, ExcelApi 1.9, ExcelApi 1.13 · ${lastError}`;
      expect(field.value).toBe(line);
      expect(field.readOnly).toBe(true);

      const writeText = jest.spyOn(navigator.clipboard, "writeText");
      await user.click(screen.getByRole("button", { name: copy }));
      expect(writeText).toHaveBeenCalledWith(line);
      expect(await navigator.clipboard.readText()).toBe(line);
      expect(await screen.findByText(copied)).toBeInTheDocument();
    },
  );

  it("says no error before any action failed", () => {
    renderPane(fakeCapabilities("en"));
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Copy the diagnostics line" }).value).toMatch(/ · no error yet$/);
  });

  it("selects the line for the user's own copy when the clipboard refuses", async () => {
    const { user } = renderPane(fakeCapabilities("en"));
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Copy the diagnostics line" }));
    const field = screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Copy the diagnostics line" });
    await waitFor(() => expect(screen.getByText(/press Ctrl\+C/)).toBeInTheDocument());
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.queryByText("Copied")).not.toBeInTheDocument();
  });
});
