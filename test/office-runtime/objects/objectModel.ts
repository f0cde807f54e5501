// Excel's objects as the wire names them (Workbook, Worksheet, Range, …), described as data: each
// type's properties (read and write), navigations to child objects, collection items and methods,
// every one an operation on the workbook model (test/excel-host). ../executor.ts resolves the
// runtime's object paths to a type and a target (what the object stands for: a sheet id, a sheet
// id and a rectangle, …) and runs the request's actions through these descriptions.
import { apiNotFound, fail } from "../../excel-host/errors";
import type { ModelContext } from "../../excel-host/workbookModel";
import type { HostCore } from "../host";

/** One request's transaction of the workbook, and the host it runs on (its requirement sets). */
export interface ExecContext extends ModelContext {
  core: HostCore;
}

export interface PropertyDef {
  name: string;
  /** ExcelApi version needed to read (and write unless `setApi`). */
  api?: string;
  setApi?: string;
  /** Left out of a query without a selection (the runtime's `load()`). */
  notInDefaultLoad?: boolean;
  get(exec: ExecContext, target: any): unknown;
  set?(exec: ExecContext, target: any, value: unknown): void;
}

export interface NavigationDef {
  name: string;
  api?: string;
  type: () => ObjectType;
  /** The child's target from its parent's; the identity when absent. */
  map?: (parentTarget: any) => unknown;
}

export interface CollectionDef {
  itemType: () => ObjectType;
  /** Item ids (strings) in order. */
  list(exec: ExecContext, target: any): string[];
  itemTarget(target: any, id: string): unknown;
}

export interface MethodDef {
  api?: string;
  /** A method that gives an object: its type; `run` returns the object's target (null: a null object). */
  returns?: () => ObjectType;
  /** A method whose value the runtime hands back as a ClientResult. */
  result?: boolean;
  run(exec: ExecContext, target: any, args: unknown[]): unknown;
}

export interface ObjectType {
  typeName: string;
  props: PropertyDef[];
  navs: NavigationDef[];
  collection?: CollectionDef;
  methods?: Record<string, MethodDef>;
}

/** An object of a request: its type and what it stands for. */
export interface WireObject {
  type: ObjectType;
  target: any;
}

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === "object" && value !== null && "type" in value && "target" in value;
}

export function requireApi(core: HostCore, apiFullName: string, version: string | undefined, setName = "ExcelApi"): void {
  if (version && !core.supports(setName, version)) throw apiNotFound(apiFullName, setName, version);
}

/** A property; read-only without a setter. */
export function prop(name: string, get: PropertyDef["get"], set?: PropertyDef["set"], extra: Partial<PropertyDef> = {}): PropertyDef {
  return { name, get, set, ...extra };
}

/** A method's argument that must be a range of the request (`{ sheetId, rect }`). */
export function rangeArgument<T>(arg: unknown): T {
  if (!isWireObject(arg) || arg.type.typeName !== "Range") return fail("InvalidArgument");
  return arg.target as T;
}
