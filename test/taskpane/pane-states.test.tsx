/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, within } from "@testing-library/react";
import { Button, FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { UserFacingError, type GenerateResult, type RunStage } from "../../src/excel/types";
import { deferred, evaluation, fakeCapabilities, issue, unit } from "../support/paneBuilders";
import { rankingDetails, rankingRows, renderPane } from "./render";

const button = (name: string) => screen.getByRole("button", { name });
const BUTTONS = ["Validate", "Generate summary", "New scoring workbook"];

/** The message bar whose title is `title` (Fluent labels each bar by its title). */
const messageBar = (title: string) => screen.getByRole("group", { name: title });

describe("idle", () => {
  it("shows the hint to press Validate, and no cluster yet", () => {
    renderPane(fakeCapabilities());
    expect(screen.getByRole("banner")).toHaveTextContent("Press Validate to read and check the cluster's workbook.");
    expect(screen.queryByText("Cluster")).not.toBeInTheDocument();
  });

  it.each(BUTTONS)("offers %s, enabled", (name) => {
    renderPane(fakeCapabilities());
    expect(button(name)).toBeEnabled();
    expect(button(name)).not.toHaveAttribute("aria-disabled", "true");
  });

  it("shows no progress, messages, issues or ranking", () => {
    renderPane(fakeCapabilities());
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Issues" })).not.toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("makes Generate summary the primary button", () => {
    // Fluent marks a button's appearance only through generated class names, which are the same
    // for the same props: compare with a primary button rendered on its own.
    render(
      <FluentProvider theme={webLightTheme}>
        <Button appearance="primary">reference</Button>
      </FluentProvider>,
    );
    const primary = screen.getByRole("button", { name: "reference" }).className;
    renderPane(fakeCapabilities());
    expect(button("Generate summary").className).toBe(primary);
    expect(button("Validate").className).not.toBe(primary);
    expect(button("New scoring workbook").className).not.toBe(primary);
  });
});

describe("running", () => {
  function holdValidate() {
    const capabilities = fakeCapabilities();
    const pending = deferred<ReturnType<typeof evaluation>>();
    let report: ((stage: RunStage) => void) | undefined;
    capabilities.validate.mockImplementation((onStage) => {
      report = onStage;
      return pending.promise;
    });
    return { capabilities, pending, stage: (s: RunStage) => act(() => report?.(s)) };
  }

  it.each(BUTTONS)("disables %s while a run works", async (name) => {
    const { capabilities } = holdValidate();
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(button(name)).toHaveAttribute("aria-disabled", "true");
  });

  it("ignores clicks on the other buttons while a run works", async () => {
    const { capabilities } = holdValidate();
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    await user.click(button("Generate summary"));
    await user.click(button("New scoring workbook"));
    await user.click(button("Validate"));
    // The quiet check on opening, then the one click that ran.
    expect(capabilities.validate).toHaveBeenCalledTimes(2);
    expect(capabilities.generate).not.toHaveBeenCalled();
    expect(capabilities.createTemplate).not.toHaveBeenCalled();
  });

  it("shows what it is doing before the first stage arrives", async () => {
    const { capabilities } = holdValidate();
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(screen.getByRole("status")).toHaveTextContent("Validating the workbook…");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
  });

  it.each<[RunStage, string]>([
    ["reading", "Reading the workbook…"],
    ["checking", "Checking and scoring…"],
    ["writing", "Writing the summary…"],
    ["done", "Finishing…"],
  ])("shows the stage %s as %p", async (stage, text) => {
    const { capabilities, stage: report } = holdValidate();
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    report(stage);
    expect(screen.getByRole("status")).toHaveTextContent(text);
  });

  it("enables the buttons again and clears the progress when the run ends", async () => {
    const { capabilities, pending } = holdValidate();
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    await act(async () => pending.resolve(evaluation()));
    expect(button("Generate summary")).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("keeps the last issues on screen while the next run works", async () => {
    const capabilities = fakeCapabilities();
    const { user } = renderPane(capabilities);
    // After the quiet check on opening, so the click gets it.
    capabilities.validate.mockResolvedValueOnce(evaluation({ units: [unit("Công ty A", "A", {}, [issue()])] }));
    await user.click(button("Validate"));
    capabilities.generate.mockReturnValue(deferred<GenerateResult>().promise);
    await user.click(button("Generate summary"));
    expect(screen.getByRole("heading", { name: "Công ty A" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Generating the summary…");
  });
});

describe("validated", () => {
  it("shows the cluster, period and number of units found", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(
      evaluation({ cluster: "Cụm thi đua số 18", period: "6 tháng đầu năm 2024", units: [unit("A", "A"), unit("B", "B"), unit("C", "C")] }),
    );
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    const header = screen.getByRole("banner");
    expect(within(header).getByText("Cụm thi đua số 18")).toBeInTheDocument();
    expect(within(header).getByText("6 tháng đầu năm 2024")).toBeInTheDocument();
    expect(within(header).getByText("Units").nextElementSibling).toHaveTextContent(/^3$/);
    expect(header).not.toHaveTextContent("Press Validate");
  });

  it("says when Settings names no cluster or period", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(evaluation({ cluster: null, period: null }));
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(within(screen.getByRole("banner")).getAllByText("not set in Settings")).toHaveLength(2);
  });

  it("says there are no problems when the workbook is clean", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(evaluation({ units: [unit("A", "A"), unit("B", "B")] }));
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(messageBar("Done")).toHaveTextContent("Checked 2 units: no problems found.");
    expect(screen.getByRole("region", { name: "Issues" })).toHaveTextContent("No problems found.");
    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
  });

  it("counts the errors and warnings found", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(
      evaluation({
        units: [
          unit("A", "A", { status: "not-ranked" }, [issue(), issue({ cell: "G13" }), issue({ severity: "warning", rule: "text-number" })]),
        ],
      }),
    );
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(messageBar("Done")).toHaveTextContent("Found 2 errors and 1 warning. Units with errors are not ranked.");
  });

  it("shows no ranking: that comes with Generate", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(evaluation({ units: [unit("A", "A")] }));
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("generated", () => {
  const ranked = evaluation({
    maxTotal: 100,
    units: [
      unit("Cấp nước", "CN", { rank: 1, tied: true, total: 97.5, classification: "excellent", award: "vote-flag" }),
      unit("Môi trường", "MT", { rank: 1, tied: true, total: 97.5, classification: "excellent", award: "vote-flag" }),
      unit("Thủy lợi", "TL", { rank: 3, total: 88.254, classification: "good", award: "certificate" }),
      unit("Sông Chu", "SC", { status: "not-ranked" }, [issue({ sheet: "SC" })]),
    ],
  });

  async function generate(result: Partial<GenerateResult> = {}) {
    const capabilities = fakeCapabilities();
    capabilities.generate.mockResolvedValue({ evaluation: ranked, summarySheet: "Summary", skipped: [], ...result });
    const view = renderPane(capabilities);
    await view.user.click(button("Generate summary"));
    return { capabilities, ...view };
  }

  const rows = () => rankingRows(screen.getByRole("table"));

  it("names the sheet the summary was written to", async () => {
    await generate({ summarySheet: "Tổng hợp" });
    expect(messageBar("Done")).toHaveTextContent("Summary written to sheet 'Tổng hợp'.");
  });

  it("lists the rows in rank order, then the units not ranked", async () => {
    await generate();
    // Each by its short name (here its sheet's, the list giving none); the full name is its title.
    expect(rows().map((row) => row[1])).toEqual(["CN", "MT", "TL", "SC"]);
    expect(screen.getByRole("button", { name: "TL" })).toHaveAttribute("title", "Thủy lợi");
  });

  it("shows rank, short name, total with two decimals and award on one line", async () => {
    await generate();
    expect(rows()[2]).toEqual(["3", "TL", "88.25", "Certificate of Merit of the Provincial Chairman"]);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Rank", "Unit", "Total", "Outcome"]);
  });

  it("opens a unit's details on a click on its line, and closes them on Enter on its name", async () => {
    const { user } = await generate();
    const name = screen.getByRole("button", { name: "TL" });
    expect(name).toHaveAttribute("aria-expanded", "false");
    await user.click(screen.getByRole("cell", { name: "88.25" }));
    expect(name).toHaveAttribute("aria-expanded", "true");
    expect(rankingDetails(screen.getByRole("table"))).toEqual([
      ["Thủy lợi", "Classification: Good", "Proposed: Certificate of Merit of the Provincial Chairman"],
    ]);
    // The details are a row of their own under the unit's line, which stays one line.
    expect(rows()).toHaveLength(4);
    name.focus();
    await user.keyboard("{Enter}");
    expect(name).toHaveAttribute("aria-expanded", "false");
    expect(rankingDetails(screen.getByRole("table"))).toEqual([]);
  });

  it("says why a unit excellent on points is classed Good", async () => {
    const heldBack = evaluation({
      units: [unit("Lam Sơn", "LS", { rank: 1, total: 100.19, classification: "good", allTargetsMet: false, award: "certificate" })],
    });
    const capabilities = fakeCapabilities();
    capabilities.generate.mockResolvedValue({ evaluation: heldBack, summarySheet: "Summary", skipped: [] });
    const view = renderPane(capabilities);
    await view.user.click(button("Generate summary"));
    await view.user.click(button("LS"));
    // In the English pane's words, though the workbook's report is Vietnamese.
    expect(rankingDetails(screen.getByRole("table"))[0]).toContain("Notes: Excellent on points, but not every plan target was met");
  });

  it("states the scale the totals are on", async () => {
    await generate();
    expect(screen.getByRole("region", { name: "Ranking" })).toHaveTextContent("Scale of 100 points, before bonus and deductions");
  });

  it("marks tied units and the vote the conference must take", async () => {
    await generate();
    expect(rows()[0]).toEqual(["1=", "CN", "97.50", "Vote: Provincial Emulation Flag"]);
    expect(rows()[1][0]).toBe("1=");
    expect(screen.getAllByRole("cell").find((cell) => cell.textContent === "1=")).toHaveAttribute("title", "tied");
  });

  it("marks a unit that is not ranked, with its errors", async () => {
    await generate();
    expect(rows()[3]).toEqual(["—", "SC", "", "Not ranked (1 error)"]);
  });

  it("keeps the issue list under the ranking", async () => {
    await generate();
    expect(screen.getByRole("heading", { name: "Sông Chu" })).toBeInTheDocument();
  });

  it("shows the cluster from the generated evaluation", async () => {
    await generate();
    expect(screen.getByRole("banner")).toHaveTextContent("Cụm thi đua số 18");
  });

  it("lists the features this Excel had to leave out, in the user's words", async () => {
    await generate({ skipped: ["print setup", "data validation"] });
    expect(messageBar("Some parts were left out")).toHaveTextContent(
      "This version of Excel is too old for: print setup (A4 landscape, one page wide), data validation.",
    );
  });

  it("shows a feature it has no words for as it came", async () => {
    await generate({ skipped: ["sparkles"] });
    expect(messageBar("Some parts were left out")).toHaveTextContent("too old for: sparkles.");
  });

  it("warns of values right of column IV in the command line's words", async () => {
    await generate({ readWarnings: [{ kind: "cells-beyond-columns", sheet: "Lam Sơn", cell: "XFD1048576", count: null }] });
    expect(messageBar("Some values were not read")).toHaveTextContent(
      'sheet "Lam Sơn" has values right of column IV (in XFD1048576); they are not read',
    );
  });

  it("says nothing about left-out features when none were", async () => {
    await generate();
    expect(screen.queryByRole("group", { name: "Some parts were left out" })).not.toBeInTheDocument();
  });

  it("drops the ranking when the next Validate finishes", async () => {
    const { capabilities, user } = await generate();
    capabilities.validate.mockResolvedValue(ranked);
    await user.click(button("Validate"));
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("failed", () => {
  it("shows the UserFacingError's sentence in an error message bar", async () => {
    const capabilities = fakeCapabilities();
    capabilities.generate.mockRejectedValue(
      new UserFacingError("Excel is busy editing a cell. Press Enter, then try again.", "InvalidOperationInCellEditMode"),
    );
    const { user } = renderPane(capabilities);
    await user.click(button("Generate summary"));
    expect(messageBar("Could not finish")).toHaveTextContent("Excel is busy editing a cell. Press Enter, then try again.");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows a generic sentence, never the stack, for any other error", async () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const capabilities = fakeCapabilities();
    const bug = new TypeError("Cannot read properties of undefined (reading 'values')");
    capabilities.validate.mockRejectedValue(bug);
    const { user } = renderPane(capabilities);
    await user.click(button("Validate"));
    const bar = messageBar("Could not finish");
    expect(bar).toHaveTextContent("Something went wrong. Try again; if it keeps happening, close and reopen the Thi Đua pane.");
    expect(bar).not.toHaveTextContent("Cannot read properties");
    expect(bar).not.toHaveTextContent("TypeError");
    // The detail still reaches whoever debugs it.
    expect(consoleError).toHaveBeenCalledWith(bug);
    consoleError.mockRestore();
  });

  it("keeps the last issue list after a failed run", async () => {
    const capabilities = fakeCapabilities();
    capabilities.generate.mockRejectedValue(new UserFacingError("The workbook is read-only."));
    const { user } = renderPane(capabilities);
    capabilities.validate.mockResolvedValueOnce(evaluation({ units: [unit("Công ty A", "A", {}, [issue()])] }));
    await user.click(button("Validate"));
    await user.click(button("Generate summary"));
    expect(messageBar("Could not finish")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Công ty A" })).toBeInTheDocument();
  });

  it("lets the user try again, and clears the error when the retry works", async () => {
    const capabilities = fakeCapabilities();
    const { user } = renderPane(capabilities);
    capabilities.validate.mockRejectedValueOnce(new UserFacingError("Excel is busy."));
    await user.click(button("Validate"));
    expect(button("Validate")).not.toHaveAttribute("aria-disabled", "true");
    await user.click(button("Validate"));
    // The quiet check on opening, the failed click and the retry.
    expect(capabilities.validate).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole("group", { name: "Could not finish" })).not.toBeInTheDocument();
  });
});

describe("template created", () => {
  it("lists the sheets it added and the period they are for", async () => {
    const capabilities = fakeCapabilities();
    capabilities.createTemplate.mockResolvedValue({
      sheets: ["Criteria", "Settings", "Unit 1", "Unit 2"],
      period: "Năm 2026",
      skipped: [],
    });
    const { user } = renderPane(capabilities);
    await user.click(button("New scoring workbook"));
    expect(capabilities.createTemplate).toHaveBeenCalledTimes(1);
    expect(messageBar("Done")).toHaveTextContent(
      "Sheets added: Criteria, Settings, Unit 1, Unit 2, for the period Năm 2026 (change it on the Settings sheet if need be).",
    );
  });

  it("lists what this Excel left out of the template", async () => {
    const capabilities = fakeCapabilities();
    capabilities.createTemplate.mockResolvedValue({ sheets: ["Criteria"], period: "Năm 2026", skipped: ["data validation"] });
    const { user } = renderPane(capabilities);
    await user.click(button("New scoring workbook"));
    expect(messageBar("Some parts were left out")).toHaveTextContent("too old for: data validation.");
  });

  it("shows progress while it adds the sheets", async () => {
    const capabilities = fakeCapabilities();
    capabilities.createTemplate.mockReturnValue(deferred<never>().promise);
    const { user } = renderPane(capabilities);
    await user.click(button("New scoring workbook"));
    expect(screen.getByRole("status")).toHaveTextContent("Adding the template sheets…");
  });
});

describe("theme", () => {
  /** The value the pane's FluentProvider gives a theme token, read from the CSS rule it inserts. */
  function providerToken(container: HTMLElement, token: string): string | undefined {
    const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
    const scope = Array.from(provider?.classList ?? []).find((c) => /^fui-FluentProvider\w+$/.test(c));
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
    const rule = rules.find((r) => r.cssText.startsWith(`.${scope} {`));
    return rule?.cssText.match(new RegExp(`--${token}: ([^;]+);`))?.[1];
  }

  it.each([
    ["light", undefined, webLightTheme],
    ["light", "light" as const, webLightTheme],
    ["dark", "dark" as const, webDarkTheme],
  ])("uses Fluent's %s theme for theme=%p", (_name, theme, expected) => {
    const { container } = renderPane(fakeCapabilities(), theme);
    expect(providerToken(container, "colorNeutralBackground1")).toBe(expected.colorNeutralBackground1);
  });
});
