// The desk at scale (issue 21 §5): 40 clusters × 30 units on the command line completes and
// counts every cluster and nomination. Its time goes to the bench (scripts/bench.ts), not here.
import { promises as fs } from "fs";
import * as path from "path";
import { thidua } from "../support/cli";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { largeProvince } from "../../scripts/province-scale";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => removeTempDir(dir));

it("reads 40 clusters of 30 units and lists their 40 flags", async () => {
  const summaries = await largeProvince(dir, 40, 30);
  const json = path.join(dir, "province.json");
  const run = await thidua("province", summaries, "--out", path.join(dir, "province.xlsx"), "--json", json);
  expect(run.code).toBe(0);
  const report = JSON.parse(await fs.readFile(json, "utf8"));
  expect(report.clusters).toHaveLength(40);
  expect(report.clusters.every((c: { units: number; ranked: number }) => c.units === 30 && c.ranked === 30)).toBe(true);
  expect(report.nominations.filter((n: { award: string }) => n.award === "flag")).toHaveLength(40);
}, 600_000);
