/** The simulated Word host: `Word.run` and `Office` over an in-memory document. */
import { RequestContext, type HostState } from "./context";
import { SimDocument } from "./document";
import { HostError, MESSAGES } from "./errors";
import { ApplicationProxy } from "./application-proxy";
import { DocumentProxy } from "./document-proxy";
import { createOffice, memoryStorage, versionAtLeast, type HostOffice, type SettingsStorage } from "./office";
import type { HostParagraph } from "./records";
import type { HostStyle } from "./styles";

export interface HostOptions {
  /** Requirement sets and their highest version, e.g. { WordApi: "1.3" } (the default). */
  supportedSets?: Record<string, string>;
  /** Throw "Wait until the previous call completes." when Word.run calls overlap, as real Word often does. */
  strictConcurrency?: boolean;
  /** Refuse every change at sync (AccessDenied), like a protected document. */
  readOnly?: boolean;
  /** Where document settings persist; in memory by default. */
  settingsStorage?: SettingsStorage;
  /** A per-document id (the preview page keys its storage with it). */
  documentId?: string;
  /** Milliseconds each sync() takes (0 = next microtask). */
  latencyMs?: number;
  /** Styles the document already defines (a report typeset earlier). */
  styles?: HostStyle[];
}

/** The `Word` global as the add-in uses it; the context is typed as Office.js's so gateway code type-checks. */
export interface HostWord {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Word.run(eventResult.context, batch): runs `batch` with an event registration's context. */
  run<T>(context: unknown, batch: (context: { sync(): Promise<void> }) => Promise<T>): Promise<T>;
}

export interface Host {
  Word: HostWord;
  Office: HostOffice;
  document: SimDocument;
  syncCount(): number;
  resetSyncCount(): void;
  /** Operations queued but never synced before their Word.run ended (a gateway bug if > 0). */
  discardedOps(): number;
  /** Base64 .docx files the add-in opened as new documents (application.createDocument(…).open()). */
  createdDocuments(): string[];
  /** Puts `Word` and `Office` on `target` (globalThis by default) for code that uses the globals. */
  install(target?: object): void;
  /**
   * A co-author's pane on the same document: the same `Word`, its own `Office` whose settings are read
   * once at load and written whole by saveAsync, like Office's (refreshAsync reads them again).
   */
  openPane(): { Word: HostWord; Office: HostOffice };
}

export function createHost(initial: HostParagraph[] = [], opts: HostOptions = {}): Host {
  const document = new SimDocument(initial, {
    id: opts.documentId,
    readOnly: opts.readOnly,
    styles: opts.styles,
  });
  const sets = opts.supportedSets ?? { WordApi: "1.3" };
  const state: HostState = {
    doc: document,
    syncs: 0,
    latencyMs: opts.latencyMs ?? 0,
    discarded: 0,
    created: [],
    supports: (name, version) => sets[name] !== undefined && versionAtLeast(sets[name]!, version),
  };
  let active = 0;

  const Word: HostWord = {
    async run<T>(batch: unknown, more?: unknown): Promise<T> {
      // Word.run(eventResult.context, batch): Office.js's way to reach an event registration again.
      if (typeof batch !== "function" && typeof more === "function") {
        const context = (batch as { sync?: unknown }).sync ? batch : { sync: () => Promise.resolve() };
        return (more as (c: unknown) => Promise<T>)(context);
      }
      if (typeof batch !== "function")
        throw new HostError("InvalidArgument", "Word.run expects a batch function.");
      if (opts.strictConcurrency && active > 0) throw new HostError("GeneralException", MESSAGES.busy);
      active++;
      const ctx = new RequestContext(state);
      ctx.document = new DocumentProxy(ctx);
      ctx.application = new ApplicationProxy(ctx);
      try {
        return await (batch as (c: Word.RequestContext) => Promise<T>)(ctx as unknown as Word.RequestContext);
      } finally {
        state.discarded += ctx.end();
        active--;
      }
    },
  };

  const storage = opts.settingsStorage ?? memoryStorage();
  const Office = createOffice(document, sets, storage);

  return {
    Word,
    Office,
    document,
    syncCount: () => state.syncs,
    resetSyncCount: () => {
      state.syncs = 0;
    },
    discardedOps: () => state.discarded,
    createdDocuments: () => [...state.created],
    install(target: object = globalThis) {
      Object.assign(target, { Word, Office });
    },
    openPane: () => ({ Word, Office: createOffice(document, sets, storage) }),
  };
}
