// The text of `thidua --help`, in English and Vietnamese: one layout, the words per language.
import { readFileSync } from "fs";
import * as path from "path";
import type { CommandName } from "./args";

interface HelpWords {
  intro: (version: string) => string;
  usage: string;
  /** Each command's usage lines, in the order `--help` lists them all. */
  commands: Record<CommandName, string[]>;
  notes: string[];
}

const EN_HELP: HelpWords = {
  intro: (version) => `thidua ${version}: scores and ranks the member units of an emulation cluster from one Excel workbook.`,
  usage: "Usage:",
  commands: {
    summarize: [
      "thidua summarize <workbook.xlsx> [--out <file.xlsx>] [--json <report.json>] [--previous <last.xlsx>] [--lang vi|en]",
      "    Writes a copy of the workbook with the Summary, Details and Issues sheets in front",
      "    (by default <name>.summary.xlsx beside it) and, with --json, the JSON report; prints",
      "    the ranking. The input workbook is never changed, and never overwritten. With",
      "    --previous, last period's summary workbook: the Summary adds Previous rank and Change.",
    ],
    validate: [
      "thidua validate <workbook.xlsx> [--json <report.json>] [--previous <last.xlsx>] [--lang vi|en]",
      "    Checks every entry and lists the problems unit by unit; writes nothing but --json.",
    ],
    template: [
      "thidua template --out <file.xlsx> [--criteria <criteria.tsv|.xlsx>] [--units <units.tsv>]",
      "               [--period <text>] [--kind year|half-year] [--lang vi|en]",
      "    Makes a new workbook for the units to fill in: Cluster 18's criteria, settings and",
      "    seven units unless --criteria or --units give others (TSV files like",
      "    samples/cluster18/*.tsv, or a workbook whose Criteria sheet to copy). --period is",
      '    written on Settings and on every unit sheet (e.g. "6 tháng đầu năm 2025"); without it,',
      '    this year\'s review ("Năm <this year>"; "6 tháng đầu năm <this year>" with --kind',
      "    half-year). --kind writes the Review kind (awards are proposed at a year review only;",
      "    without it the kind follows the period). A file already at --out is replaced, unless",
      "    it is one of the inputs.",
      "thidua template --from <workbook.xlsx> --out <new.xlsx> [--period <text>] [--kind …] [--lang vi|en]",
      "    The next period's workbook from this one: its Criteria, every Settings value and its",
      "    units, blank unit sheets whose input rules follow the Criteria as they are now, and the",
      '    period advanced ("6 tháng đầu năm 2025" → "Năm 2025" → "6 tháng đầu năm 2026";',
      "    --period chooses another; the kind follows it).",
      "thidua template --from <workbook.xlsx> --keep-entries --out <new.xlsx>",
      "    The same period and every entry; only the unit sheets' input rules (lists, N/A marks,",
      "    instruction lines) are rewritten from the Criteria, e.g. after May be N/A was set there.",
      "    Other sheets (Conference, a summary) are copied as they are. --out is never --from.",
    ],
    conference: [
      "thidua conference <workbook.xlsx> --out <file.xlsx> [--lang vi|en]",
      "    At a year review whose units are all ranked, writes a copy with a Bình xét (Conference)",
      "    sheet: the meeting's details to fill, the units in rank order, blank vote and decision",
      "    cells. Adds nothing when the workbook already has one.",
    ],
    import: [
      "thidua import <cluster.xlsx> <unit files.xlsx…> --out <file.xlsx> [--lang vi|en]",
      "    Copies each unit's sheet from the files the units sent back into a copy of the cluster",
      "    workbook, under the sheet name the units list gives (found by the unit's name on the",
      "    sheet, or the sheet's name); prints the plan first. A sheet already holding entries is",
      "    kept, renamed `<name> (old 1)`. Files with no listed unit, a unit in two files, or",
      "    files that are not .xlsx are skipped with a line saying why. Inputs are never changed.",
    ],
    province: [
      "thidua province <summary.xlsx or folder…> --out <province.xlsx> [--json <report.json>] [--lang vi|en]",
      "    The province's desk: reads the report each cluster's summary carries (a file without",
      "    one is named and left out) and writes Clusters, Nominations (with the checks on each)",
      "    and Council, the council's vote sheet. Run it again on the same --out once the council",
      "    has voted: its votes are read with the conference's rules, and its minutes and the",
      "    submission to the Chairman are added. --out is never one of the inputs.",
    ],
  },
  notes: [
    "--lang vi|en   the language of messages and of the sheets written. Without it, summarize and",
    "               validate speak the workbook's report language once it is read (English until then),",
    "               and template writes and speaks Vietnamese (with --from, the workbook's language).",
    "Exit status: 0 done without errors; 1 done, but some units have errors; 2 nothing done.",
    "The workbook, every check and how points are worked out: docs/workbook.md, docs/guide.en.md.",
  ],
};

const VI_HELP: HelpWords = {
  intro: (version) => `thidua ${version}: chấm điểm và xếp hạng các đơn vị trong cụm thi đua từ một sổ tính Excel.`,
  usage: "Cách dùng:",
  commands: {
    summarize: [
      "thidua summarize <tệp.xlsx> [--out <tệp-kết-quả.xlsx>] [--json <báo-cáo.json>] [--previous <kỳ-trước.xlsx>] [--lang vi|en]",
      "    Ghi một bản sao của sổ tính, thêm các trang Tổng hợp, Chi tiết, Kiểm tra ở đầu",
      "    (mặc định <tên>.summary.xlsx cạnh tệp gốc) và báo cáo JSON nếu có --json; in bảng",
      "    xếp hạng. Tệp gốc không bao giờ bị sửa hay ghi đè. Với --previous, sổ tính tổng hợp",
      "    kỳ trước: bảng Tổng hợp thêm cột Hạng kỳ trước và Thay đổi.",
    ],
    validate: [
      "thidua validate <tệp.xlsx> [--json <báo-cáo.json>] [--previous <kỳ-trước.xlsx>] [--lang vi|en]",
      "    Kiểm tra mọi số liệu và liệt kê vấn đề theo từng đơn vị; chỉ ghi tệp --json.",
    ],
    template: [
      "thidua template --out <tệp.xlsx> [--criteria <tiêu-chí.tsv|.xlsx>] [--units <đơn-vị.tsv>]",
      "               [--period <kỳ>] [--kind year|half-year] [--lang vi|en]",
      "    Tạo sổ tính mới để các đơn vị điền: tiêu chí, thiết lập và bảy đơn vị của Cụm 18,",
      "    trừ khi --criteria hoặc --units cho tệp khác (TSV như samples/cluster18/*.tsv, hoặc",
      "    sổ tính có trang Tiêu chí). --period ghi kỳ đánh giá trên trang Thiết lập và mọi trang",
      '    đơn vị (ví dụ "6 tháng đầu năm 2025"); không có thì là kỳ của năm nay ("Năm <năm nay>";',
      '    "6 tháng đầu năm <năm nay>" với --kind half-year). --kind ghi Loại kỳ (chỉ kỳ tổng kết',
      "    năm mới đề nghị khen thưởng; không có thì loại kỳ theo kỳ đánh giá). Tệp đã có ở --out",
      "    sẽ bị thay, trừ khi đó là tệp đầu vào.",
      "thidua template --from <sổ-tính.xlsx> --out <tệp-mới.xlsx> [--period <kỳ>] [--kind …] [--lang vi|en]",
      "    Sổ tính kỳ sau từ sổ tính này: trang Tiêu chí, mọi giá trị Thiết lập và danh sách đơn vị,",
      "    các trang đơn vị trống với quy tắc nhập theo Tiêu chí hiện tại, và kỳ đánh giá chuyển",
      '    sang kỳ sau ("6 tháng đầu năm 2025" → "Năm 2025" → "6 tháng đầu năm 2026"; --period',
      "    chọn kỳ khác; loại kỳ theo kỳ đánh giá).",
      "thidua template --from <sổ-tính.xlsx> --keep-entries --out <tệp-mới.xlsx>",
      "    Giữ kỳ đánh giá và mọi số liệu; chỉ ghi lại quy tắc nhập của các trang đơn vị (danh sách",
      "    chọn, dấu Không áp dụng, dòng hướng dẫn) theo trang Tiêu chí, ví dụ sau khi đặt Có thể",
      "    không áp dụng. Các trang khác (Bình xét, tổng hợp) được giữ nguyên. --out không được",
      "    trùng --from.",
    ],
    conference: [
      "thidua conference <sổ-tính.xlsx> --out <tệp.xlsx> [--lang vi|en]",
      "    Ở kỳ tổng kết năm khi mọi đơn vị đã được xếp hạng, ghi một bản sao có thêm trang Bình xét:",
      "    các dòng thông tin cuộc họp, các đơn vị theo thứ hạng, ô số phiếu và kết quả để trống.",
      "    Không thêm gì nếu sổ tính đã có trang này.",
    ],
    import: [
      "thidua import <sổ-tính-cụm.xlsx> <tệp-đơn-vị.xlsx…> --out <tệp.xlsx> [--lang vi|en]",
      "    Chép trang của từng đơn vị từ các tệp đơn vị gửi về vào một bản sao sổ tính của cụm, dưới",
      "    tên trang trong danh sách đơn vị (nhận theo tên đơn vị ghi trên trang, hoặc tên trang); in",
      "    kế hoạch trước. Trang đã có số liệu được giữ lại, đổi tên `<tên> (cũ 1)`. Tệp không có",
      "    đơn vị nào trong danh sách, đơn vị có ở hai tệp, tệp không phải .xlsx: bỏ qua, có ghi lý do.",
      "    Các tệp đầu vào không bị sửa.",
    ],
    province: [
      "thidua province <tệp-tổng-hợp.xlsx hoặc thư-mục…> --out <tỉnh.xlsx> [--json <báo-cáo.json>] [--lang vi|en]",
      "    Bàn làm việc của tỉnh: đọc báo cáo mà bảng tổng hợp của mỗi cụm mang theo (tệp không có",
      "    thì được nêu tên và bỏ qua), ghi các trang Các cụm, Đề nghị (kèm kết quả kiểm tra) và Hội",
      "    đồng (phiếu biểu quyết của Hội đồng). Chạy lại với cùng --out sau khi Hội đồng bỏ phiếu:",
      "    phiếu được đọc theo quy tắc bình xét, rồi thêm biên bản và tờ trình Chủ tịch UBND tỉnh.",
      "    --out không được trùng tệp đầu vào.",
    ],
  },
  notes: [
    "--lang vi|en   ngôn ngữ của thông báo và của các trang được ghi. Nếu không có, summarize và",
    "               validate dùng ngôn ngữ báo cáo của sổ tính khi đã đọc được (trước đó là tiếng Anh),",
    "               còn template tạo mẫu và thông báo bằng tiếng Việt (với --from: ngôn ngữ của sổ tính).",
    "Mã thoát: 0 xong, không có lỗi; 1 xong, có đơn vị bị lỗi; 2 không làm gì.",
    "Cách điền bảng tính, các lỗi và cách tính điểm: docs/guide.vi.md, docs/workbook.md.",
  ],
};

/** The help for one command, or for all of them when `topic` is null. */
export function helpText(language: "en" | "vi", topic: CommandName | null, version: string): string {
  const words = language === "en" ? EN_HELP : VI_HELP;
  const all = [...Object.values(words.commands).flat(), "thidua --help | --version"];
  const chosen = topic === null ? all : words.commands[topic];
  return [words.intro(version), "", words.usage, ...chosen.map((line) => `  ${line}`), "", ...words.notes, ""].join("\n");
}

let cachedVersion: string | null = null;
/** The package's version; package.json sits two folders up from src/cli, three from dist/src/cli. */
export function version(): string {
  if (cachedVersion !== null) return cachedVersion;
  for (const candidate of [path.join(__dirname, "..", "..", "package.json"), path.join(__dirname, "..", "..", "..", "package.json")]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "thidua" && pkg.version) return (cachedVersion = pkg.version);
    } catch {
      // not this one
    }
  }
  return (cachedVersion = "unknown");
}
