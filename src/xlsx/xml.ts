// XML text helpers shared by the package reader and the value reader. No Node modules here: the
// task pane reads units' files in the browser through the same value reader (values.ts).

/** XML character references and the five named entities, as in attribute values. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}
