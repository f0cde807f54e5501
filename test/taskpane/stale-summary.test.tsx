/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import { evaluation, fakeCapabilities, issue } from "./builders";
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
      capabilities.validate.mockResolvedValue(stale(language));
      const { user } = renderPane(capabilities);
      expect(screen.queryByText(words)).not.toBeInTheDocument();

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
