/**
 * Office.js request semantics for the simulated host: a request context queues operations, `sync()`
 * applies them in order and fills loaded values; proxies refuse reads of values they were not given.
 */
import type { SimDocument } from "./document";
import type { Anchor } from "./records";
import { HostError, MESSAGES, propertyNotLoaded } from "./errors";

/** Shared state of one host: the document and the round-trip counter. */
export interface HostState {
  doc: SimDocument;
  syncs: number;
  /** Milliseconds each sync takes; 0 still resolves asynchronously. */
  latencyMs: number;
  /** Operations left unsynced when a Word.run ended (Office.js drops them silently). */
  discarded: number;
  /** Whether a requirement set is supported (APIs outside the host's sets fail at sync with ApiNotFound). */
  supports?: (name: string, version: string) => boolean;
  /** Documents opened with application.createDocument(base64).open(), as base64 .docx ("" for blank). */
  created: string[];
}

interface Op {
  run: () => void;
  mutates: boolean;
}

export class RequestContext {
  /** Set by Word.run right after construction (avoids a module cycle with the proxies). */
  document!: unknown;
  /** `context.application` (WordApi 1.3), set by Word.run like `document`. */
  application!: unknown;
  private queue: Op[] = [];
  private alive = true;
  private applying = false;
  private readonly held: Anchor[] = [];

  constructor(readonly host: HostState) {}

  get doc(): SimDocument {
    return this.host.doc;
  }

  get pending(): number {
    return this.queue.length;
  }

  assertAlive(): void {
    if (!this.alive) throw new HostError("InvalidObjectPath", MESSAGES.invalidObjectPath);
  }

  enqueue(run: () => void, mutates = false): void {
    this.assertAlive();
    this.queue.push({ run, mutates });
  }

  /** Binding a proxy made while a sync is being applied (a loaded item's child) happens at once. */
  bindNowOrLater(run: () => void): void {
    if (this.applying) run();
    else this.enqueue(run);
  }

  /** Ranges the batch holds move with edits until the run ends. */
  hold(a: Anchor): Anchor {
    this.held.push(a);
    return this.doc.track(a);
  }

  end(): number {
    this.alive = false;
    for (const a of this.held) this.doc.untrack(a);
    const dropped = this.queue.length;
    this.queue = [];
    return dropped;
  }

  async sync(): Promise<void> {
    this.assertAlive();
    const ops = this.queue;
    this.queue = [];
    this.host.syncs++;
    await delay(this.host.latencyMs);
    if (!this.alive) throw new HostError("InvalidRequestContext", MESSAGES.invalidRequestContext);
    if (this.doc.readOnly && ops.some((o) => o.mutates)) {
      throw new HostError("AccessDenied", MESSAGES.accessDenied);
    }
    // Listeners hear about a sync that applied a change or moved the selection (cheap to detect).
    const selectionBefore = JSON.stringify(this.doc.selection());
    let mutated = false;
    this.applying = true;
    try {
      for (const op of ops) {
        op.run();
        mutated ||= op.mutates;
      }
    } catch (e) {
      throw e instanceof HostError
        ? e
        : new HostError("GeneralException", String((e as Error)?.message ?? e));
    } finally {
      this.applying = false;
      // Like Office.js, operations before a failing one stay applied.
      if (mutated || JSON.stringify(this.doc.selection()) !== selectionBefore) this.doc.notify();
    }
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve().then(() => undefined);
}

/** A parsed load() argument: property name → sub-selection (empty map = the property itself / all scalars). */
export type LoadTree = Map<string, LoadTree>;

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

export function parseLoad(spec: LoadSpec): LoadTree {
  const tree: LoadTree = new Map();
  const addPath = (path: string): void => {
    let node = tree;
    for (const part of path.split("/").map((p) => p.trim())) {
      if (!part) continue;
      let next = node.get(part);
      if (!next) node.set(part, (next = new Map()));
      node = next;
    }
  };
  const addObject = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (k === "select" || k === "expand") {
        if (typeof v === "string") v.split(",").forEach((p) => addPath(prefix + p));
      } else if (v === true) addPath(prefix + k);
      else if (v && typeof v === "object") addObject(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  if (typeof spec === "string") spec.split(",").forEach(addPath);
  else if (Array.isArray(spec)) spec.forEach((s) => s.split(",").forEach(addPath));
  else if (spec) addObject(spec, "");
  return tree;
}

/** A collection's load: "items/text" and plain "text" both mean the items' text. */
export function itemsLoad(tree: LoadTree): LoadTree {
  const sub: LoadTree = new Map(tree.get("items") ?? []);
  for (const [k, v] of tree) if (k !== "items") sub.set(k, v);
  return sub;
}

/** Base of every proxy: loaded values, guarded reads, queued writes. */
export abstract class ClientObject {
  protected readonly values = new Map<string, unknown>();

  constructor(readonly context: RequestContext) {}

  /** Scalar properties this object can load; evaluated during sync. */
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Navigation properties (child objects) that a load path may go through. */
  protected navigation(): Record<string, () => ClientObject> {
    return {};
  }

  /** A getter: the value loaded (or set) in this batch. Public for the generated accessors (./properties.ts). */
  read<T>(name: string): T {
    if (!this.values.has(name)) throw propertyNotLoaded(name);
    return this.values.get(name) as T;
  }

  /** A setter: readable at once by the script, applied to the document at sync. */
  write(name: string, value: unknown, apply: () => void): void {
    this.context.enqueue(apply, true);
    this.values.set(name, value);
  }

  load(spec?: LoadSpec): this {
    const tree = parseLoad(spec);
    this.context.enqueue(() => this.fill(tree));
    return this;
  }

  /**
   * *OrNullObject: whether the target was absent. Known once the proxy is bound at a sync (Office.js loads
   * it with every sync); a null object loads nothing, and any method on it fails at sync.
   */
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  protected markNull(isNull: boolean): void {
    this.values.set("isNullObject", isNull);
  }

  /** Runs during sync: copies the requested values from the document. */
  fill(tree: LoadTree): void {
    if (this.values.get("isNullObject") === true) return;
    const scalars = this.scalars();
    if (tree.size === 0) {
      for (const [k, get] of Object.entries(scalars)) this.values.set(k, get());
      return;
    }
    const nav = this.navigation();
    for (const [k, sub] of tree) {
      const scalar = scalars[k];
      const child = nav[k];
      if (scalar && sub.size === 0) this.values.set(k, scalar());
      else if (child) child().fill(sub);
      else throw new HostError("InvalidArgument", `Cannot find the property '${k}' to load.`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** Office.js ClientResult: `value` only after sync. */
export class ClientResult<T> {
  private set = false;
  private v: T | undefined;

  get value(): T {
    if (!this.set) throw propertyNotLoaded("value");
    return this.v as T;
  }

  resolve(v: T): void {
    this.v = v;
    this.set = true;
  }
}
