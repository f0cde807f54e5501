/** @jest-environment jsdom */
// The pane's "Add units' files" and "Previous period" (issue 13 §1, §3): the plan is shown before
// anything changes, the files go in only on confirm, and clients below ExcelApi 1.13 are told
// what they need.
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UserFacingError } from "../../src/excel/types";
import { fakeCapabilities } from "../support/paneBuilders";
import { renderPane } from "./render";

const PLAN = {
  lines: [
    "lam-son.xlsx › Lam Sơn → “Lam Sơn”: thay trang hiện có của Công ty TNHH Lam Sơn - Thanh Hóa; trang cũ được giữ lại, đổi tên thành “Lam Sơn (cũ 1)”",
    "ghi-chu.txt: bỏ qua — không phải sổ tính .xlsx; hãy lưu lại dưới dạng Excel Workbook (.xlsx)",
  ],
  sheets: 1,
  skipped: 1,
};

const xlsx = (name: string, text = "PK") => new File([text], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

describe("adding units' files", () => {
  it("shows the plan first, and imports the same files only on confirm", async () => {
    const capabilities = fakeCapabilities("vi");
    capabilities.planImport.mockResolvedValue(PLAN);
    capabilities.importFiles.mockResolvedValue(PLAN);
    renderPane(capabilities);
    // The picker's filter can be switched to "All files": the .txt still arrives.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText("Thêm tệp của đơn vị", { selector: "input" }), [xlsx("lam-son.xlsx"), new File(["x"], "ghi-chu.txt")]);

    const plan = await screen.findByRole("list", { name: "Kế hoạch thêm tệp" });
    expect(Array.from(plan.querySelectorAll("li")).map((li) => li.textContent)).toEqual(PLAN.lines);
    expect(screen.getByText("Sẽ thêm 1 trang đơn vị, bỏ qua 1 dòng. Chưa có gì thay đổi.")).toBeInTheDocument();
    expect(capabilities.planImport).toHaveBeenCalledWith([
      { name: "lam-son.xlsx", base64: Buffer.from("PK").toString("base64") },
      // Not an .xlsx by its name: not read; the plan says it is skipped.
      { name: "ghi-chu.txt", base64: null },
    ]);
    expect(capabilities.importFiles).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Thêm 1 trang" }));
    expect(await screen.findByText("Đã thêm 1 trang đơn vị. Hãy Kiểm tra hoặc Lập bảng tổng hợp.")).toBeInTheDocument();
    expect(capabilities.importFiles).toHaveBeenCalledWith(capabilities.planImport.mock.calls[0][0]);
    // The skipped line stays in view after the import.
    expect(screen.getByText(PLAN.lines[1])).toBeInTheDocument();
  });

  it("changes nothing when the secretary cancels", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.planImport.mockResolvedValue({ lines: ["a.xlsx › A → “A”: new sheet for A"], sheets: 1, skipped: 0 });
    const { user } = renderPane(capabilities);
    await user.upload(screen.getByLabelText("Add units' files", { selector: "input" }), xlsx("a.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("list", { name: "Import plan" })).not.toBeInTheDocument();
    expect(capabilities.importFiles).not.toHaveBeenCalled();
  });

  it("offers no confirm when nothing can be imported", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.planImport.mockResolvedValue({ lines: ["x.xlsx: skipped — no sheet has a unit table for a listed unit"], sheets: 0, skipped: 1 });
    const { user } = renderPane(capabilities);
    await user.upload(screen.getByLabelText("Add units' files", { selector: "input" }), xlsx("x.xlsx"));
    expect(await screen.findByText("There is no sheet to add. Nothing has changed.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Add \d/ })).not.toBeInTheDocument();
  });

  it("says what went wrong when planning fails", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.planImport.mockRejectedValue(new UserFacingError("Excel is busy. Try again."));
    const { user } = renderPane(capabilities);
    await user.upload(screen.getByLabelText("Add units' files", { selector: "input" }), xlsx("x.xlsx"));
    expect(await screen.findByText("Excel is busy. Try again.")).toBeInTheDocument();
  });
});

describe("last period", () => {
  it("inserts last period's summary and says where, and that an earlier one was kept", async () => {
    const capabilities = fakeCapabilities("vi");
    capabilities.insertPrevious.mockResolvedValue({ sheet: "Kỳ trước", units: 7, keptAs: ["Kỳ trước (cũ 1)"] });
    const { user } = renderPane(capabilities);
    await user.upload(screen.getByLabelText("Kỳ trước", { selector: "input" }), xlsx("nam-2023.xlsx", "PK2"));
    expect(
      await screen.findByText("Đã thêm trang 'Kỳ trước' (7 đơn vị kỳ trước). Trang cũ được giữ lại với tên 'Kỳ trước (cũ 1)'."),
    ).toBeInTheDocument();
    expect(capabilities.insertPrevious).toHaveBeenCalledWith({ name: "nam-2023.xlsx", base64: Buffer.from("PK2").toString("base64") });
    // The workbook changed: the pane checks the summary again, quietly.
    await waitFor(() => expect(capabilities.validate).toHaveBeenCalledTimes(2));
  });
});

describe("below ExcelApi 1.13", () => {
  it.each([
    ["vi", "Thêm trang từ tệp cần Microsoft 365 hoặc Office 2021 trở lên.", ["Thêm tệp của đơn vị", "Kỳ trước"]],
    ["en", "Adding sheets from files needs Microsoft 365 or Office 2021 or later.", ["Add units' files", "Previous period"]],
  ] as const)("in %s: says Microsoft 365 or Office 2021 is needed, and the buttons are off", async (language, words, buttons) => {
    const capabilities = { ...fakeCapabilities(language), canInsertSheets: false };
    renderPane(capabilities);
    expect(screen.getByText(words)).toBeInTheDocument();
    for (const name of buttons) expect(screen.getByRole("button", { name })).toHaveAttribute("aria-disabled", "true");
  });
});
