#!/usr/bin/env node
// `npm run render`: the command line's output workbooks as the printed pages, so anyone can look
// at them: LibreOffice (libreoffice-calc-nogui) turns a workbook into a PDF, pdftoppm the pages
// into PNGs. Two workbooks: the demo's summary (out/render/<name>.pdf and every page as
// <name>-<page>.png), and the conference example, a year review whose Bình xét sheet is filled
// in with every field the papers print (scripts/papers-example.js), whose Minutes, Nominations
// and Submission sheets become <name>-minutes-<page>.png, -nominations-… and -submission-….
// With --readme also refreshes docs/summary.png, docs/chart.png, docs/minutes.png and
// docs/submission.png, the pictures the README shows.
const { execFileSync, spawnSync } = require("child_process");
const ExcelJS = require("exceljs");
const { writePapersExample } = require("./papers-example");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const WORKBOOK = path.join(ROOT, "out", "cluster18-2024.summary.xlsx");
/** A year review with a filled conference sheet: its decisions stand, so the three papers are written. */
const CONFERENCE_INPUT = path.join(ROOT, "out", "example-year-conference-papers.xlsx");
const CONFERENCE_WORKBOOK = path.join(ROOT, "out", "example-year-conference.summary.xlsx");
const OUT = path.join(ROOT, "out", "render");
/** The papers' sheets (§7.5, §8.1), in both languages. */
const PAPERS = {
  minutes: ["Biên bản", "Minutes"],
  nominations: ["Đề nghị khen thưởng", "Nominations"],
  submission: ["Tờ trình", "Submission"],
};

function need(command, apt) {
  if (spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0) {
    console.error(`render: '${command}' is missing; install it with: apt-get install ${apt}`);
    process.exit(2);
  }
}

/** The workbook as a PDF in OUT, through a LibreOffice profile of its own. */
function toPdf(workbook) {
  // Its own profile, so a LibreOffice already open (or a stale lock) cannot block the export.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", OUT, workbook], {
      stdio: "ignore",
      timeout: 180000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(OUT, path.basename(workbook).replace(/\.xlsx$/, ".pdf"));
}

/**
 * A copy of the workbook in which only the sheet named one of `names` is shown, so LibreOffice prints it alone,
 * numbered as Excel numbers a sheet printed on its own (`Trang 1 / 1`); null without the sheet.
 */
async function onlySheet(workbook, names, target) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbook);
  const index = book.worksheets.findIndex((sheet) => names.includes(sheet.name));
  if (index < 0) return null;
  book.worksheets.forEach((sheet, i) => (sheet.state = i === index ? "visible" : "hidden"));
  book.views = [{ activeTab: index, firstSheet: index }];
  await book.xlsx.writeFile(target);
  return target;
}

/** One page of the PDF as `<target>.png`. */
function pagePng(pdf, page, resolution, target) {
  execFileSync("pdftoppm", ["-r", String(resolution), "-png", "-f", String(page), "-l", String(page), "-singlefile", pdf, target]);
}

async function main() {
  need("soffice", "libreoffice-calc-nogui");
  need("pdftoppm", "poppler-utils");
  const readme = process.argv.includes("--readme");
  const fresh = process.argv.includes("--fresh");
  if (!fs.existsSync(WORKBOOK) || fresh) {
    execFileSync("npm", ["run", "--silent", "demo"], { cwd: ROOT, stdio: "inherit" });
  }
  if (!fs.existsSync(CONFERENCE_WORKBOOK) || fresh) {
    fs.mkdirSync(path.dirname(CONFERENCE_INPUT), { recursive: true });
    await writePapersExample(CONFERENCE_INPUT);
    execFileSync("node", [path.join(ROOT, "bin", "thidua.js"), "summarize", CONFERENCE_INPUT, "--out", CONFERENCE_WORKBOOK], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  fs.mkdirSync(OUT, { recursive: true });

  const pdf = toPdf(WORKBOOK);
  const prefix = pdf.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", "110", "-png", pdf, prefix]);
  const pages = fs.readdirSync(OUT).filter((f) => /-\d+\.png$/.test(f) && f.startsWith(path.basename(prefix)));
  console.log(`Wrote ${path.relative(ROOT, pdf)} and ${pages.length} page images in ${path.relative(ROOT, OUT)}/`);

  const paperPdfs = {};
  const base = path.join(OUT, path.basename(CONFERENCE_WORKBOOK).replace(/\.xlsx$/, ""));
  for (const [paper, names] of Object.entries(PAPERS)) {
    const copy = await onlySheet(CONFERENCE_WORKBOOK, names, `${base}-${paper}.xlsx`);
    if (copy === null) {
      console.error(`render: no ${names.join(" / ")} sheet in ${path.relative(ROOT, CONFERENCE_WORKBOOK)}`);
      process.exit(1);
    }
    paperPdfs[paper] = toPdf(copy);
    // Every page: the papers number their pages from page 2 on, in the top margin (§8.1).
    execFileSync("pdftoppm", ["-r", "110", "-png", paperPdfs[paper], `${base}-${paper}`]);
    console.log(`Wrote ${path.relative(ROOT, base)}-${paper}.pdf and its pages as .png`);
  }

  if (readme) {
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    // The summary is the workbook's first sheet, so its first page is the conference page.
    pagePng(pdf, 1, 80, path.join(ROOT, "docs", "summary"));
    // Its chart and the chart's data start the next page (a manual break), which is page 2 while
    // the table and signatures fit on one page, as the sample's do.
    pagePng(pdf, 2, 80, path.join(ROOT, "docs", "chart"));
    pagePng(paperPdfs.minutes, 1, 80, path.join(ROOT, "docs", "minutes"));
    pagePng(paperPdfs.submission, 1, 80, path.join(ROOT, "docs", "submission"));
    console.log("Updated docs/summary.png, docs/chart.png, docs/minutes.png and docs/submission.png");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
