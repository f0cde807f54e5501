// Answers the requests Microsoft's Excel runtime (`@microsoft/office-js`) sends, from the in-memory
// workbook model. The runtime builds each request itself: `{ Actions, ObjectPaths }`, the ids and
// types below are its own (ActionType 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace;
// ObjectPathType 1 global, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object). The
// executor resolves object paths against the workbook, runs each action and replies in the
// runtime's response shape. What a property or method does to the workbook is the description of
// its type in objects/ (objectModel.ts, the *Types.ts files): operations on test/excel-host's model.
import { WorkbookError, fail, messageFor } from "../excel-host/errors";
import type { HostCore, SyncRecord } from "./host";
import { isWireObject, requireApi, type ExecContext, type PropertyDef, type WireObject } from "./objects/objectModel";
import { WORKBOOK_TARGET, Workbook } from "./objects/sheetTypes";
import { WorkbookTransaction } from "../excel-host/workbookModel";
import { rewriteSheetReferences } from "../excel-host/sheetOperations";

/** One action of a request, as the runtime serialises it. */
export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

/** One object path of a request, as the runtime serialises it. */
export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

export interface RequestBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

/** What the runtime expects back from `executeAsync`. */
export interface ExecutorResponse {
  ErrorCode: string | null;
  ErrorMessage?: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: { Results: Array<{ ActionId: number; Value: unknown }>; Error?: Record<string, unknown> } | null;
}

/** Every request the runtime sent, in order, for tests and the benchmark. */
export interface WireRequest {
  /**
   * UTF-8 bytes of `JSON.stringify(Body)`, what the web's 5 MB limit is counted in here (Vietnamese
   * text takes 2–3 bytes a letter).
   */
  bytes: number;
  /** The same text's `length` in UTF-16 code units. */
  chars: number;
  actionCount: number;
  /** The runtime's request flags (64 = DelayForCellEdit). */
  flags: number;
  /** Each action's ActionType and Name, e.g. `3 Delete`, for tests that look at the commands. */
  actions: string[];
  outcome: string;
}

const DELAY_FOR_CELL_EDIT_FLAG = 64;

/** UTF-8 length in Node and in the browser (the e2e page runs this executor too). */
function utf8Length(text: string): number {
  return typeof Buffer !== "undefined" ? Buffer.byteLength(text, "utf8") : new TextEncoder().encode(text).length;
}

const STATUS: Record<string, number> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  InvalidSelection: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  RangeExceedsLimit: 400,
  UnsupportedFeature: 400,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

/** Properties the runtime sets under another wire name than it loads them (its `_CC` customisations). */
const SET_PROPERTY_ALIASES: Record<string, string> = {
  "Worksheet.Gridlines": "showGridlines",
  "Worksheet.Headings": "showHeadings",
};

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The executor one installed workbook answers with; it keeps the references Excel would keep. */
export class ModelExecutor {
  readonly requests: WireRequest[] = [];
  private readonly references = new Map<string, WireObject>();
  private nextReference = 1;
  private inFlight = 0;

  /** Called with every request's body as the runtime sent it, before it is answered (the bench's breakdown). */
  onRequest: ((body: RequestBody) => void) | null = null;

  constructor(readonly core: HostCore) {}

  /** Requests not yet answered (the runtime sends its clean-up request after `Excel.run` returns). */
  get pending(): number {
    return this.inFlight;
  }

  /** The live references (ranges the runtime asked Excel to keep), for tests. */
  get referenceCount(): number {
    return this.references.size;
  }

  executeAsync(_customData: unknown, flags: number, message: { Body: RequestBody }): Promise<ExecutorResponse> {
    this.inFlight++;
    this.onRequest?.(message.Body);
    return this.execute(flags, message.Body).finally(() => this.inFlight--);
  }

  private async execute(flags: number, body: RequestBody): Promise<ExecutorResponse> {
    const core = this.core;
    const text = JSON.stringify(body);
    const record: SyncRecord = {
      index: core.syncs.length + 1,
      actionCount: body.Actions.length,
      requestBytes: utf8Length(text),
      responseBytes: 0,
      outcome: "ok",
      waitedForCellEdit: false,
    };
    const wire: WireRequest = {
      bytes: record.requestBytes,
      chars: text.length,
      actionCount: body.Actions.length,
      flags,
      actions: body.Actions.map((a) => `${a.ActionType} ${a.Name}`),
      outcome: "ok",
    };
    core.syncs.push(record);
    this.requests.push(wire);
    const refuse = (code: string): ExecutorResponse => {
      record.outcome = code;
      wire.outcome = code;
      return { ErrorCode: code, ErrorMessage: messageFor(code), HttpStatusCode: STATUS[code] ?? 500, Headers: {}, Body: null };
    };
    // A real round trip answers later, never during the call.
    await new Promise((resolve) => setTimeout(resolve, 0));

    if (core.cellEditMode) {
      // Excel waits out cell editing only when the runtime sets the DelayForCellEdit flag, which
      // it does only on clients that report the DelayForCellEdit requirement set.
      if ((flags & DELAY_FOR_CELL_EDIT_FLAG) === 0) return refuse("InvalidOperationInCellEditMode");
      record.waitedForCellEdit = true;
      await core.waitForCellEditEnd();
    }
    // Excel on the web refuses requests and responses over 5 MB, applying nothing (learn.microsoft.com,
    // office/dev/add-ins/testing/application-specific-api-error-handling: "This error only occurs in
    // Office on the web"). ASSUMED: that the refused request applies none of its commands.
    if (record.requestBytes > core.payloadLimitBytes) return refuse("RequestPayloadSizeLimitExceeded");

    const injected = core.takeInjectedFailure(record.index);
    const actions = body.Actions;
    const stopAt = injected ? Math.max(0, Math.min(actions.length, injected.applied(actions.length))) : actions.length;
    const session = new RequestSession(this.core, body, this.references, () => `ref${this.nextReference++}`);
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    let failure: { index: number; code: string; message: string; location: string } | null = null;
    for (let i = 0; i < actions.length; i++) {
      if (injected && i === stopAt) break;
      try {
        const value = session.run(actions[i]);
        if (value !== undefined) results.push({ ActionId: actions[i].Id, Value: value });
      } catch (error) {
        if (!(error instanceof WorkbookError)) throw error; // a bug here: let the test see it
        failure = { index: i, code: error.code, message: error.message, location: session.locationOf(actions[i]) };
        if (typeof process !== "undefined" && process.env?.OFFICE_RUNTIME_DEBUG)
          console.log(
            "failed",
            JSON.stringify(actions[i]).slice(0, 500),
            error.message,
            JSON.stringify(body.ObjectPaths[String(actions[i].ObjectPathId)]),
          );
        break;
      }
    }
    if (injected && failure === null) {
      const index = Math.min(stopAt, actions.length - 1);
      failure = {
        index,
        code: injected.code,
        message: injected.message ?? messageFor(injected.code),
        location: session.locationOf(actions[index]),
      };
    }
    const responseBody: NonNullable<ExecutorResponse["Body"]> = { Results: results };
    if (failure) {
      responseBody.Error = {
        Code: failure.code,
        Message: failure.message,
        Location: failure.location,
        ActionIndex: failure.index,
        HttpStatusCode: STATUS[failure.code] ?? 500,
      };
    }
    record.responseBytes = utf8Length(JSON.stringify(responseBody));
    if (record.responseBytes > core.payloadLimitBytes) return refuse("ResponsePayloadSizeLimitExceeded");

    // Commands before a failing one stay applied: Excel has no rollback.
    core.state = session.exec.tx.workbook;
    session.commitReferences();
    if (failure) {
      record.outcome = failure.code;
      wire.outcome = failure.code;
    }
    return { ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: responseBody };
  }
}

/** One request: object paths resolved once each, against one transaction of the workbook. */
class RequestSession {
  readonly exec: ExecContext;
  private readonly resolved = new Map<number, WireObject | null>();
  private readonly keptPaths = new Map<number, string>();
  private readonly added = new Map<string, WireObject>();
  private readonly removed = new Set<string>();

  constructor(
    private readonly core: HostCore,
    private readonly body: RequestBody,
    private readonly references: Map<string, WireObject>,
    private readonly newReferenceId: () => string,
  ) {
    this.exec = { tx: new WorkbookTransaction(core.state), core };
  }

  commitReferences(): void {
    for (const [id, reference] of this.added) this.references.set(id, reference);
    for (const id of this.removed) this.references.delete(id);
  }

  locationOf(action: WireAction): string {
    const object = this.resolved.get(action.ObjectPathId);
    const type = object ? object.type.typeName : "Workbook";
    return action.ActionType === 1 || action.ActionType === 2 ? type : `${type}.${lowerFirst(action.Name)}`;
  }

  run(action: WireAction): unknown {
    switch (action.ActionType) {
      case 1: {
        const object = this.resolve(action.ObjectPathId);
        if (object === null) return null;
        const kept = this.keptPaths.get(action.ObjectPathId);
        if (kept) return { _ReferenceId: kept };
        // A worksheet answers with its id, so the runtime then addresses it by id, not by name.
        if (object.type.typeName === "Worksheet") return { Id: (object.target as { sheetId: string }).sheetId };
        return {};
      }
      case 2: {
        const object = this.resolve(action.ObjectPathId);
        if (object === null) return null;
        return this.query(object, action.QueryInfo?.Select ?? null);
      }
      case 3:
        return this.method(action);
      case 4: {
        const object = this.resolve(action.ObjectPathId);
        if (object === null) return undefined;
        this.setProperty(object, action.Name, action.ArgumentInfo?.Arguments?.[0]);
        return undefined;
      }
      case 5:
        return undefined;
      default:
        return fail("InvalidArgument");
    }
  }

  private resolve(id: number): WireObject | null {
    if (this.resolved.has(id)) return this.resolved.get(id) as WireObject | null;
    const path = this.body.ObjectPaths[String(id)];
    if (!path) return fail("InvalidArgument");
    let object: WireObject | null;
    switch (path.ObjectPathType) {
      case 1:
        object = { type: Workbook, target: WORKBOOK_TARGET };
        break;
      case 4:
        object = this.withParent(path, (parent) => this.navigate(parent, path.Name));
        break;
      case 3:
        object = this.withParent(path, (parent) => this.callForObject(parent, path.Name, this.argumentsOf(path.ArgumentInfo)));
        break;
      case 5:
        object = this.withParent(path, (parent) => this.callForObject(parent, "GetItem", this.argumentsOf(path.ArgumentInfo)));
        break;
      case 6: {
        const reference = this.added.get(path.Name) ?? this.references.get(path.Name);
        if (!reference) return fail("InvalidObjectPath");
        object = reference;
        break;
      }
      case 7:
        object = null;
        break;
      default:
        return fail("InvalidArgument");
    }
    this.resolved.set(id, object);
    return object;
  }

  private withParent(path: WireObjectPath, child: (parent: WireObject) => WireObject | null): WireObject | null {
    const parent = this.resolve(path.ParentObjectPathId as number);
    return parent === null ? null : child(parent);
  }

  private navigate(parent: WireObject, wireName: string): WireObject | null {
    const name = lowerFirst(wireName);
    const nav = parent.type.navs.find((n) => n.name === name);
    if (!nav) return fail("ApiNotFound");
    requireApi(this.core, `${parent.type.typeName}.${name}`, nav.api);
    const target = nav.map ? nav.map(parent.target) : parent.target;
    return target === null ? null : { type: nav.type(), target };
  }

  /** A method that gives an object: its target from the model, or a null object. */
  private callForObject(parent: WireObject, wireName: string, args: unknown[]): WireObject | null {
    const rangePart = parent.type.typeName === "Range" ? this.rangePart(parent, wireName, args) : null;
    if (rangePart) return rangePart;
    const name = lowerFirst(wireName);
    const method = parent.type.methods?.[name];
    if (!method) return fail("ApiNotFound");
    if (!method.returns) return fail("InvalidArgument");
    requireApi(this.core, `${parent.type.typeName}.${name}`, method.api);
    const target = method.run(this.exec, parent.target, args);
    return target === null ? null : { type: method.returns(), target };
  }

  /**
   * Range methods the runtime itself calls and the model lacks: it writes a large array in chunks
   * of 1,500 cells as `range.getRow(i).getBoundingRect(range.getRow(j))`.
   */
  private rangePart(parent: WireObject, wireName: string, args: unknown[]): WireObject | null {
    const { sheetId, rect } = parent.target as { sheetId: string; rect: { r0: number; c0: number; r1: number; c1: number } };
    const type = parent.type;
    const index = Number(args[0]);
    switch (wireName) {
      case "GetRow":
        if (!Number.isInteger(index) || index < 0 || rect.r0 + index > rect.r1) return fail("InvalidArgument");
        return { type, target: { sheetId, rect: { ...rect, r0: rect.r0 + index, r1: rect.r0 + index } } };
      case "GetColumn":
        if (!Number.isInteger(index) || index < 0 || rect.c0 + index > rect.c1) return fail("InvalidArgument");
        return { type, target: { sheetId, rect: { ...rect, c0: rect.c0 + index, c1: rect.c0 + index } } };
      case "GetBoundingRect": {
        const other = isWireObject(args[0]) ? (args[0].target as { sheetId: string; rect: typeof rect }) : null;
        if (!other || other.sheetId !== sheetId) return fail("InvalidArgument");
        const r = other.rect;
        const bounding = {
          r0: Math.min(rect.r0, r.r0),
          c0: Math.min(rect.c0, r.c0),
          r1: Math.max(rect.r1, r.r1),
          c1: Math.max(rect.c1, r.c1),
        };
        return { type, target: { sheetId, rect: bounding } };
      }
      default:
        return null;
    }
  }

  private argumentsOf(info: WireAction["ArgumentInfo"]): unknown[] {
    const args = (info?.Arguments ?? []).slice();
    const referenced = info?.ReferencedObjectPathIds ?? [];
    for (let i = 0; i < args.length; i++) {
      if (typeof referenced[i] === "number" && referenced[i] !== 0) args[i] = this.resolve(args[i] as number);
    }
    // Trailing nulls are arguments the caller left out; the model's methods default them.
    while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === undefined)) args.pop();
    return args.map((a) => (a === null ? undefined : a));
  }

  private method(action: WireAction): unknown {
    const object = this.resolve(action.ObjectPathId);
    if (object === null) return undefined;
    const args = this.argumentsOf(action.ArgumentInfo);
    if (action.Name === "_KeepReference") {
      const id = this.newReferenceId();
      this.added.set(id, object);
      this.keptPaths.set(action.ObjectPathId, id);
      return undefined;
    }
    if (action.Name === "_RemoveReference") {
      this.removed.add(String(args[0]));
      return undefined;
    }
    const typeName = object.type.typeName;
    if (typeName === "Range" && action.Name === "_ValidateArraySize") {
      const { rect } = object.target as { rect: { r0: number; c0: number; r1: number; c1: number } };
      if (args[0] !== rect.r1 - rect.r0 + 1 || args[1] !== rect.c1 - rect.c0 + 1) fail("InvalidArgument");
      return undefined;
    }
    const name = lowerFirst(action.Name);
    const method = object.type.methods?.[name];
    if (!method) return fail("ApiNotFound");
    requireApi(this.core, `${typeName}.${name}`, method.api);
    const deletedName = typeName === "Worksheet" && name === "delete" ? this.sheetName(object) : null;
    const value = method.run(this.exec, object.target, args);
    if (deletedName !== null) rewriteSheetReferences(this.exec, deletedName, null);
    return method.result ? (value ?? null) : undefined;
  }

  private sheetName(object: WireObject): string {
    return this.exec.tx.requireSheet((object.target as { sheetId: string }).sheetId).name;
  }

  private setProperty(object: WireObject, wireName: string, value: unknown): void {
    const typeName = object.type.typeName;
    const name = SET_PROPERTY_ALIASES[`${typeName}.${wireName}`] ?? lowerFirst(wireName);
    const prop = object.type.props.find((p) => p.name === name);
    if (!prop || !prop.set) return fail("InvalidArgument");
    requireApi(this.core, `${typeName}.${name}`, prop.setApi ?? prop.api);
    const renamed = typeName === "Worksheet" && name === "name" ? this.sheetName(object) : null;
    prop.set(this.exec, object.target, value);
    if (renamed !== null) rewriteSheetReferences(this.exec, renamed, this.sheetName(object));
  }

  /** A query's answer: the selected properties under their wire (Pascal-case) names. */
  private query(object: WireObject, select: string[] | null): Record<string, unknown> {
    const { type, target } = object;
    if (type.collection) {
      const collection = type.collection;
      const itemType = collection.itemType();
      const itemSelect = select === null ? null : select.map((s) => s.replace(/^items\//, ""));
      return {
        _Items: collection
          .list(this.exec, target)
          .map((id) => this.query({ type: itemType, target: collection.itemTarget(target, id) }, itemSelect)),
      };
    }
    const out: Record<string, unknown> = {};
    const byNavigation = new Map<string, string[]>();
    const props: PropertyDef[] = [];
    if (select === null) {
      for (const prop of type.props) if (!prop.notInDefaultLoad && this.core.supports("ExcelApi", prop.api ?? "1.1")) props.push(prop);
    } else {
      for (const path of select) {
        const [first, ...rest] = path.split("/");
        const name = lowerFirst(first);
        const prop = type.props.find((p) => p.name === name);
        if (prop) props.push(prop);
        else if (type.navs.some((n) => n.name === name)) {
          const list = byNavigation.get(name) ?? [];
          if (rest.length > 0) list.push(rest.join("/"));
          byNavigation.set(name, list);
        } else fail("InvalidArgument", `The property '${first}' is not part of the object '${type.typeName}'.`);
      }
    }
    for (const prop of props) {
      requireApi(this.core, `${type.typeName}.${prop.name}`, prop.api);
      out[upperFirst(prop.name)] = prop.get(this.exec, target);
    }
    for (const [name, paths] of byNavigation) {
      const child = this.navigate(object, name);
      out[upperFirst(name)] = child === null ? null : this.query(child, paths.length > 0 ? paths : null);
    }
    if (type.typeName === "Worksheet") out.Id = (target as { sheetId: string }).sheetId;
    return out;
  }
}
