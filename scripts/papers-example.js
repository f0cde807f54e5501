// The year-conference example with everything the papers in the state's format can print (spec
// §8.1): the Conference sheet's numbers, start and end times, voting method, and who attended for
// each unit; Settings' grounds; a chair and secretary written with title and position, as
// secretaries do. `npm run render` draws its papers, and the parity test writes them from both hosts.
const ExcelJS = require("exceljs");
const path = require("path");

const SOURCE = path.join(__dirname, "..", "test", "fixtures", "examples", "example-year-conference.xlsx");

/** The people attending, by the unit's sheet name as the example's table names them. */
const ATTENDING = {
  "Lam Sơn": ["Ông Lê Văn Thành", "Giám đốc"],
  "Cấp nước": ["Bà Trần Thị Mai", "Phó Giám đốc"],
  "Nam Sông Mã": ["Ông Phạm Văn Hùng", "Chủ tịch Công ty"],
  "Sông Chu": [null, null],
  MEDLATEC: ["Bà Nguyễn Thị Lan", "Trưởng phòng Hành chính"],
};

/** The key rows added above the votes table: label, value. */
const KEYS = [
  ["Bắt đầu", "8 giờ 30"],
  ["Kết thúc", "11 giờ 00"],
  ["Hình thức biểu quyết", "Bỏ phiếu kín"],
  ["Số biên bản", "01"],
  ["Số tờ trình", "02"],
];

/**
 * Writes the example with the §8.1 fields to `target` and returns it.
 * @example await writePapersExample("/tmp/papers.xlsx")
 */
async function writePapersExample(target) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SOURCE);
  const conference = book.getWorksheet("Bình xét");
  conference.getCell("B5").value = "Ông Lê Văn Thành - Giám đốc Công ty TNHH Lam Sơn - Thanh Hóa";
  conference.getCell("B6").value = "Bà Nguyễn Thị Hương, Chánh Văn phòng Công ty TNHH Lam Sơn - Thanh Hóa";
  // Two columns after `Đơn vị` (B), then the keys between the members row (7) and the table.
  conference.spliceColumns(3, 0, [], []);
  conference.getCell("C9").value = "Người dự họp";
  conference.getCell("D9").value = "Chức vụ";
  for (let row = 10; row <= conference.rowCount; row++) {
    const [person, position] = ATTENDING[conference.getCell(`B${row}`).value] ?? [null, null];
    conference.getCell(`C${row}`).value = person;
    conference.getCell(`D${row}`).value = position;
  }
  // A row given as an array starting at index 0 fills from column A.
  conference.spliceRows(8, 0, ...KEYS);
  const settings = book.getWorksheet("Thiết lập");
  settings.spliceRows(17, 0, [
    "Căn cứ",
    "Luật Thi đua, khen thưởng ngày 15/6/2022;\nNghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
  ]);
  await book.xlsx.writeFile(target);
  return target;
}

module.exports = { writePapersExample };
