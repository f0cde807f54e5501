/** @jest-environment jsdom */
// New scoring workbook › from this workbook (spec §8.5): the pane offers the next period's
// workbook made from the open one, says what Excel opened, and on an Excel without
// `Excel.createWorkbook` (ExcelApi 1.8) keeps the button off and names the command to use instead.
import "./setup";
import { screen } from "@testing-library/react";
import { UserFacingError } from "../../src/excel/types";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeCapabilities } from "../support/paneBuilders";
import { renderPane } from "./render";

describe("New scoring workbook › from this workbook", () => {
  it.each(["vi", "en"] as const)("is offered beside New scoring workbook, and says what Excel opened (%s)", async (language) => {
    const strings = STRINGS[language];
    const capabilities = fakeCapabilities(language);
    capabilities.createFromWorkbook.mockResolvedValue({ period: "6 tháng đầu năm 2026", units: 7 });
    const { user } = renderPane(capabilities);
    const buttons = screen.getAllByRole("button").map((b) => b.textContent);
    expect(buttons.indexOf(strings.actions.fromWorkbook)).toBe(buttons.indexOf(strings.actions.template) + 1);

    await user.click(screen.getByRole("button", { name: strings.actions.fromWorkbook }));
    expect(capabilities.createFromWorkbook).toHaveBeenCalledTimes(1);
    expect(capabilities.createTemplate).not.toHaveBeenCalled();
    expect(await screen.findByText(strings.nextPeriodOpened("6 tháng đầu năm 2026", 7))).toBeInTheDocument();
    expect(screen.queryByText(strings.fromWorkbookNeedsNewerExcel)).not.toBeInTheDocument();
  });

  it.each(["vi", "en"] as const)("is off without ExcelApi 1.8, and names thidua template --from instead (%s)", async (language) => {
    const strings = STRINGS[language];
    const capabilities = { ...fakeCapabilities(language), canCreateWorkbook: false };
    const { user } = renderPane(capabilities);
    const button = screen.getByRole("button", { name: strings.actions.fromWorkbook });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(capabilities.createFromWorkbook).not.toHaveBeenCalled();
    const note = screen.getByText(strings.fromWorkbookNeedsNewerExcel);
    expect(note.textContent).toContain("thidua template --from");
    // The other actions stay on.
    expect(screen.getByRole("button", { name: strings.actions.template })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("shows the refusal the Excel layer worded", async () => {
    const capabilities = fakeCapabilities("en");
    const sentence =
      "The next period's workbook was not made: the period “Kỳ này” on the Settings sheet has no next period the add-in knows.";
    capabilities.createFromWorkbook.mockRejectedValue(new UserFacingError(sentence));
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: STRINGS.en.actions.fromWorkbook }));
    expect(await screen.findByText(sentence)).toBeInTheDocument();
  });
});
