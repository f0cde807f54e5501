// The report inside the summarized copy (contract §9.1): the copy carries one custom XML part of
// our namespace, laid out as Excel keeps one (item, properties, their relationship, the workbook's
// relationship, the content type), a second summary replaces it, another program's part stays, and
// readReportPart gives the report back.
import * as path from "path";
import { buildOutputSheets, evaluateWorkbook, REPORT_NAMESPACE } from "../../src/core";
import type { Report } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read";
import { zipPackage } from "../../src/xlsx/package";
import { readReportPart } from "../../src/xlsx/reportPart";
import { summaryWorkbookBytes } from "../../src/xlsx/write";
import { OPTIONS } from "../support/sheets-fixtures";
import { makeTempDir, openWorkbook, removeTempDir } from "../support/xlsxWorkbooks";
import { zipEntries } from "../support/xlsxZip";
import { promises as fs } from "fs";

const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
const TIMEOUT = 60_000;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-report-part-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** The summarized copy of `input` with its report, written to `name` in the test folder. */
async function summarize(
  input: string,
  name: string,
  change: (r: Report) => Report = (r) => r,
): Promise<{ file: string; report: Report; bytes: Buffer }> {
  const evaluation = evaluateWorkbook(await readWorkbookFile(input));
  const report = change(evaluation.report);
  const bytes = await summaryWorkbookBytes(input, buildOutputSheets(evaluation, OPTIONS), { report });
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return { file, report, bytes };
}

const text = (entries: Map<string, Buffer>, part: string) => entries.get(part)?.toString("utf8") ?? "";
/** The custom XML items of a package that hold our namespace. */
const ourItems = (entries: Map<string, Buffer>) =>
  [...entries.keys()].filter((p) => /^customXml\/item\d+\.xml$/.test(p) && text(entries, p).includes(REPORT_NAMESPACE));

describe("the report's part in the summarized copy", () => {
  it(
    "is laid out as Excel keeps a custom XML part, and reads back as the same report",
    async () => {
      const { report, bytes, file } = await summarize(EXAMPLE, "once.xlsx");
      const entries = zipEntries(bytes);
      expect(ourItems(entries)).toEqual(["customXml/item1.xml"]);
      expect(text(entries, "customXml/itemProps1.xml")).toMatch(
        new RegExp(`<ds:datastoreItem ds:itemID="\\{[0-9A-F-]{36}\\}" [^>]*><ds:schemaRefs><ds:schemaRef ds:uri="${REPORT_NAMESPACE}"/>`),
      );
      expect(text(entries, "customXml/_rels/item1.xml.rels")).toContain('/customXmlProps" Target="itemProps1.xml"/>');
      expect(text(entries, "xl/_rels/workbook.xml.rels")).toMatch(
        /Type="[^"]*\/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"\/>/,
      );
      expect(text(entries, "[Content_Types].xml")).toContain(
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
      );
      expect(readReportPart(bytes)).toEqual(JSON.parse(JSON.stringify(report)));
      // Still a workbook others open, with the summary first.
      expect((await openWorkbook(file)).worksheets[0].name).toBe("Tổng hợp");
    },
    TIMEOUT,
  );

  it(
    "is replaced, not added to, when the summary is summarized again; another program's part stays",
    async () => {
      const first = await summarize(EXAMPLE, "first.xlsx");
      // Another add-in's part beside ours, linked from the workbook as Excel keeps one.
      const entries = zipEntries(first.bytes);
      expect(ourItems(entries)).toHaveLength(1);
      entries.set("customXml/item2.xml", Buffer.from('<other xmlns="urn:someone:else">kept</other>'));
      const rels = text(entries, "xl/_rels/workbook.xml.rels");
      const otherRel =
        '<Relationship Id="rIdOther" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item2.xml"/>';
      entries.set("xl/_rels/workbook.xml.rels", Buffer.from(rels.replace("</Relationships>", `${otherRel}</Relationships>`)));
      const input = path.join(dir, "with-other.xlsx");
      await fs.writeFile(input, zipPackage(entries));

      const second = await summarize(input, "second.xlsx", (r) => ({ ...r, cluster: "Cụm khác" }));
      const after = zipEntries(second.bytes);
      expect(ourItems(after)).toHaveLength(1);
      const afterRels = text(after, "xl/_rels/workbook.xml.rels");
      expect(afterRels.match(/\/customXml"/g)).toHaveLength(2);
      expect(afterRels).toContain(otherRel);
      expect(text(after, "customXml/item2.xml")).toBe('<other xmlns="urn:someone:else">kept</other>');
      expect(text(after, "[Content_Types].xml").match(/customXmlProperties\+xml/g)).toHaveLength(1);
      // Ours (item, properties, relationships) and the other one.
      expect([...after.keys()].filter((p) => p.startsWith("customXml/")).sort()).toHaveLength(4);
      expect(readReportPart(second.bytes)?.cluster).toBe("Cụm khác");
    },
    TIMEOUT,
  );

  it("reads no report from a workbook without one", async () => {
    expect(readReportPart(await fs.readFile(EXAMPLE))).toBeNull();
  });
});
