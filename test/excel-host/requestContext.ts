// The client half of the fake: proxy objects that queue commands, `load` option parsing, the
// request context and the sync engine that runs a queue against the workbook model.
//
// Each sync is modelled as one request/response round trip:
//   request  = { Actions: [{ Id, ActionType, ObjectPath, Name, Arguments }] }
//   response = { Results: [{ ActionId, Value }], Error? }
// and the host counts `JSON.stringify(...).length` of both. This is a model of the traffic, not
// Microsoft's wire format; it grows with the same things (cells written, properties loaded).

import {
  MESSAGES,
  OfficeError,
  WorkbookError,
  apiNotFound,
  clientInvalidArgument,
  invalidObjectPath,
  invalidRequestContext,
  propertyNotLoaded,
  valueNotLoaded,
} from "./errors";
import { WorkbookTransaction, type WorkbookModel } from "./workbookModel";

// ---------------------------------------------------------------------------------------------
// Host core: what a context needs from the host it belongs to.

export interface SyncRecord {
  /** 1-based round-trip number since the host was created. */
  index: number;
  /** Commands in the request. */
  actionCount: number;
  /** `JSON.stringify(request).length` */
  requestBytes: number;
  /** `JSON.stringify(response).length` (0 when the request was refused before running). */
  responseBytes: number;
  /** `"ok"` or the error code the sync rejected with. */
  outcome: string;
  /** The run asked for `delayForCellEdit` and this sync waited for the edit to end. */
  waitedForCellEdit: boolean;
}

export interface InjectedFailure {
  code: string;
  message?: string;
  /** How many of the queued commands run before the failure. */
  applied: (queued: number) => number;
}

export interface ExecContext {
  tx: WorkbookTransaction;
  core: HostCore;
  /** Objects bound during this sync (unbound again if the sync is thrown away). */
  bound: HostObject[];
}

export interface HostCore {
  state: WorkbookModel;
  syncs: SyncRecord[];
  syncCalls: number;
  payloadLimitBytes: number;
  cellEditMode: boolean;
  supports(setName: string, version: string): boolean;
  waitForCellEditEnd(): Promise<void>;
  /**
   * The failure injected for request `index` (1-based; default the latest recorded). The runtime
   * sends its clean-up request beside the next run's first, so a request names its own index.
   */
  takeInjectedFailure(index?: number): InjectedFailure | undefined;
  createWorkbook(context: RequestContextImpl): HostObject;
}

export function requireApi(core: HostCore, apiFullName: string, version: string | undefined, setName = "ExcelApi"): void {
  if (version && !core.supports(setName, version)) throw apiNotFound(apiFullName, setName, version);
}

// ---------------------------------------------------------------------------------------------
// Class metadata

export interface PropertyDef {
  name: string;
  readOnly?: boolean;
  /** ExcelApi version needed to read (and write unless `setApi`). */
  api?: string;
  setApi?: string;
  /** Left out of `load()` without arguments. */
  notInDefaultLoad?: boolean;
  get(exec: ExecContext, target: any): unknown;
  set?(exec: ExecContext, target: any, value: unknown): void;
}

export interface NavigationDef {
  name: string;
  api?: string;
  type: () => HostObjectClass;
  /** The child's target from its parent's; the identity when absent. */
  map?: (parentTarget: any, exec: ExecContext) => unknown;
}

export interface CollectionDef {
  itemType: () => HostObjectClass;
  /** Item ids (strings) in order. */
  list(exec: ExecContext, target: any): string[];
  itemTarget(target: any, id: string): unknown;
  itemPath(id: string): string;
}

export interface ClassMeta {
  typeName: string;
  props: PropertyDef[];
  navs: NavigationDef[];
  collection?: CollectionDef;
  /** Properties `set()` refuses with "cannot be applied through an object.set method". */
  notSettable?: string[];
}

export type HostObjectClass = (new (
  context: RequestContextImpl,
  parent: HostObject | null,
  path: string,
  resolver: Resolver | null,
) => HostObject) & { meta: ClassMeta };

export type Resolver = (exec: ExecContext, parentTarget: any) => unknown;

// ---------------------------------------------------------------------------------------------
// Load options

export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadSpec>;
  items?: LoadSpec;
  top?: number;
  skip?: number;
  unknown: string[];
}

function newSpec(): LoadSpec {
  return { all: false, props: new Set(), navs: new Map(), unknown: [] };
}

function addPath(core: HostCore, spec: LoadSpec, meta: ClassMeta, segments: string[], wholeChild: boolean): void {
  const [head, ...rest] = segments;
  if (meta.collection) {
    const itemMeta = meta.collection.itemType().meta;
    spec.items ??= newSpec();
    if (head === "items") {
      if (rest.length === 0) spec.items.all = true;
      else addPath(core, spec.items, itemMeta, rest, wholeChild);
      return;
    }
    if (meta.props.some((p) => p.name === head)) {
      spec.props.add(head);
      return;
    }
    addPath(core, spec.items, itemMeta, segments, wholeChild);
    return;
  }
  const prop = meta.props.find((p) => p.name === head);
  if (prop && rest.length === 0 && !wholeChild) {
    requireApi(core, `${meta.typeName}.${prop.name}`, prop.api);
    spec.props.add(head);
    return;
  }
  const nav = meta.navs.find((n) => n.name === head);
  if (nav) {
    requireApi(core, `${meta.typeName}.${nav.name}`, nav.api);
    let child = spec.navs.get(head);
    if (!child) {
      child = newSpec();
      spec.navs.set(head, child);
    }
    const childMeta = nav.type().meta;
    if (rest.length === 0) {
      if (childMeta.collection) (child.items ??= newSpec()).all = true;
      else child.all = true;
    } else addPath(core, child, childMeta, rest, wholeChild);
    return;
  }
  spec.unknown.push(`${meta.typeName}.${segments.join("/")}`);
}

function splitNames(value: unknown, location: string): string[] {
  if (typeof value === "string")
    return value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value
      .flatMap((v: string) => v.split(","))
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  throw clientInvalidArgument(MESSAGES.InvalidArgument, location);
}

/** Parse every form `load` accepts: `"a, b/c"`, `["a"]`, `{select, expand, top, skip}`, `{a: true, b: {c: true}}`. */
export function parseLoadOption(core: HostCore, meta: ClassMeta, option: unknown): LoadSpec {
  const spec = newSpec();
  const location = `${meta.typeName}.load`;
  const applyAll = () => {
    if (meta.collection) (spec.items ??= newSpec()).all = true;
    else spec.all = true;
  };
  if (option === undefined || option === null) {
    applyAll();
    return spec;
  }
  if (typeof option === "string" || Array.isArray(option)) {
    const names = splitNames(option, location);
    if (names.length === 0) applyAll();
    for (const name of names)
      addPath(
        core,
        spec,
        meta,
        name.split("/").map((s) => s.trim()),
        false,
      );
    return spec;
  }
  if (typeof option !== "object") throw clientInvalidArgument(MESSAGES.InvalidArgument, location);
  const record = option as Record<string, unknown>;
  const keys = Object.keys(record);
  const optionKeys = ["select", "expand", "top", "skip"];
  if (keys.length > 0 && keys.every((k) => optionKeys.includes(k))) {
    for (const key of ["top", "skip"] as const) {
      if (record[key] !== undefined && (typeof record[key] !== "number" || !Number.isInteger(record[key]) || (record[key] as number) < 0)) {
        throw clientInvalidArgument(MESSAGES.InvalidArgument, location);
      }
    }
    const target = meta.collection ? (spec.items ??= newSpec()) : spec;
    const targetMeta = meta.collection ? meta.collection.itemType().meta : meta;
    if (record.select !== undefined) {
      for (const name of splitNames(record.select, location)) addPath(core, spec, meta, name.split("/"), false);
    } else target.all = true;
    if (record.expand !== undefined) {
      for (const name of splitNames(record.expand, location)) addPath(core, target, targetMeta, name.split("/"), true);
    }
    if (meta.collection) {
      if (record.top !== undefined) spec.top = record.top as number;
      if (record.skip !== undefined) spec.skip = record.skip as number;
    }
    return spec;
  }
  // A strict object: `{ values: true, format: { font: { bold: true } }, $all: true, $top: 5 }`.
  const walk = (node: Record<string, unknown>, prefix: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$all") {
        if (value === true) {
          if (prefix.length === 0) applyAll();
          else addPath(core, spec, meta, prefix, true);
        }
        continue;
      }
      if (key === "$top" || key === "$skip") {
        if (typeof value !== "number") throw clientInvalidArgument(MESSAGES.InvalidArgument, location);
        if (prefix.length === 0) spec[key === "$top" ? "top" : "skip"] = value;
        continue;
      }
      if (value === true) addPath(core, spec, meta, [...prefix, key], false);
      else if (typeof value === "object" && value !== null) walk(value as Record<string, unknown>, [...prefix, key]);
      else if (value !== false && value !== undefined) throw clientInvalidArgument(MESSAGES.InvalidArgument, location);
    }
  };
  walk(record, []);
  return spec;
}

/** Read the data a load asks for (the "response" value of a query). */
function collect(exec: ExecContext, meta: ClassMeta, target: unknown, spec: LoadSpec): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (spec.unknown.length > 0) throw new WorkbookError("InvalidArgument");
  for (const prop of meta.props) {
    const wanted =
      spec.props.has(prop.name) || (spec.all && !prop.notInDefaultLoad && (!prop.api || exec.core.supports("ExcelApi", prop.api)));
    if (wanted) data[prop.name] = prop.get(exec, target);
  }
  for (const [name, childSpec] of spec.navs) {
    const nav = meta.navs.find((n) => n.name === name)!;
    const childTarget = nav.map ? nav.map(target, exec) : target;
    data[name] = childTarget === null ? null : collect(exec, nav.type().meta, childTarget, childSpec);
  }
  if (meta.collection && spec.items) {
    let ids = meta.collection.list(exec, target);
    if (spec.skip !== undefined) ids = ids.slice(spec.skip);
    if (spec.top !== undefined) ids = ids.slice(0, spec.top);
    const itemMeta = meta.collection.itemType().meta;
    const collection = meta.collection;
    data.items = ids.map((id) => ({ ...collect(exec, itemMeta, collection.itemTarget(target, id), spec.items!), _Id: id }));
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Queued commands

export interface QueuedAction {
  id: number;
  kind: "Instantiate" | "SetProperty" | "Method" | "Query" | "Trace";
  owner: HostObject | null;
  name: string;
  wire: Record<string, unknown>;
  statement: string;
  errorLocation: string;
  /** Runs against the transaction; a returned value goes into the response. */
  run(exec: ExecContext): unknown;
  /** Receives what `run` returned, after the sync commits. */
  deliver?(result: unknown): void;
}

function wireArgument(arg: unknown): unknown {
  if (arg instanceof HostObject) return { _ObjectPath: arg._path };
  if (arg instanceof Date) return arg.toISOString();
  return arg;
}

function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => {
      if (arg instanceof HostObject) return arg._path;
      if (Array.isArray(arg) || (typeof arg === "object" && arg !== null)) return "...";
      return JSON.stringify(arg);
    })
    .join(", ");
}

// ---------------------------------------------------------------------------------------------
// Proxy objects

/** `OfficeExtension.ClientObject`: every Excel proxy derives from it. */
export class HostObject {
  static meta: ClassMeta = { typeName: "ClientObject", props: [], navs: [] };

  readonly _context: RequestContextImpl;
  readonly _parent: HostObject | null;
  readonly _path: string;
  readonly _resolver: Resolver | null;
  _target: unknown = undefined;
  _bound = false;
  _isNull: boolean | undefined = undefined;
  _fields: Record<string, unknown> = {};
  _children = new Map<string, HostObject>();
  _items: HostObject[] | undefined = undefined;
  _valid = true;
  _tracked = false;

  constructor(context: RequestContextImpl, parent: HostObject | null, path: string, resolver: Resolver | null) {
    this._context = context;
    this._parent = parent;
    this._path = path;
    this._resolver = resolver;
    context._created.push(this);
  }

  get context(): RequestContextImpl {
    return this._context;
  }

  /** Filled in by the sync after the object is created; `PropertyNotLoaded` before. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(null, "isNullObject");
    return this._isNull;
  }

  _meta(): ClassMeta {
    return (this.constructor as HostObjectClass).meta;
  }

  _core(): HostCore {
    return this._context._core;
  }

  _isNullish(): boolean {
    return this._isNull === true || (this._parent !== null && this._parent._isNullish());
  }

  _isValid(): boolean {
    if (!this._valid) return false;
    if (this._tracked) return true;
    return this._parent === null || this._parent._isValid();
  }

  _checkValid(): void {
    if (!this._isValid()) throw invalidObjectPath(this._path);
  }

  _requireApi(member: string, version: string | undefined): void {
    requireApi(this._core(), `${this._meta().typeName}.${member}`, version);
  }

  /** The workbook target this proxy stands for; null for a null object. Binds on first use. */
  _ensureTarget(exec: ExecContext): any {
    if (this._bound) return this._target;
    let parentTarget: unknown = undefined;
    if (this._parent) {
      parentTarget = this._parent._ensureTarget(exec);
      if (parentTarget === null) return this._bind(exec, null);
    }
    const target = this._resolver ? this._resolver(exec, parentTarget) : parentTarget;
    return this._bind(exec, target);
  }

  _bind(exec: ExecContext, target: unknown): any {
    this._target = target;
    this._bound = true;
    exec.bound.push(this);
    return target;
  }

  _enqueue(
    action: Omit<QueuedAction, "id" | "wire" | "statement" | "errorLocation"> & {
      args: unknown[];
      statement?: string;
      errorLocation?: string;
    },
  ): void {
    this._checkValid();
    const id = this._context._nextActionId++;
    const { args, statement, errorLocation, ...rest } = action;
    this._context._pending.push({
      ...rest,
      id,
      wire: { Id: id, ActionType: action.kind, ObjectPath: this._path, Name: action.name, Arguments: args.map(wireArgument) },
      statement: statement ?? `${this._path}.${action.name}(${describeArgs(args)});`,
      errorLocation: errorLocation ?? `${this._meta().typeName}.${action.name}`,
    });
  }

  /** Create a proxy returned by a method and queue its instantiation (so a bad key fails at sync). */
  _method<T extends HostObject>(type: HostObjectClass, name: string, args: unknown[], resolver: Resolver, nullable = false): T {
    this._checkValid();
    const child = new type(this._context, this, `${this._path}.${name}(${describeArgs(args)})`, resolver) as T;
    this._enqueue({
      kind: "Instantiate",
      owner: child,
      name,
      args,
      statement: `${child._path};`,
      run: (exec) => {
        const target = child._ensureTarget(exec);
        return nullable ? { _IsNull: target === null } : undefined;
      },
      deliver: () => {
        child._isNull = child._target === null;
      },
    });
    return child;
  }

  /** Queue a command on this object; it is skipped when the object turns out to be null. */
  _call(name: string, args: unknown[], apply: (exec: ExecContext, target: any) => unknown, deliver?: (result: unknown) => void): void {
    this._enqueue({
      kind: "Method",
      owner: this,
      name,
      args,
      run: (exec) => {
        const target = this._ensureTarget(exec);
        if (target === null) return undefined;
        return apply(exec, target);
      },
      deliver,
    });
  }

  /** A method that returns a `ClientResult`, filled in by the sync without a load. */
  _callForResult<T>(name: string, args: unknown[], compute: (exec: ExecContext, target: any) => T): ClientResultImpl<T> {
    const result = new ClientResultImpl<T>();
    this._call(
      name,
      args,
      (exec, target) => ({ value: compute(exec, target) }),
      (wire) => {
        result._set(wire === undefined ? (null as T) : (wire as { value: T }).value);
      },
    );
    return result;
  }

  _child<T extends HostObject>(nav: NavigationDef): T {
    let child = this._children.get(nav.name);
    if (!child) {
      const map = nav.map;
      child = new (nav.type())(
        this._context,
        this,
        `${this._path}.${nav.name}`,
        map ? (exec, parentTarget) => map(parentTarget, exec) : null,
      );
      this._children.set(nav.name, child);
    }
    return child as T;
  }

  _setProperty(prop: PropertyDef, value: unknown): void {
    this._requireApi(prop.name, prop.setApi ?? prop.api);
    this._checkValid();
    this._fields[prop.name] = value; // the local copy readable before sync
    const setter = prop.set!;
    this._enqueue({
      kind: "SetProperty",
      owner: this,
      name: prop.name,
      args: [value],
      statement: `${this._path}.${prop.name} = ...;`,
      errorLocation: `${this._meta().typeName}.${prop.name}`,
      run: (exec) => {
        const target = this._ensureTarget(exec);
        if (target === null) return undefined;
        setter(exec, target, value);
        return undefined;
      },
    });
  }

  load(option?: unknown): this {
    this._checkValid();
    const spec = parseLoadOption(this._core(), this._meta(), option);
    const meta = this._meta();
    this._enqueue({
      kind: "Query",
      owner: this,
      name: "load",
      args: [option ?? null],
      statement: `${this._path}.load(${typeof option === "string" ? JSON.stringify(option) : "..."});`,
      errorLocation: spec.unknown[0] ?? `${meta.typeName}.load`,
      run: (exec) => {
        const target = this._ensureTarget(exec);
        if (target === null) return null;
        return collect(exec, meta, target, spec);
      },
      deliver: (data) => applyData(this, data as Record<string, unknown> | null),
    });
    return this;
  }

  set(properties: unknown, options?: { throwOnReadOnly?: boolean }): void {
    const meta = this._meta();
    let input = properties;
    if (input instanceof HostObject) {
      if (Object.getPrototypeOf(input) !== Object.getPrototypeOf(this)) {
        throw clientInvalidArgument(
          `The argument 'properties' doesn't work for this situation, is missing, or isn't in the right format.`,
          `${meta.typeName}.set`,
        );
      }
      input = input.toJSON();
    }
    if (typeof input !== "object" || input === null) throw clientInvalidArgument(MESSAGES.InvalidArgument, `${meta.typeName}.set`);
    const entries = Object.entries(input as Record<string, unknown>);
    const scalars: [PropertyDef, unknown][] = [];
    const nested: [NavigationDef, unknown][] = [];
    for (const [key, value] of entries) {
      if (meta.notSettable?.includes(key)) {
        throw clientInvalidArgument(
          `Changes to property '${key}' cannot be applied through an "object.set" method.`,
          `${meta.typeName}.set`,
        );
      }
      const prop = meta.props.find((p) => p.name === key);
      const nav = meta.navs.find((n) => n.name === key);
      if (!prop && !nav) throw clientInvalidArgument(`Property '${key}' does not exist on the object.`, `${meta.typeName}.set`);
      if (prop) {
        if (prop.readOnly || !prop.set) {
          if (options?.throwOnReadOnly === false) continue;
          throw clientInvalidArgument(`Attempting to set read-only property '${key}'.`, `${meta.typeName}.set`);
        }
        scalars.push([prop, value]);
      } else nested.push([nav!, value]);
    }
    for (const [prop, value] of scalars) this._setProperty(prop, value);
    for (const [nav, value] of nested) {
      this._requireApi(nav.name, nav.api);
      this._child(nav).set(value, options);
    }
  }

  toJSON(): Record<string, unknown> {
    const meta = this._meta();
    const out: Record<string, unknown> = {};
    for (const prop of meta.props) {
      const value = this._fields[prop.name];
      if (value !== undefined) out[prop.name] = value;
    }
    for (const [name, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    if (meta.collection && this._items) out.items = this._items.map((item) => item.toJSON());
    return out;
  }

  track(): this {
    this._context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this._context.trackedObjects.remove(this);
    return this;
  }
}

/** Install the loaded-property getters/setters described by a class's metadata. */
export function defineProperties(type: HostObjectClass): void {
  const meta = type.meta;
  for (const prop of meta.props) {
    const descriptor: PropertyDescriptor = {
      configurable: true,
      enumerable: true,
      get(this: HostObject) {
        this._requireApi(prop.name, prop.api);
        const value = this._fields[prop.name];
        if (value === undefined) {
          if (this._isNullish()) return undefined;
          throw propertyNotLoaded(meta.typeName, prop.name);
        }
        return value;
      },
    };
    if (!prop.readOnly && prop.set) {
      descriptor.set = function (this: HostObject, value: unknown) {
        this._setProperty(prop, value);
      };
    }
    Object.defineProperty(type.prototype, prop.name, descriptor);
  }
  for (const nav of meta.navs) {
    Object.defineProperty(type.prototype, nav.name, {
      configurable: true,
      enumerable: true,
      get(this: HostObject) {
        this._requireApi(nav.name, nav.api);
        return this._child(nav);
      },
    });
  }
  if (meta.collection) {
    Object.defineProperty(type.prototype, "items", {
      configurable: true,
      enumerable: true,
      get(this: HostObject) {
        if (this._items === undefined) {
          if (this._isNullish()) return undefined;
          throw propertyNotLoaded(meta.typeName, "items");
        }
        return this._items;
      },
    });
  }
}

function applyData(object: HostObject, data: Record<string, unknown> | null): void {
  if (data === null) {
    object._isNull = true;
    return;
  }
  if (object._isNull === undefined && object._resolver !== null) object._isNull = false;
  const meta = object._meta();
  for (const [key, value] of Object.entries(data)) {
    if (key === "items" && meta.collection) {
      const collection = meta.collection;
      const itemType = collection.itemType();
      object._items = (value as Record<string, unknown>[]).map((itemData) => {
        const id = itemData._Id as string;
        // Items resolve through their collection, which may itself be an unbound navigation child.
        const item = new itemType(object._context, object, `${object._path}.${collection.itemPath(id)}`, (_exec, parentTarget) =>
          collection.itemTarget(parentTarget, id),
        );
        item._isNull = false;
        applyData(item, itemData);
        return item;
      });
      continue;
    }
    if (key === "_Id") continue;
    const nav = meta.navs.find((n) => n.name === key);
    if (nav) {
      applyData(object._child(nav), value as Record<string, unknown> | null);
      continue;
    }
    object._fields[key] = value;
  }
}

// ---------------------------------------------------------------------------------------------
// ClientResult, TrackedObjects, RequestContext

/** `OfficeExtension.ClientResult`: `value` throws `ValueNotLoaded` until the sync fills it in. */
export class ClientResultImpl<T> {
  private _loaded = false;
  private _value: T | undefined = undefined;

  get value(): T {
    if (!this._loaded) throw valueNotLoaded();
    return this._value as T;
  }

  _set(value: T): void {
    this._loaded = true;
    this._value = value;
  }

  toJSON(): T | undefined {
    return this._loaded ? this._value : undefined;
  }
}

export class TrackedObjectsImpl {
  constructor(private readonly context: RequestContextImpl) {}

  add(objects: HostObject | HostObject[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) {
      if (object._context !== this.context) throw invalidRequestContext();
      object._tracked = true;
      object._valid = true;
    }
  }

  /** Takes effect at the next sync, as in Office.js. */
  remove(objects: HostObject | HostObject[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) {
      if (object._context !== this.context) throw invalidRequestContext();
      this.context._untrackAfterSync.push(object);
    }
  }
}

export class RequestContextImpl {
  readonly _core: HostCore;
  _pending: QueuedAction[] = [];
  _created: HostObject[] = [];
  _untrackAfterSync: HostObject[] = [];
  _nextActionId = 1;
  _delayForCellEdit = false;
  _traceMessages: string[] = [];
  private _workbook: HostObject | undefined;
  readonly trackedObjects: TrackedObjectsImpl;
  requestHeaders: Record<string, string> = {};

  constructor(core: HostCore) {
    this._core = core;
    this.trackedObjects = new TrackedObjectsImpl(this);
  }

  get workbook(): HostObject {
    this._workbook ??= this._core.createWorkbook(this);
    return this._workbook;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._pending.map((a) => a.statement) };
  }

  load(object: HostObject, option?: unknown): void {
    if (!(object instanceof HostObject) || object._context !== this) throw invalidRequestContext();
    object.load(option);
  }

  /** Queues a trace message; it shows up in `error.traceMessages` when a later statement fails. */
  trace(message: string): void {
    const id = this._nextActionId++;
    this._pending.push({
      id,
      kind: "Trace",
      owner: null,
      name: "trace",
      wire: { Id: id, ActionType: "Trace", Name: "trace", Arguments: [message] },
      statement: `context.trace(${JSON.stringify(message)});`,
      errorLocation: "RequestContext.trace",
      run: () => {
        this._traceMessages.push(message);
        return undefined;
      },
    });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._sync().then(() => passThroughValue as T);
  }

  /** Every object created in a run and not tracked stops working when the run ends. */
  _endRun(): void {
    this._pending = [];
    for (const object of this._created) {
      if (!object._tracked && object !== this._workbook) object._valid = false;
    }
    this._created = this._created.filter((o) => o._tracked);
  }

  private async _sync(): Promise<void> {
    const core = this._core;
    const actions = this._pending;
    this._pending = [];
    core.syncCalls++;
    // Like a real round trip, results arrive asynchronously, never during the sync() call.
    await Promise.resolve();
    if (actions.length === 0) return; // Office.js sends nothing when nothing is queued.
    const record: SyncRecord = {
      index: core.syncs.length + 1,
      actionCount: actions.length,
      requestBytes: 0,
      responseBytes: 0,
      outcome: "ok",
      waitedForCellEdit: false,
    };
    core.syncs.push(record);
    const refuse = (code: string): OfficeError => {
      record.outcome = code;
      return new OfficeError({ code, message: (MESSAGES as Record<string, string>)[code] });
    };

    // The request is serialized when it is sent (so arrays changed after a setter are sent changed).
    const requestText = JSON.stringify({ Actions: actions.map((a) => a.wire) });
    record.requestBytes = requestText.length;

    if (core.cellEditMode) {
      if (!this._delayForCellEdit) throw refuse("InvalidOperationInCellEditMode");
      record.waitedForCellEdit = true;
      await core.waitForCellEditEnd();
    }
    if (record.requestBytes > core.payloadLimitBytes) throw refuse("RequestPayloadSizeLimitExceeded");

    const injected = core.takeInjectedFailure();
    const stopAt = injected ? Math.max(0, Math.min(actions.length, injected.applied(actions.length))) : actions.length;
    const exec: ExecContext = { tx: new WorkbookTransaction(core.state), core, bound: [] };
    const executed: { action: QueuedAction; result: unknown }[] = [];
    let failure: { index: number; code: string; message: string } | null = null;
    const traceStart = this._traceMessages.length;

    for (let i = 0; i < actions.length; i++) {
      if (injected && i === stopAt) break;
      try {
        executed.push({ action: actions[i], result: actions[i].run(exec) });
      } catch (error) {
        if (!(error instanceof WorkbookError)) throw error; // a bug in the fake: let the test see it
        failure = { index: i, code: error.code, message: error.message };
        break;
      }
    }
    if (injected && failure === null) {
      failure = {
        index: Math.min(stopAt, actions.length - 1),
        code: injected.code,
        message: injected.message ?? (MESSAGES as Record<string, string>)[injected.code] ?? MESSAGES.GeneralException,
      };
    }

    const response: Record<string, unknown> = {
      Results: executed.filter((e) => e.result !== undefined).map((e) => ({ ActionId: e.action.id, Value: e.result })),
    };
    if (failure) response.Error = { Code: failure.code, Message: failure.message, ActionId: actions[failure.index].id };
    record.responseBytes = JSON.stringify(response).length;
    if (record.responseBytes > core.payloadLimitBytes) {
      // Nothing is applied: drop the transaction and forget what it bound.
      for (const object of exec.bound) {
        object._bound = false;
        object._target = undefined;
      }
      this._traceMessages.length = traceStart;
      throw refuse("ResponsePayloadSizeLimitExceeded");
    }

    core.state = exec.tx.workbook; // commit, including the statements before a failure (no rollback)
    for (const { action, result } of executed) action.deliver?.(result);
    for (const object of this._untrackAfterSync.splice(0)) {
      object._tracked = false;
      object._valid = false;
    }

    if (failure) {
      record.outcome = failure.code;
      const failed = actions[failure.index];
      const statements = actions.map((a) => a.statement);
      const surrounding = [
        ...statements.slice(Math.max(0, failure.index - 3), failure.index),
        "// >>>>>",
        failed.statement,
        "// <<<<<",
        ...statements.slice(failure.index + 1, failure.index + 4),
      ];
      throw new OfficeError({
        code: failure.code,
        message: failure.message,
        debugInfo: {
          errorLocation: failed.errorLocation,
          statement: failed.statement,
          surroundingStatements: surrounding,
          fullStatements: statements,
        },
        traceMessages: this._traceMessages.slice(traceStart),
      });
    }
  }
}
