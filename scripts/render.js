#!/usr/bin/env node
// `npm run render`: the command line's summary workbook as the printed page, so anyone can look
// at it: LibreOffice (libreoffice-calc-nogui) turns the workbook into a PDF, pdftoppm the pages
// into PNGs. Writes out/render/<name>.pdf and out/render/<name>-<page>.png; with --readme also
// refreshes docs/summary.png and docs/chart.png, the pictures the README shows.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const WORKBOOK = path.join(ROOT, "out", "cluster18-2024.summary.xlsx");
const OUT = path.join(ROOT, "out", "render");

function need(command, apt) {
  if (spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0) {
    console.error(`render: '${command}' is missing; install it with: apt-get install ${apt}`);
    process.exit(2);
  }
}

need("soffice", "libreoffice-calc-nogui");
need("pdftoppm", "poppler-utils");
if (!fs.existsSync(WORKBOOK) || process.argv.includes("--fresh")) {
  execFileSync("npm", ["run", "--silent", "demo"], { cwd: ROOT, stdio: "inherit" });
}
fs.mkdirSync(OUT, { recursive: true });
// A profile of its own, so a LibreOffice already open (or a stale lock) cannot block the export.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-lo-"));
execFileSync(
  "soffice",
  [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", OUT, WORKBOOK],
  { stdio: "ignore", timeout: 180000 },
);
const pdf = path.join(OUT, path.basename(WORKBOOK).replace(/\.xlsx$/, ".pdf"));
const prefix = pdf.replace(/\.pdf$/, "");
execFileSync("pdftoppm", ["-r", "110", "-png", pdf, prefix]);
const pages = fs.readdirSync(OUT).filter((f) => f.endsWith(".png"));
console.log(`Wrote ${path.relative(ROOT, pdf)} and ${pages.length} page images in ${path.relative(ROOT, OUT)}/`);
if (process.argv.includes("--readme")) {
  fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  // The summary is the workbook's first sheet, so its first page is the conference page.
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(ROOT, "docs", "summary")]);
  // Its chart and the chart's data start the next page (a manual break), which is page 2 while
  // the table and signatures fit on one page, as the sample's do.
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "2", "-l", "2", "-singlefile", pdf, path.join(ROOT, "docs", "chart")]);
  console.log("Updated docs/summary.png and docs/chart.png");
}
fs.rmSync(profile, { recursive: true, force: true });
