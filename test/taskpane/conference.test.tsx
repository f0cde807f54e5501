/** @jest-environment jsdom */
// The pane's part of issues 11 and 12: the ranking shows the Summary's §7 columns where the run
// has them (converted points, self total and difference, award names from Settings, none at a
// half-year review, the conference's decision beside the proposal), Prepare the conference is
// offered after a Generate at a year review, and the decision checks gather under the
// Conference sheet with links to their cells.
import "./setup";
import { act, screen, within } from "@testing-library/react";
import { UserFacingError, type ConferenceResult } from "../../src/excel/types";
import { STRINGS } from "../../src/taskpane/strings";
import { conferenceDetails, deferred, evaluation, fakeCapabilities, issue, unit, type EvaluationFields } from "../support/paneBuilders";
import { rankingDetails, rankingRows, renderPane } from "./render";

const button = (name: string) => screen.getByRole("button", { name });
const headers = () => screen.getAllByRole("columnheader").map((h) => h.textContent);
const rows = () => rankingRows(screen.getByRole("table"));
const details = () => rankingDetails(screen.getByRole("table"));

async function generate(fields: EvaluationFields, language: "vi" | "en" = "en") {
  const capabilities = fakeCapabilities(language);
  capabilities.generate.mockResolvedValue({ evaluation: evaluation(fields), summarySheet: "Summary", skipped: [] });
  const view = renderPane(capabilities);
  await view.user.click(button(STRINGS[language].actions.generate));
  return { capabilities, ...view };
}

// A task pane is about 320 px wide: each unit is one line (rank, short name, total, outcome) and
// the Summary's other figures, the decision with its votes and the notes open under it (§8.2).
describe("ranking preview: one line per unit, the §7 figures in its details", () => {
  it("keeps four one-word headers, whatever figures the run has", async () => {
    await generate({
      units: [
        unit("Lam Sơn", "LS", {
          rank: 1,
          total: 96.2,
          converted: 95.2,
          notApplicable: ["I.3"],
          applicableMax: 90,
          selfTotal: 95,
          review: "full",
        }),
      ],
    });
    expect(headers()).toEqual(["Rank", "Unit", "Total", "Outcome"]);
  });

  it("opens Converted in the details when some unit has a criterion that does not apply", async () => {
    const { user } = await generate({
      units: [
        unit("Lam Sơn", "LS", { rank: 1, total: 96.2, converted: 95.2, notApplicable: ["I.3"], applicableMax: 90 }),
        unit("Cấp nước", "CN", { rank: 2, total: 88, converted: 87 }),
        unit("Sông Chu", "SC", { status: "not-ranked" }),
      ],
    });
    expect(rows().map((row) => row.slice(0, 3))).toEqual([
      ["1", "LS", "96.20"],
      ["2", "CN", "88.00"],
      ["—", "SC", ""],
    ]);
    await user.click(button("LS"));
    expect(details()[0].slice(0, 2)).toEqual(["Lam Sơn", "Converted: 95.20"]);
  });

  it("opens Self total and Difference when some score was reviewed, the difference signed", async () => {
    const { user } = await generate({
      units: [
        unit("Lam Sơn", "LS", { rank: 1, total: 96.5, selfTotal: 95, review: "full" }),
        unit("Cấp nước", "CN", { rank: 2, total: 88, selfTotal: 88.25, review: "partial" }),
        unit("MEDLATEC", "MED", { rank: 3, total: 70, selfTotal: null, review: "none" }),
      ],
    });
    for (const name of ["LS", "CN", "MED"]) await user.click(button(name));
    expect(details().map((lines) => lines.slice(1, 3))).toEqual([
      ["Self total: 95.00", "Difference: +1.50"],
      ["Self total: 88.25", "Difference: -0.25"],
      ["Self total: —", "Difference: —"],
    ]);
  });

  it("writes the difference with a decimal comma in Vietnamese", async () => {
    const { user } = await generate({ units: [unit("Lam Sơn", "LS", { rank: 1, total: 96.5, selfTotal: 95, review: "full" })] }, "vi");
    expect(rows()[0][2]).toBe("96,50");
    await user.click(button("LS"));
    expect(details()[0].slice(1, 3)).toEqual(["Tự chấm: 95,00", "Chênh lệch: +1,50"]);
  });

  it("names awards as Settings does", async () => {
    await generate({
      settings: { flagName: "Cờ thi đua của UBND tỉnh Thanh Hóa", certificateName: "Bằng khen của Chủ tịch UBND tỉnh Thanh Hóa" },
      units: [
        unit("Lam Sơn", "LS", { rank: 1, total: 97, classification: "excellent", award: "flag" }),
        unit("Cấp nước", "CN", { rank: 2, tied: true, total: 90, classification: "excellent", award: "vote-certificate" }),
      ],
    });
    expect(rows().map((row) => row[3])).toEqual(["Cờ thi đua của UBND tỉnh Thanh Hóa", "Vote: Bằng khen của Chủ tịch UBND tỉnh Thanh Hóa"]);
  });

  it("shows the classification, not an award, at a half-year review", async () => {
    const { user } = await generate({
      reviewKind: "half-year",
      // An award here would be the engine's bug; the pane still proposes nothing at a half-year review.
      units: [unit("Lam Sơn", "LS", { rank: 1, total: 97, classification: "excellent", award: "flag" })],
    });
    expect(rows()[0][3]).toBe("Excellent");
    await user.click(button("LS"));
    expect(details()[0]).toEqual(["Lam Sơn", "Classification: Excellent"]);
  });

  it("shows the conference's decision in the line, and its votes beside the proposal in the details", async () => {
    const votes = (flag: number, certificate: number) => ({ flag, certificate, members: 7 });
    const { user } = await generate({
      units: [
        unit("Lam Sơn", "LS", { rank: 1, total: 97, award: "vote-flag", decision: "flag", votes: votes(6, 0) }),
        unit("Sông Chu", "SC", { rank: 2, total: 88, classification: "good", award: null, decision: "certificate", votes: votes(0, 5) }),
        unit("MEDLATEC", "MED", { rank: 3, total: 80, classification: "good", award: null, decision: null, votes: votes(0, 2) }),
      ],
    });
    expect(headers()[3]).toBe("Decision");
    expect(rows().map((row) => row[3])).toEqual(["Provincial Emulation Flag", "Certificate of Merit of the Provincial Chairman", "Good"]);
    await user.click(button("LS"));
    await user.click(button("SC"));
    expect(details()[0].slice(2)).toEqual([
      "Proposed: Vote: Provincial Emulation Flag",
      "Conference decision: Provincial Emulation Flag (6/7 votes)",
    ]);
    // A decision that differs from the proposal: the notes say so with the votes (§8.2), in the pane's language.
    expect(details()[1].slice(2)).toEqual([
      "Conference decision: Certificate of Merit of the Provincial Chairman (5/7 votes)",
      "Notes: Conference decided Certificate of Merit of the Provincial Chairman (5/7 votes), not the score-based proposal",
    ]);
  });

  it("words the decision in Vietnamese under the Settings' names", async () => {
    const { user } = await generate(
      {
        settings: { flagName: "Cờ thi đua của UBND tỉnh Thanh Hóa" },
        units: [
          unit("Lam Sơn", "LS", { rank: 1, total: 97, award: "flag", decision: "flag", votes: { flag: 6, certificate: 0, members: 7 } }),
        ],
      },
      "vi",
    );
    expect(rows()[0][3]).toBe("Cờ thi đua của UBND tỉnh Thanh Hóa");
    await user.click(button("LS"));
    expect(details()[0].slice(1)).toEqual([
      "Xếp loại: Xuất sắc",
      "Đề nghị: Cờ thi đua của UBND tỉnh Thanh Hóa",
      "Kết quả bình xét: Cờ thi đua của UBND tỉnh Thanh Hóa (6/7 phiếu)",
    ]);
  });

  it("leaves the figures out of the details when the run has none of them", async () => {
    const { user } = await generate({ units: [unit("Lam Sơn", "LS", { rank: 1, total: 97, award: "flag", decision: null, votes: null })] });
    expect(rows()[0].slice(2)).toEqual(["97.00", "Provincial Emulation Flag"]);
    await user.click(button("LS"));
    expect(details()[0]).toEqual(["Lam Sơn", "Classification: Excellent", "Proposed: Provincial Emulation Flag"]);
  });
});

describe("Prepare the conference", () => {
  const YEAR = {
    period: "Năm 2025",
    units: [unit("Lam Sơn", "LS", { rank: 1, total: 97, award: "flag" }), unit("Cấp nước", "CN", { rank: 2, total: 90 })],
  };
  const offer = () => screen.queryByRole("button", { name: "Prepare the conference" });

  it("is offered after a Generate at a year review whose units are all ranked", async () => {
    await generate(YEAR);
    expect(offer()).toBeInTheDocument();
    expect(screen.getByText(/ready for the year-end conference/)).toBeInTheDocument();
  });

  it("is not offered before a Generate, nor after a Validate", async () => {
    const capabilities = fakeCapabilities();
    capabilities.validate.mockResolvedValue(evaluation(YEAR));
    const { user } = renderPane(capabilities);
    expect(offer()).not.toBeInTheDocument();
    await user.click(button("Validate"));
    expect(offer()).not.toBeInTheDocument();
  });

  it("is not offered at a half-year review", async () => {
    await generate({ ...YEAR, reviewKind: "half-year" });
    expect(offer()).not.toBeInTheDocument();
  });

  it("is not offered while some unit is not ranked", async () => {
    await generate({ units: [...YEAR.units, unit("Sông Chu", "SC", { status: "not-ranked" })] });
    expect(offer()).not.toBeInTheDocument();
  });

  it("is not offered once the workbook has a Conference sheet", async () => {
    await generate({
      ...YEAR,
      conference: conferenceDetails(),
    });
    expect(offer()).not.toBeInTheDocument();
  });

  it("adds the sheet through the capabilities, then says to type the votes and generate again", async () => {
    const { capabilities, user } = await generate(YEAR);
    await user.click(button("Prepare the conference"));
    expect(capabilities.prepareConference).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("group", { name: "Done" })).toHaveTextContent(
      "Sheet 'Conference' added. During the meeting, type the votes and decisions there, then press Generate summary again.",
    );
    expect(offer()).not.toBeInTheDocument();
  });

  it("says the sheet exists when the workbook has one, and adds nothing", async () => {
    const { capabilities, user } = await generate(YEAR);
    capabilities.prepareConference.mockResolvedValue({ sheet: "Bình xét", added: false });
    await user.click(button("Prepare the conference"));
    expect(screen.getByRole("group", { name: "Done" })).toHaveTextContent(
      "The workbook already has the sheet 'Bình xét', so nothing was added. Type the votes and decisions there, then press Generate summary again.",
    );
  });

  it("speaks Vietnamese", async () => {
    const { user } = await generate(YEAR, "vi");
    await user.click(button("Chuẩn bị bình xét"));
    expect(screen.getByRole("group", { name: "Xong" })).toHaveTextContent(
      "Đã thêm trang tính 'Bình xét'. Trong cuộc họp, nhập số phiếu và kết quả bình xét vào đó, rồi nhấn Lập bảng tổng hợp lần nữa.",
    );
  });

  it("shows progress and holds the other buttons while it works", async () => {
    const { capabilities, user } = await generate(YEAR);
    const pending = deferred<ConferenceResult>();
    capabilities.prepareConference.mockReturnValue(pending.promise);
    await user.click(button("Prepare the conference"));
    expect(screen.getByRole("status")).toHaveTextContent("Adding the Conference sheet…");
    expect(button("Generate summary")).toHaveAttribute("aria-disabled", "true");
    await user.click(button("Generate summary"));
    expect(capabilities.generate).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve({ sheet: "Conference", added: true }));
    expect(button("Generate summary")).not.toHaveAttribute("aria-disabled", "true");
  });

  it("shows the Excel layer's sentence when it refuses", async () => {
    const { capabilities, user } = await generate(YEAR);
    capabilities.prepareConference.mockRejectedValue(
      new UserFacingError("Some units are not ranked yet. Fix their errors, then prepare the conference."),
    );
    await user.click(button("Prepare the conference"));
    expect(screen.getByRole("group", { name: "Could not finish" })).toHaveTextContent("Some units are not ranked yet.");
  });
});

describe("decision issues under the Conference sheet", () => {
  const conferenceIssues = [
    issue({ rule: "decision-below-threshold", sheet: "Bình xét", cell: "E11", criterion: null, message: "3 of 7 votes is not above 50%" }),
    issue({ rule: "decision-over-quota", sheet: "Bình xét", cell: "E12", criterion: null, message: "only 1 flag" }),
    issue({
      severity: "warning",
      rule: "decision-differs",
      sheet: "Bình xét",
      cell: "E13",
      criterion: null,
      message: "proposal: certificate",
    }),
  ];
  const withDecisionErrors = evaluation({
    workbookIssues: [
      issue({ rule: "settings-invalid", sheet: "Thiết lập", cell: "B7", criterion: null, message: "thresholds not decreasing" }),
      ...conferenceIssues,
    ],
    units: [unit("Lam Sơn", "LS", {}, [issue({ sheet: "LS", cell: "G12" })]), unit("Cấp nước", "CN")],
  });

  async function validated(language: "vi" | "en" = "en") {
    const capabilities = fakeCapabilities(language);
    capabilities.validate.mockResolvedValue(withDecisionErrors);
    const view = renderPane(capabilities);
    await view.user.click(button(STRINGS[language].actions.validate));
    return { capabilities, ...view };
  }
  const issuesRegion = () => screen.getByRole("region", { name: "Issues" });

  it("gathers them in their own group after the workbook's, before the units'", async () => {
    await validated();
    const headings = within(issuesRegion())
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["Criteria, Settings and other sheets", "Conference", "Lam Sơn"]);
    const group = within(issuesRegion()).getByRole("region", { name: "Conference" });
    expect(group).toHaveTextContent("Sheet: Bình xét · 2 errors, 1 warning");
    expect(within(group).getAllByRole("listitem")).toHaveLength(3);
    const workbook = within(issuesRegion()).getByRole("region", { name: "Criteria, Settings and other sheets" });
    expect(within(workbook).getAllByRole("listitem")).toHaveLength(1);
  });

  it("links each to its cell on the Conference sheet", async () => {
    const { capabilities, user } = await validated();
    const group = within(issuesRegion()).getByRole("region", { name: "Conference" });
    const link = within(group).getByRole("button", { name: "E12 · Award quota exceeded" });
    expect(link).toHaveAttribute("title", "Select cell E12 on sheet Bình xét");
    await user.click(link);
    expect(capabilities.selectCell).toHaveBeenCalledWith("Bình xét", "E12");
    expect(within(group).getByRole("button", { name: "E11 · Votes below the threshold" })).toBeInTheDocument();
    expect(within(group).getByRole("button", { name: "E13 · Decision differs from the proposal" })).toBeInTheDocument();
  });

  it("names the group in Vietnamese", async () => {
    await validated("vi");
    const region = screen.getByRole("region", { name: "Các vấn đề" });
    expect(within(region).getByRole("heading", { name: "Bình xét thi đua" })).toBeInTheDocument();
    expect(within(region).getByRole("button", { name: "E11 · Không đủ số phiếu" })).toBeInTheDocument();
  });
});
