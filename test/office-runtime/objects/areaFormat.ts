// RangeAreas.format (ExcelApi 1.9): the same RangeFormat, font, fill and borders as a Range's,
// set on every area of the RangeAreas. Microsoft: "Setting a property on a RangeAreas object sets
// the corresponding property on all the ranges in the RangeAreas.areas collection"
// (learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-multiple-ranges). So each area keeps
// its own edges: a border's EdgeTop is every area's top edge and InsideHorizontal the lines inside
// each area, never between two areas (ASSUMED for borders, which that page does not name: it
// follows from the sentence above, and Excel's own Borders button on a multi-area selection draws
// each area's edges). A property reads as the value every area shares, else null (same page).
import type { AreasTarget } from "../../excel-host/formatOperations";
import type { ExecContext, ObjectType, PropertyDef } from "./objectModel";

type PerArea = AreasTarget & Record<string, unknown>;

/** The target of each area: the areas' target with one rectangle in place of the list. */
function areasOf(t: PerArea): Array<Record<string, unknown>> {
  return t.rects.map((rect) => {
    const one: Record<string, unknown> = { ...t, rect };
    delete one.rects;
    return one;
  });
}

function perAreaProp(inner: PropertyDef): PropertyDef {
  const set = inner.set;
  return {
    ...inner,
    get: (exec: ExecContext, t: PerArea) => {
      const values = areasOf(t).map((one) => inner.get(exec, one));
      return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : null;
    },
    set: set && ((exec: ExecContext, t: PerArea, value: unknown) => areasOf(t).forEach((one) => set(exec, one, value))),
  };
}

const wrapped = new Map<ObjectType, ObjectType>();

/** `type` (a Range's format or one of its parts) acting on every area of a RangeAreas target. */
export function perArea(type: ObjectType): ObjectType {
  const known = wrapped.get(type);
  if (known) return known;
  const areaType: ObjectType = { typeName: type.typeName, props: type.props.map(perAreaProp), navs: [] };
  wrapped.set(type, areaType);
  areaType.navs = type.navs.map((nav) => ({ ...nav, map: undefined, type: () => perArea(nav.type()) }));
  if (type.methods) {
    areaType.methods = {};
    // A method giving a part (borders.getItem): the part with the areas kept, its own fields added.
    for (const [name, method] of Object.entries(type.methods)) {
      areaType.methods[name] = {
        ...method,
        returns: method.returns && (() => perArea((method.returns as () => ObjectType)())),
        run: (exec, t: PerArea, args) => {
          const parts = areasOf(t).map((one) => method.run(exec, one, args) as Record<string, unknown>);
          const first: Record<string, unknown> = { ...parts[0], rects: t.rects };
          delete first.rect;
          return first;
        },
      };
    }
  }
  return areaType;
}
