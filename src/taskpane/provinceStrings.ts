// The pane's words for the province's desk (spec §9.3), Vietnamese and English side by side. The
// issues' own messages come from the engine (src/core/words/provinceMessages.ts).

export interface ProvinceStrings {
  heading: string;
  /** Opens the picker for the clusters' summary files. */
  addClusters: string;
  /** What the button does, under it. */
  hint: string;
  working: string;
  doneTitle: string;
  /** What was read and written. */
  done(clusters: number, files: number, nominations: number, sheets: string[]): string;
  /** No picked file carried a cluster's report: nothing written. */
  nothingRead: string;
  failedTitle: string;
}

const quoted = (sheets: string[]) => sheets.map((s) => `'${s}'`).join(", ");

export const PROVINCE_STRINGS: Record<"vi" | "en", ProvinceStrings> = {
  vi: {
    heading: "Bàn thi đua của tỉnh",
    addClusters: "Thêm kết quả các cụm",
    hint: "Chọn các tệp tổng hợp của các cụm (.xlsx): bảng Các cụm, Đề nghị và Hội đồng được lập lại trong sổ này.",
    working: "Đang đọc các tệp tổng hợp và lập các trang…",
    doneTitle: "Xong",
    done: (clusters, files, nominations, sheets) =>
      `Đã đọc ${clusters} cụm trong ${files} tệp: ${nominations} đề nghị khen thưởng. Đã ghi các trang ${quoted(sheets)}.`,
    nothingRead: "Không đọc được báo cáo của cụm nào (các tệp được nêu bên dưới): không ghi gì.",
    failedTitle: "Chưa thực hiện được",
  },
  en: {
    heading: "The province's desk",
    addClusters: "Add clusters' results",
    hint: "Pick the clusters' summary files (.xlsx): the Clusters, Nominations and Council sheets are made again in this workbook.",
    working: "Reading the summaries and writing the sheets…",
    doneTitle: "Done",
    done: (clusters, files, nominations, sheets) =>
      `Read ${clusters} ${clusters === 1 ? "cluster" : "clusters"} of ${files} ${files === 1 ? "file" : "files"}: ${nominations} ${nominations === 1 ? "nomination" : "nominations"}. Wrote ${quoted(sheets)}.`,
    nothingRead: "No cluster's report could be read (each file is named below): nothing was written.",
    failedTitle: "Could not finish",
  },
};
