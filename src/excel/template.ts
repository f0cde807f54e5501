// New scoring workbook: the Criteria, Settings and unit sheets (Cluster 18 defaults) added to the
// current workbook, as `thidua template` makes them: for this year's review (spec §8.5).
import { buildTemplateSheets, CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS, nameKey, periodName } from "../core";
import { PANE_MESSAGES } from "./errors";
import { detectFeatures, skippedFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES } from "./read";
import { loadSheets, officeLanguage, run, Writes } from "./run";
import { UserFacingError, type TemplateResult } from "./types";
import { operationsOf, queueInBatches } from "./write";

/**
 * Adds the Criteria, Settings and unit sheets of a new scoring workbook (Cluster 18 defaults) to
 * the current workbook, for the year review of `year` (default: this year on the computer's
 * clock); refuses, before writing anything, when any of those sheets exists.
 */
export async function runCreateTemplate(options: { year?: number } = {}): Promise<TemplateResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  const period = periodName("year", options.year ?? new Date().getFullYear());
  // As `thidua template` without --period makes it in the same language: English names in an English workbook.
  const layouts = buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: { ...CLUSTER18_SETTINGS, period, reviewKind: "year" },
    language,
    criterionNamesEn: CLUSTER18_NAMES_EN,
  });
  return run(language, async (context) => {
    const sheets = await loadSheets(context, { language });
    const taken = new Set(sheets.map((s) => nameKey(s.name)));
    const clashes = layouts.filter((l) => taken.has(nameKey(l.name))).map((l) => `“${l.name}”`);
    if (clashes.length > 0) throw new UserFacingError(PANE_MESSAGES.templateExists[language](clashes.join(", ")), "ItemAlreadyExists");
    const writes = new Writes();
    const added = layouts.map((layout) => writes.context.workbook.worksheets.add(layout.name));
    await queueInBatches(writes, operationsOf(layouts, added, features), PAYLOAD_BUDGET_BYTES);
    added[0].activate();
    await writes.send(true);
    return { sheets: layouts.map((l) => l.name), period, skipped: skippedFeatures(features) };
  });
}
