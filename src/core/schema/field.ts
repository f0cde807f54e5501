// What every entry of an input sheet's schema has: the labels a key or column is known by. The
// reader matches all of them; the template writes the first of its language; messages and the
// docs name it by them. One entry per key or column, so a label is written in one place only.
import { makeLabelSet, type LabelSet } from "../model/text";
import type { Language } from "../model/types";

/** Words in both languages: a hint, a prompt, an error. */
export type Words = Readonly<Record<Language, string>>;

/** A key's or column's labels: Vietnamese, then English; the first of each is the one written. */
export interface Labels {
  readonly vi: readonly [string, ...string[]];
  readonly en: readonly [string, ...string[]];
}

export interface Field {
  labels: Labels;
  /** The header as the template writes it when it says more than the label; it starts with the label. */
  written?: Partial<Words>;
}

/**
 * An entry known by one English label and one or more Vietnamese ones, the first written.
 * @example labelled(["Thực hiện"], "Actual").labels.en[0] === "Actual"
 */
export const labelled = (vi: string | readonly [string, ...string[]], en: string): Field => ({
  labels: { vi: typeof vi === "string" ? [vi] : vi, en: [en] },
});

/** Every label of an entry, Vietnamese first: what a reader matches it by. */
export const allLabels = (field: { labels: Labels }): readonly string[] => [...field.labels.vi, ...field.labels.en];

/**
 * The label set a reader matches: every label of every entry, Vietnamese first.
 * @example matchLabel("Mã", labelSetOf({ code: { labels: { vi: ["Mã"], en: ["Code"] } } })) === "code"
 */
export function labelSetOf<K extends string>(fields: Readonly<Record<K, { labels: Labels }>>): LabelSet<K> {
  const table = {} as Record<K, readonly string[]>;
  for (const key of Object.keys(fields) as K[]) table[key] = [...fields[key].labels.vi, ...fields[key].labels.en];
  return makeLabelSet(table);
}

/**
 * The label of an entry in a language: its first, the one the template writes and messages name.
 * @example labelIn({ labels: { vi: ["Mã"], en: ["Code"] } }, "en") === "Code"
 */
export function labelIn(field: { labels: Labels }, language: Language): string {
  return field.labels[language][0];
}

/** The header the template writes for an entry: its `written` form, else its first label. */
export function writtenLabel(field: Field, language: Language): string {
  return field.written?.[language] ?? labelIn(field, language);
}

/** The headers of a table's columns as the template writes them, in the schema's order. */
export function writtenHeader<K extends string>(fields: Readonly<Record<K, Field>>, language: Language, keys?: readonly K[]): string[] {
  return (keys ?? (Object.keys(fields) as K[])).map((key) => writtenLabel(fields[key], language));
}

/** Each entry's first label in a language, by key: the words a template or message names them by. */
export function labelsIn<K extends string>(fields: Readonly<Record<K, { labels: Labels }>>, language: Language): Record<K, string> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(fields) as K[]) words[key] = labelIn(fields[key], language);
  return words;
}

/**
 * An entry named in both languages, for a message whose language is chosen when it is shown.
 * @example bothLabels({ labels: { vi: ["Tự chấm"], en: ["Self score"] } }) === "Tự chấm / Self score"
 */
export function bothLabels(field: { labels: Labels }): string {
  return `${labelIn(field, "vi")} / ${labelIn(field, "en")}`;
}
