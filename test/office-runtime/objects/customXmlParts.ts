// The workbook's custom XML parts (`workbook.customXmlParts`, ExcelApi 1.5): where the add-in keeps
// the run's report beside the summary. As Microsoft documents them:
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection (add, getByNamespace,
// getCount, getItem, getItemOrNullObject),
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection (the
// collection getByNamespace gives: getCount, getItem, getItemOrNullObject, getOnlyItem — "if the
// collection contains exactly one item … otherwise … an error" —, getOnlyItemOrNullObject — "…
// otherwise … null"),
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart (id, namespaceUri, delete,
// getXml, setXml). ASSUMED, not documented: add refuses text with no root element with
// `InvalidArgument`; getXml gives the text as added (Excel may re-serialize it; the reader in
// core accepts any prefix and either quote); ids are GUIDs in braces, as Excel's sheet ids are.
import { fail } from "../../excel-host/errors";
import type { CustomXmlPartModel } from "../../excel-host/workbookModel";
import type { ExecContext, MethodDef, ObjectType } from "./objectModel";

interface PartTarget {
  id: string;
}
/** The whole collection (namespace null) or the parts of one namespace. */
interface PartsTarget {
  namespace: string | null;
}

const API = "1.5";

function partsOf(exec: ExecContext): CustomXmlPartModel[] {
  return exec.tx.workbook.customXmlParts ?? [];
}

function inScope(exec: ExecContext, target: PartsTarget): CustomXmlPartModel[] {
  return partsOf(exec).filter((part) => target.namespace === null || part.namespaceUri === target.namespace);
}

function find(exec: ExecContext, target: PartTarget): CustomXmlPartModel {
  return partsOf(exec).find((part) => part.id === target.id) ?? fail("ItemNotFound");
}

/** The namespace of the root element (its prefix's, or the default one); "" without one. */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, "");
  const root = /<([\w.-]+:)?[\w.-]+((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(body);
  if (root === null || body.slice(0, root.index).trim() !== "") return fail("InvalidArgument");
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : "";
  const declaration = new RegExp(`\\sxmlns${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root[2]);
  return declaration ? (declaration[1] ?? declaration[2]) : "";
}

function setParts(exec: ExecContext, parts: CustomXmlPartModel[]): void {
  exec.tx.workbook.customXmlParts = parts;
}

export const CustomXmlPart: ObjectType = {
  typeName: "CustomXmlPart",
  navs: [],
  props: [
    { name: "id", api: API, get: (exec, t: PartTarget) => find(exec, t).id },
    { name: "namespaceUri", api: API, get: (exec, t: PartTarget) => find(exec, t).namespaceUri },
  ],
  methods: {
    delete: {
      api: API,
      run: (exec, t: PartTarget) => {
        find(exec, t);
        setParts(
          exec,
          partsOf(exec).filter((part) => part.id !== t.id),
        );
      },
    },
    getXml: { api: API, result: true, run: (exec, t: PartTarget) => find(exec, t).xml },
    setXml: {
      api: API,
      run: (exec, t: PartTarget, [xml]) => {
        find(exec, t);
        const text = String(xml);
        const namespaceUri = rootNamespace(text);
        setParts(
          exec,
          partsOf(exec).map((part) => (part.id === t.id ? { ...part, xml: text, namespaceUri } : part)),
        );
      },
    },
  },
};

/** getCount, getItem and getItemOrNullObject: the same on the whole collection and a scoped one. */
function lookups(): Record<string, MethodDef> {
  return {
    getCount: { api: API, result: true, run: (exec, t: PartsTarget) => inScope(exec, t).length },
    getItem: {
      api: API,
      returns: () => CustomXmlPart,
      run: (exec, t: PartsTarget, [id]) => (inScope(exec, t).some((p) => p.id === id) ? { id } : fail("ItemNotFound")),
    },
    getItemOrNullObject: {
      api: API,
      returns: () => CustomXmlPart,
      run: (exec, t: PartsTarget, [id]) => (inScope(exec, t).some((p) => p.id === id) ? { id } : null),
    },
  };
}

const collection = {
  itemType: () => CustomXmlPart,
  list: (exec: ExecContext, t: PartsTarget) => inScope(exec, t).map((part) => part.id),
  itemTarget: (_t: PartsTarget, id: string): PartTarget => ({ id }),
};

export const CustomXmlPartScopedCollection: ObjectType = {
  typeName: "CustomXmlPartScopedCollection",
  navs: [],
  props: [],
  collection,
  methods: {
    ...lookups(),
    getOnlyItem: {
      api: API,
      returns: () => CustomXmlPart,
      run: (exec, t: PartsTarget) => {
        const parts = inScope(exec, t);
        return parts.length === 1 ? { id: parts[0].id } : fail("InvalidOperation");
      },
    },
    getOnlyItemOrNullObject: {
      api: API,
      returns: () => CustomXmlPart,
      run: (exec, t: PartsTarget) => {
        const parts = inScope(exec, t);
        return parts.length === 1 ? { id: parts[0].id } : null;
      },
    },
  },
};

export const CustomXmlPartCollection: ObjectType = {
  typeName: "CustomXmlPartCollection",
  navs: [],
  props: [],
  collection,
  methods: {
    ...lookups(),
    add: {
      api: API,
      returns: () => CustomXmlPart,
      run: (exec, _t, [xml]) => {
        if (typeof xml !== "string") return fail("InvalidArgument");
        const parts = partsOf(exec);
        const taken = new Set(parts.map((part) => part.id));
        let n = parts.length + 1;
        while (taken.has(partId(n))) n++;
        const id = partId(n);
        setParts(exec, [...parts, { id, namespaceUri: rootNamespace(xml), xml }]);
        return { id };
      },
    },
    getByNamespace: {
      api: API,
      returns: () => CustomXmlPartScopedCollection,
      run: (_exec, _t, [namespace]) => ({ namespace: String(namespace) }),
    },
  },
};

/** `{C0570000-0000-0000-0000-000000000001}`: a GUID in braces, as Excel gives. */
function partId(n: number): string {
  return `{C0570000-0000-0000-0000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
}
