/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { evaluation, fakeCapabilities, issue } from "../support/paneBuilders";
import { renderPane } from "./render";

const stale = (language: "vi" | "en") =>
  evaluation({
    workbookIssues: [
      issue({
        severity: "warning",
        rule: "summary-stale",
        sheet: language === "vi" ? "Tổng hợp" : "Summary",
        cell: "A40",
        criterion: null,
        message: "out of date",
      }),
    ],
  });

describe("a summary made from other data", () => {
  it.each([
    ["vi", "Bảng tổng hợp đã cũ — dữ liệu đã thay đổi sau lần lập.", "Kiểm tra", "Lập lại bảng tổng hợp"],
    ["en", "The summary is out of date — the data changed after it was made.", "Validate", "Generate again"],
  ] as const)(
    "in %s: Validate says so, and its button generates the summary again, which clears it",
    async (language, words, validate, again) => {
      const capabilities = fakeCapabilities(language);
      const { user } = renderPane(capabilities);
      // The quiet check on opening found the summary current.
      await waitFor(() => expect(capabilities.validate).toHaveBeenCalledTimes(1));
      expect(screen.queryByText(words)).not.toBeInTheDocument();

      capabilities.validate.mockResolvedValue(stale(language));
      await user.click(screen.getByRole("button", { name: validate }));
      expect(await screen.findByText(words)).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: again }));
      expect(capabilities.generate).toHaveBeenCalledTimes(1);
      // Generate's own evaluation carries no stale warning: the fresh summary is current.
      await screen.findByRole("table");
      expect(screen.queryByText(words)).not.toBeInTheDocument();
      expect(screen.queryByRole("button", { name: again })).not.toBeInTheDocument();
    },
  );

  it("stays quiet when the check finds the summary current", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(
      evaluation({ workbookIssues: [issue({ severity: "warning", rule: "unlisted-sheet", criterion: null })] }),
    );
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByRole("heading", { name: "Issues" });
    expect(screen.queryByText("The summary is out of date — the data changed after it was made.")).not.toBeInTheDocument();
  });
});

describe("the check on opening and after each run", () => {
  it.each([
    ["vi", "Bảng tổng hợp đã cũ — dữ liệu đã thay đổi sau lần lập.", "Lập lại bảng tổng hợp"],
    ["en", "The summary is out of date — the data changed after it was made.", "Generate again"],
  ] as const)("in %s: says so on opening, without a progress bar or issue list, with the Generate button", async (language, words, again) => {
    const capabilities = fakeCapabilities(language);
    capabilities.validate.mockResolvedValue(stale(language));
    const { user } = renderPane(capabilities);
    expect(await screen.findByText(words)).toBeInTheDocument();
    // Quietly: no run shown, no issues listed.
    expect(capabilities.validate).toHaveBeenCalledTimes(1);
    expect(capabilities.validate.mock.calls[0]).toEqual([]);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: language === "vi" ? "Các vấn đề" : "Issues" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: again }));
    expect(capabilities.generate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText(words)).not.toBeInTheDocument());
  });

  it("stays quiet when the check on opening fails", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockRejectedValue(new Error("Excel is busy"));
    renderPane(capabilities);
    await waitFor(() => expect(capabilities.validate).toHaveBeenCalledTimes(1));
    await act(async () => undefined);
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.queryByText("The summary is out of date — the data changed after it was made.")).not.toBeInTheDocument();
  });

  it("checks again after units' files are imported, and shows the summary is now stale", async () => {
    const capabilities = fakeCapabilities();
    capabilities.planImport.mockResolvedValue({ lines: ["a.xlsx › A → “A”: replaces A's blank sheet"], sheets: 1, skipped: 0 });
    capabilities.importFiles.mockResolvedValue({ lines: ["a.xlsx › A → “A”: replaces A's blank sheet"], sheets: 1, skipped: 0 });
    const user = userEvent.setup();
    renderPane(capabilities);
    await waitFor(() => expect(capabilities.validate).toHaveBeenCalledTimes(1));
    capabilities.validate.mockResolvedValue(stale("en"));
    await user.upload(screen.getByLabelText("Add units' files", { selector: "input" }), new File(["x"], "a.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Add 1 sheet" }));
    expect(await screen.findByText("The summary is out of date — the data changed after it was made.")).toBeInTheDocument();
    expect(capabilities.validate).toHaveBeenCalledTimes(2);
  });
});
