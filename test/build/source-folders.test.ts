// People, editors and ignore files skip folders named like build output; a source folder with
// such a name hides engine code from them (as src/core/build once did).
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../..", "src");
const OUTPUT_FOLDER_NAMES = ["build", "dist", "out"];

/** Every folder under `root`, as paths relative to it. */
function foldersUnder(root: string, relative = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(relative, entry.name);
    found.push(folder);
    for (const inner of foldersUnder(root, folder)) found.push(inner);
  }
  return found;
}

describe("source folders", () => {
  it("finds the folders it checks", () => {
    expect(foldersUnder(SRC)).toEqual(expect.arrayContaining([path.join("core", "sheets"), "cli"]));
  });

  it("has no folder under src/ named like build output", () => {
    const misnamed = foldersUnder(SRC).filter((folder) => OUTPUT_FOLDER_NAMES.includes(path.basename(folder).toLowerCase()));
    expect(misnamed).toEqual([]);
  });
});
