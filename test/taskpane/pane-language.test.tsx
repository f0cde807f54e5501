/** @jest-environment jsdom */
// Issue 18 item 5: the pane speaks its user's language, whatever the workbook's. A Vietnamese
// workbook's run (issues, notes, a unit not ranked) shown in an English pane has no Vietnamese
// word but the workbook's own data (unit, cluster and period names); and the other way round.
import "./setup";
import { screen } from "@testing-library/react";
import { evaluateWorkbook } from "../../src/core";
import type { Evaluation } from "../../src/core";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeCapabilities } from "../support/paneBuilders";
import { cleanEntries, workbook } from "../support/workbook";
import { renderPane } from "./render";

/** A Vietnamese workbook: one unit clean, one held back by a value out of range, one missing its sheet. */
function vietnameseRun(): Evaluation {
  const book = workbook({
    "Công ty Cổ phần Môi trường và Công trình đô thị Thanh Hóa": cleanEntries(),
    "Sông Chu": { ...cleanEntries(), "I.3": { self: 12 } },
  });
  const evaluation = evaluateWorkbook(book);
  expect(evaluation.report.language).toBe("vi");
  return evaluation;
}

/** Vietnamese letters English never has, and words the pane or engine would say in Vietnamese. */
const VIETNAMESE =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]|\b(không|lỗi|cảnh báo|trang tính|điểm|đơn vị|tiêu chí)\b/i;

/** Everything the pane shows (every unit's details opened), the workbook's own names taken out. */
async function paneText(language: "vi" | "en", evaluation: Evaluation): Promise<string> {
  const capabilities = fakeCapabilities(language);
  capabilities.generate.mockResolvedValue({ evaluation, summarySheet: "Tổng hợp", skipped: [] });
  const { user, container } = renderPane(capabilities);
  await user.click(screen.getByRole("button", { name: STRINGS[language].actions.generate }));
  for (const unit of evaluation.report.units) await user.click(screen.getByRole("button", { name: unit.sheet }));
  let text = container.textContent ?? "";
  const data = [
    ...evaluation.report.units.flatMap((u) => [u.unit, u.sheet]),
    evaluation.settings.clusterName ?? "",
    evaluation.settings.period ?? "",
    "Tổng hợp",
    // The product's name, in both languages.
    "Thi Đua",
  ];
  for (const name of data.filter((d) => d !== "").sort((a, b) => b.length - a.length)) text = text.split(name).join(" ");
  return text;
}

describe("the pane's language, whatever the workbook's", () => {
  it("shows a Vietnamese workbook's run in an English pane without a Vietnamese word", async () => {
    const evaluation = vietnameseRun();
    const text = await paneText("en", evaluation);
    // The run really has an issue message and a not-ranked unit to word.
    expect(text).toMatch(/Out of range/);
    expect(text).toMatch(/Not ranked/);
    // Where one is found, the words around it say which part of the pane spoke Vietnamese.
    const at = text.search(VIETNAMESE);
    expect(at < 0 ? "" : text.slice(Math.max(0, at - 60), at + 60)).toBe("");
  }, 30_000);

  it("words the engine's issue messages in English, though the report's are Vietnamese", async () => {
    const evaluation = vietnameseRun();
    const issue = evaluation.report.issues.find((i) => i.rule === "out-of-range");
    expect(issue?.message).toMatch(VIETNAMESE);
    const text = await paneText("en", evaluation);
    expect(text).not.toContain(issue?.message);
  }, 30_000);

  it("shows the same run in Vietnamese in a Vietnamese pane (the check can fail)", async () => {
    const text = await paneText("vi", vietnameseRun());
    expect(text).toMatch(VIETNAMESE);
  }, 30_000);
});
