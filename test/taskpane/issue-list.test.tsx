/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { UserFacingError } from "../../src/excel/types";
import { evaluation, fakeCapabilities, issue, unit } from "../support/paneBuilders";
import { renderPane } from "./render";

const problems = evaluation({
  workbookIssues: [
    issue({ rule: "settings-invalid", sheet: "Thiết lập", cell: "B7", criterion: null, message: "Thiết lập: ngưỡng không giảm dần" }),
    issue({ severity: "warning", rule: "unlisted-sheet", sheet: "Nháp", cell: null, criterion: null, message: "Trang tính ngoài danh sách; bỏ qua" }),
  ],
  units: [
    unit("Công ty Cấp nước", "Cấp nước", { status: "not-ranked" }, [
      issue({ sheet: "Cấp nước", cell: "G12", criterion: "I.1", message: "12 nằm ngoài khoảng 0 – 10" }),
      issue({ severity: "warning", rule: "text-number", sheet: "Cấp nước", cell: "F9", criterion: "II.2", message: 'Số được nhập dưới dạng chữ "8,5"' }),
      issue({ rule: "missing-criterion", sheet: "Cấp nước", cell: null, criterion: "III.1", message: "Thiếu hàng của tiêu chí này" }),
    ]),
    unit("Công ty Sông Chu", "Sông Chu", { status: "not-ranked" }, [
      issue({ rule: "missing-sheet", sheet: "Thiết lập", cell: "D21", criterion: null, message: 'Không có trang tính "Sông Chu" của đơn vị này' }),
    ]),
    unit("Công ty Môi trường", "Môi trường"),
  ],
});

async function validated() {
  const capabilities = fakeCapabilities();
  capabilities.validate.mockResolvedValue(problems);
  const view = renderPane(capabilities);
  await view.user.click(screen.getByRole("button", { name: "Validate" }));
  return { capabilities, ...view };
}

const issuesRegion = () => screen.getByRole("region", { name: "Issues" });
const groupRegion = (name: string) => within(issuesRegion()).getByRole("region", { name });

describe("issue list", () => {
  it("groups the issues by unit, the workbook's own group first", async () => {
    await validated();
    const headings = within(issuesRegion()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Criteria, Settings and other sheets", "Công ty Cấp nước", "Công ty Sông Chu"]);
  });

  it("leaves out units that have no issues", async () => {
    await validated();
    expect(within(issuesRegion()).queryByRole("heading", { name: "Công ty Môi trường" })).not.toBeInTheDocument();
  });

  it("counts each group's errors and warnings, and names the unit's sheet", async () => {
    await validated();
    expect(groupRegion("Công ty Cấp nước")).toHaveTextContent("Sheet: Cấp nước · 2 errors, 1 warning");
    expect(groupRegion("Công ty Sông Chu")).toHaveTextContent("Sheet: Sông Chu · 1 error, 0 warnings");
    expect(groupRegion("Criteria, Settings and other sheets")).toHaveTextContent("1 error, 1 warning");
  });

  it("puts each issue in its own group", async () => {
    await validated();
    expect(within(groupRegion("Công ty Cấp nước")).getAllByRole("listitem")).toHaveLength(3);
    expect(within(groupRegion("Công ty Sông Chu")).getAllByRole("listitem")).toHaveLength(1);
    expect(within(groupRegion("Criteria, Settings and other sheets")).getAllByRole("listitem")).toHaveLength(2);
  });

  it("shows the rule by name, the criterion and the engine's message", async () => {
    await validated();
    const item = within(groupRegion("Công ty Cấp nước")).getAllByRole("listitem")[0];
    expect(item).toHaveTextContent("G12 · Out of range");
    expect(item).toHaveTextContent("Criterion I.1: 12 nằm ngoài khoảng 0 – 10");
  });

  it("tells errors from warnings in words, not colour alone", async () => {
    await validated();
    const [error, warning] = within(groupRegion("Công ty Cấp nước")).getAllByRole("listitem");
    expect(error.textContent).toMatch(/^Error/);
    expect(warning.textContent).toMatch(/^Warning/);
  });

  it("names the sheet of an issue that is not on the group's own sheet", async () => {
    await validated();
    expect(within(groupRegion("Công ty Sông Chu")).getByRole("button")).toHaveTextContent("Thiết lập!D21 · Missing sheet");
    expect(within(groupRegion("Criteria, Settings and other sheets")).getByRole("button")).toHaveTextContent("Thiết lập!B7 · Settings invalid");
  });

  it("selects an issue's sheet and cell when its link is clicked", async () => {
    const { capabilities, user } = await validated();
    await user.click(screen.getByRole("button", { name: "G12 · Out of range" }));
    expect(capabilities.selectCell).toHaveBeenCalledTimes(1);
    expect(capabilities.selectCell).toHaveBeenCalledWith("Cấp nước", "G12");
  });

  it("selects the Settings cell of a unit whose sheet is missing", async () => {
    const { capabilities, user } = await validated();
    await user.click(screen.getByRole("button", { name: "Thiết lập!D21 · Missing sheet" }));
    expect(capabilities.selectCell).toHaveBeenCalledWith("Thiết lập", "D21");
  });

  it("selects the cell when the link is activated with Enter", async () => {
    const { capabilities, user } = await validated();
    screen.getByRole("button", { name: "F9 · Number typed as text" }).focus();
    await user.keyboard("{Enter}");
    expect(capabilities.selectCell).toHaveBeenCalledWith("Cấp nước", "F9");
  });

  it("tells what a link does beyond its text", async () => {
    await validated();
    expect(screen.getByRole("button", { name: "G12 · Out of range" })).toHaveAccessibleDescription("Select cell G12 on sheet Cấp nước");
  });

  it.each([
    ["Công ty Cấp nước", "Missing criterion"],
    ["Criteria, Settings and other sheets", "Nháp · Sheet not in the units list"],
  ])("shows an issue without a cell in %s as plain text, not a link", async (group, text) => {
    await validated();
    const item = within(groupRegion(group))
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes(text));
    expect(item).toBeDefined();
    expect(within(item as HTMLElement).queryByRole("button")).not.toBeInTheDocument();
    expect(within(item as HTMLElement).queryByRole("link")).not.toBeInTheDocument();
  });

  it("has one link per issue with a cell", async () => {
    await validated();
    const links = within(issuesRegion()).getAllByRole("button").map((b) => b.textContent);
    expect(links).toEqual(["Thiết lập!B7 · Settings invalid", "G12 · Out of range", "F9 · Number typed as text", "Thiết lập!D21 · Missing sheet"]);
  });

  it("orders unit groups as the units list does, not by rank", async () => {
    const a = unit("Đơn vị A", "A", {}, [issue({ severity: "warning", rule: "text-number", sheet: "A" })]);
    const b = unit("Đơn vị B", "B", { status: "not-ranked" }, [issue({ sheet: "B" })]);
    // Evaluation order is rank order (A ranked, B not); the report's issues follow the list (B, A).
    const inRankOrder = evaluation({ units: [a, b] });
    inRankOrder.report.issues = [...b.issues, ...a.issues];
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(inRankOrder);
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: "Validate" }));
    const headings = within(issuesRegion()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Đơn vị B", "Đơn vị A"]);
  });

  it("shows why a cell could not be selected, and clears it on the next try", async () => {
    const { capabilities, user } = await validated();
    capabilities.selectCell.mockRejectedValueOnce(new UserFacingError("The sheet 'Cấp nước' no longer exists."));
    await user.click(screen.getByRole("button", { name: "G12 · Out of range" }));
    expect(within(issuesRegion()).getByRole("group", { name: "Could not select the cell" })).toHaveTextContent(
      "The sheet 'Cấp nước' no longer exists.",
    );
    await user.click(screen.getByRole("button", { name: "F9 · Number typed as text" }));
    expect(within(issuesRegion()).queryByRole("group", { name: "Could not select the cell" })).not.toBeInTheDocument();
  }, 30_000);
});

describe("keyboard", () => {
  it("reaches the three buttons with Tab, in order", async () => {
    const { user } = renderPane(fakeCapabilities());
    await user.tab();
    expect(screen.getByRole("button", { name: "Validate" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Generate summary" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "New scoring workbook" })).toHaveFocus();
  }, 30_000);

  it("runs Validate from the keyboard", async () => {
    const capabilities = fakeCapabilities();
    const { user } = renderPane(capabilities);
    await user.tab();
    await user.keyboard("{Enter}");
    // The quiet check on opening, then the key press.
    expect(capabilities.validate).toHaveBeenCalledTimes(2);
    expect(capabilities.validate.mock.calls[1][0]).toEqual(expect.any(Function));
  });

  it("reaches every issue link with Tab after the buttons, and selects with Enter", async () => {
    const { capabilities, user } = await validated();
    // The last of the pane's buttons, after the actions and the import buttons.
    screen.getByRole("button", { name: "Previous period" }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      reached.push(document.activeElement?.textContent ?? "");
    }
    expect(reached).toEqual(["Thiết lập!B7 · Settings invalid", "G12 · Out of range", "F9 · Number typed as text", "Thiết lập!D21 · Missing sheet"]);
    await user.keyboard("{Enter}");
    expect(capabilities.selectCell).toHaveBeenCalledWith("Thiết lập", "D21");
  });

  it("keeps focus on the pressed button while the run works", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockReturnValue(new Promise(() => undefined));
    const { user } = renderPane(capabilities);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Validate" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Validate" })).toHaveFocus();
  });
});
