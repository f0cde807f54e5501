/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { STRINGS } from "../../src/taskpane/strings";
import { evaluation, fakeCapabilities, issue, unit } from "../support/paneBuilders";
import { rankingRows, renderPane } from "./render";

const generated = evaluation({
  units: [
    unit("Cấp nước", "CN", { rank: 1, tied: true, total: 97.5, classification: "excellent", award: "vote-flag" }),
    unit("Môi trường", "MT", { rank: 1, tied: true, total: 97.5, classification: "excellent", award: "vote-flag" }, [
      issue({ severity: "warning", rule: "text-number", sheet: "MT", cell: "F9" }),
    ]),
    unit("Thủy lợi", "TL", { rank: 3, total: 88.254, classification: "good", award: "certificate" }),
    unit("Sông Chu", "SC", { status: "not-ranked" }, [issue({ sheet: "SC", cell: "G12" })]),
  ],
});

async function generateIn(language: "vi" | "en") {
  const capabilities = fakeCapabilities(language);
  capabilities.generate.mockResolvedValue({
    evaluation: generated,
    summarySheet: language === "vi" ? "Tổng hợp" : "Summary",
    skipped: ["print setup"],
  });
  const view = renderPane(capabilities);
  await view.user.click(screen.getByRole("button", { name: STRINGS[language].actions.generate }));
  return { capabilities, ...view };
}

const rowTexts = () => rankingRows(screen.getByRole("table"));

describe("Vietnamese", () => {
  it("labels the buttons in Vietnamese", () => {
    renderPane(fakeCapabilities("vi"));
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Kiểm tra",
      "Lập bảng tổng hợp",
      "Tạo bảng chấm điểm mới",
      "Từ sổ này, cho kỳ sau",
      "Thêm tệp của đơn vị",
      "Kỳ trước",
      "Chép dòng chẩn đoán",
    ]);
  });

  it("marks the pane as Vietnamese for screen readers", () => {
    const { container } = renderPane(fakeCapabilities("vi"));
    expect(container.firstElementChild).toHaveAttribute("lang", "vi");
  });

  it("gives the start hint in Vietnamese", () => {
    renderPane(fakeCapabilities("vi"));
    expect(screen.getByRole("banner")).toHaveTextContent("Nhấn Kiểm tra để đọc và kiểm tra bảng tính của cụm.");
  });

  it("names the summary sheet in a Vietnamese sentence, and the left-out print setup", async () => {
    await generateIn("vi");
    expect(screen.getByRole("group", { name: "Xong" })).toHaveTextContent("Đã ghi bảng tổng hợp vào trang tính 'Tổng hợp'.");
    expect(screen.getByRole("group", { name: "Một số phần bị bỏ qua" })).toHaveTextContent(
      "Phiên bản Excel này quá cũ nên không thực hiện được: thiết lập trang in (A4 ngang, vừa một trang).",
    );
  });

  it("words the ranking in Vietnamese, with a decimal comma", async () => {
    await generateIn("vi");
    expect(rowTexts()).toEqual([
      ["1=", "CN", "97,50", "Bỏ phiếu: Cờ thi đua"],
      ["1=", "MT", "97,50", "Bỏ phiếu: Cờ thi đua"],
      ["3", "TL", "88,25", "Bằng khen của Chủ tịch UBND tỉnh"],
      ["—", "SC", "", "Không xếp hạng (1 lỗi)"],
    ]);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Hạng", "Đơn vị", "Điểm", "Kết luận"]);
    expect(screen.getByRole("region", { name: "Xếp hạng" })).toHaveTextContent("Thang điểm 100");
  });

  it("names rules and severities in Vietnamese", async () => {
    await generateIn("vi");
    expect(screen.getByRole("button", { name: "G12 · Ngoài giới hạn cho phép" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "F9 · Số nhập dạng chữ" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Các vấn đề" })).toHaveTextContent("Cảnh báo");
    expect(screen.getByRole("region", { name: "Các vấn đề" })).toHaveTextContent("Lỗi");
    expect(screen.getByRole("region", { name: "Các vấn đề" })).toHaveTextContent("Trang tính: SC · 1 lỗi, 0 cảnh báo");
  });

  it("gives the generic failure sentence in Vietnamese", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const capabilities = fakeCapabilities("vi");
    capabilities.validate.mockRejectedValue(new Error("boom"));
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByRole("group", { name: "Chưa thực hiện được" })).toHaveTextContent("Đã xảy ra lỗi không mong muốn.");
    jest.restoreAllMocks();
  });

  it.each([
    ["excellent", "Xuất sắc"],
    ["good", "Tốt"],
    ["fair", "Khá"],
    ["average", "Trung bình"],
    ["not-completed", "Không hoàn thành"],
  ] as const)("words the classification %s as %s", async (classification, words) => {
    const capabilities = fakeCapabilities("vi");
    capabilities.generate.mockResolvedValue({
      evaluation: evaluation({ units: [unit("A", "A", { classification })] }),
      summarySheet: "Tổng hợp",
      skipped: [],
    });
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: "Lập bảng tổng hợp" }));
    expect(rowTexts()[0][3]).toBe(words);
  });
});

describe("English", () => {
  it("labels the buttons in English", () => {
    renderPane(fakeCapabilities("en"));
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Validate",
      "Generate summary",
      "New scoring workbook",
      "From this workbook, next period",
      "Add units' files",
      "Previous period",
      "Copy the diagnostics line",
    ]);
  });

  it("marks the pane as English for screen readers", () => {
    const { container } = renderPane(fakeCapabilities("en"));
    expect(container.firstElementChild).toHaveAttribute("lang", "en");
  });

  it("words the ranking in English, with a decimal point", async () => {
    await generateIn("en");
    expect(rowTexts()[2]).toEqual(["3", "TL", "88.25", "Certificate of Merit of the Provincial Chairman"]);
  });

  it("explains a unit not ranked because Criteria or Settings are broken", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.generate.mockResolvedValue({
      evaluation: evaluation({ units: [unit("A", "A", { status: "not-ranked" })] }),
      summarySheet: "Summary",
      skipped: [],
    });
    const { user } = renderPane(capabilities);
    await user.click(screen.getByRole("button", { name: "Generate summary" }));
    expect(rowTexts()[0][3]).toBe("Not ranked (the Criteria or Settings sheet has errors)");
  });
});

describe("structure for screen readers", () => {
  it("has a banner with the pane's title as the one level-1 heading, and a main region", () => {
    renderPane(fakeCapabilities("en"));
    expect(within(screen.getByRole("banner")).getByRole("heading", { level: 1 })).toHaveTextContent("Thi Đua scoring");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(within(screen.getByRole("main")).getByRole("region", { name: "Actions" })).toBeInTheDocument();
  });

  it("announces progress through a live status region", async () => {
    const capabilities = fakeCapabilities("en");
    capabilities.validate.mockReturnValue(new Promise(() => undefined));
    const { user } = renderPane(capabilities);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(screen.getByRole("status")).toHaveTextContent("Validating the workbook…");
  });

  it("gives the ranking and the issues their own headed regions", async () => {
    await generateIn("en");
    expect(screen.getByRole("region", { name: "Ranking" })).toContainElement(screen.getByRole("table"));
    expect(screen.getByRole("table", { name: "Ranking" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Issues" })).toBeInTheDocument();
  });

  // axe walks the whole rendered pane: seconds on a busy machine, more than Jest's 5 s default.
  it.each(["vi", "en"] as const)(
    "has no axe violations once generated, in %s",
    async (language) => {
      const { container } = await generateIn(language);
      // Contrast needs real layout and colours, which jsdom does not compute.
      const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    },
    60_000,
  );

  // The §7 state: every optional column, the decision beside the proposal, the conference's
  // issue group and the offer to prepare the conference, all at once.
  const conferenceState = evaluation({
    period: "Năm 2024",
    settings: { flagName: "Cờ thi đua của UBND tỉnh Thanh Hóa" },
    workbookIssues: [
      issue({ severity: "warning", rule: "decision-differs", sheet: "Bình xét", cell: "E11", criterion: null, message: "khác đề nghị" }),
    ],
    units: [
      unit("Lam Sơn", "LS", {
        rank: 1,
        total: 96.5,
        converted: 95.5,
        notApplicable: ["I.3"],
        selfTotal: 95,
        review: "full",
        award: "flag",
        decision: "flag",
        votes: { flag: 6, certificate: 0, members: 7 },
      }),
      unit("Cấp nước", "CN", {
        rank: 2,
        total: 90,
        converted: 89,
        selfTotal: null,
        review: "partial",
        classification: "excellent",
        award: "certificate",
        decision: "none",
        votes: { flag: 0, certificate: 3, members: 7 },
      }),
    ],
  });

  it.each(["vi", "en"] as const)(
    "has no axe violations with the conference's decisions, issues and offer, in %s",
    async (language) => {
      const capabilities = fakeCapabilities(language);
      capabilities.generate.mockResolvedValue({ evaluation: conferenceState, summarySheet: "Tổng hợp", skipped: [] });
      const { container, user } = renderPane(capabilities);
      await user.click(screen.getByRole("button", { name: STRINGS[language].actions.generate }));
      // The state under test is really on screen: a unit's details open, the decision, the offer and the group.
      await user.click(screen.getByRole("button", { name: "LS" }));
      expect(screen.getByRole("button", { name: "LS" })).toHaveAttribute("aria-expanded", "true");
      expect(screen.getByRole("table")).toHaveTextContent(
        STRINGS[language].decision("flag", { flag: 6, certificate: 0, members: 7 }, conferenceState.settings),
      );
      expect(screen.getByRole("button", { name: STRINGS[language].actions.conference })).toBeInTheDocument();
      expect(screen.getByRole("heading", { level: 3, name: STRINGS[language].conferenceGroup })).toBeInTheDocument();
      const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    },
    60_000,
  );
});
