// Sheet-scoped defined names (`worksheet.names`, ExcelApi 1.4): the add-in marks the sheets it
// writes with them. Add, getItem, getItemOrNullObject, delete and
// the name/formula/value/visible/comment properties; names move with their sheet.
import { columnLetter } from "../../../src/core/model/address";
import { fail } from "../../excel-host/errors";
import { isWireObject, type ExecContext, type ObjectType } from "./objectModel";
import type { NamedItemModel, SheetModel } from "../../excel-host/workbookModel";

interface NamesTarget {
  sheetId: string;
}
interface NameTarget {
  sheetId: string;
  name: string;
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function namesOf(sheet: SheetModel): NamedItemModel[] {
  return sheet.names ?? [];
}

function find(exec: ExecContext, target: NameTarget): NamedItemModel | undefined {
  const wanted = target.name.toLowerCase();
  return namesOf(exec.tx.requireSheet(target.sheetId)).find((n) => n.name.toLowerCase() === wanted);
}

function update(exec: ExecContext, target: NameTarget, change: (item: NamedItemModel) => NamedItemModel | null): void {
  const sheet = exec.tx.writable(target.sheetId);
  const wanted = target.name.toLowerCase();
  const list = namesOf(sheet);
  const index = list.findIndex((n) => n.name.toLowerCase() === wanted);
  if (index < 0) fail("ItemNotFound");
  const next = change(list[index]);
  sheet.names = next === null ? list.filter((_, i) => i !== index) : list.map((n, i) => (i === index ? next : n));
}

/** What a name refers to, as `NamedItem.value` reads it: the text of a `="…"` constant, else the formula. */
function valueOf(formula: string): string | number {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return text[1].replace(/""/g, '"');
  const body = formula.replace(/^=/, "");
  return /^-?\d+(\.\d+)?$/.test(body) ? Number(body) : body;
}

function prop(
  name: string,
  get: (item: NamedItemModel) => unknown,
  set?: (item: NamedItemModel, value: unknown) => NamedItemModel,
  api?: string,
) {
  return {
    name,
    api,
    get: (exec: ExecContext, t: NameTarget) => {
      const item = find(exec, t);
      return item ? get(item) : fail("ItemNotFound");
    },
    set: set ? (exec: ExecContext, t: NameTarget, value: unknown) => update(exec, t, (item) => set(item, value)) : undefined,
  };
}

export const NamedItem: ObjectType = {
  typeName: "NamedItem",
  navs: [],
  props: [
    prop("name", (i) => i.name),
    prop("type", (i) => (typeof valueOf(i.formula) === "number" ? "Double" : /^="/.test(i.formula) ? "String" : "Range")),
    prop("value", (i) => valueOf(i.formula)),
    prop(
      "formula",
      (i) => i.formula,
      (i, v) => ({ ...i, formula: String(v) }),
      "1.7",
    ),
    prop(
      "visible",
      (i) => i.visible,
      (i, v) => ({ ...i, visible: v === true }),
    ),
    prop(
      "comment",
      (i) => i.comment,
      (i, v) => ({ ...i, comment: String(v) }),
      "1.4",
    ),
  ],
  methods: {
    delete: { run: (exec, t: NameTarget) => update(exec, t, () => null) },
  },
};

export const NamedItemCollection: ObjectType = {
  typeName: "NamedItemCollection",
  navs: [],
  props: [],
  collection: {
    itemType: () => NamedItem,
    list: (exec, t: NamesTarget) => namesOf(exec.tx.requireSheet(t.sheetId)).map((n) => n.name),
    itemTarget: (t: NamesTarget, id) => ({ sheetId: t.sheetId, name: id }),
  },
  methods: {
    getItem: {
      returns: () => NamedItem,
      run: (exec, t: NamesTarget, [name]) => {
        const target = { sheetId: t.sheetId, name: String(name) };
        return find(exec, target) ? target : fail("ItemNotFound");
      },
    },
    getItemOrNullObject: {
      returns: () => NamedItem,
      run: (exec, t: NamesTarget, [name]) => {
        const target = { sheetId: t.sheetId, name: String(name) };
        return find(exec, target) ? target : null;
      },
    },
    /** `reference` is a formula (`="x"`, `=A1`) or a Range; a taken name is `ItemAlreadyExists`. */
    add: {
      returns: () => NamedItem,
      run: (exec, t: NamesTarget, [name, reference, comment]) => {
        if (typeof name !== "string" || !NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) fail("InvalidArgument");
        const target = { sheetId: t.sheetId, name };
        if (find(exec, target)) fail("ItemAlreadyExists");
        let formula: string;
        if (isWireObject(reference)) {
          const { rect } = reference.target as { rect: { r0: number; c0: number } };
          formula = `=$${columnLetter(rect.c0)}$${rect.r0 + 1}`;
        } else if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
        else return fail("InvalidArgument");
        const sheet = exec.tx.writable(t.sheetId);
        sheet.names = [...namesOf(sheet), { name, formula, visible: true, comment: (comment as string | undefined) ?? "" }];
        return target;
      },
    },
  },
};
