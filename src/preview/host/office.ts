/** The Office common-API surface the add-in uses: onReady, requirement sets, per-document settings. */
import type { SimDocument } from "./document";

/** Where `Office.context.document.settings` persist (the preview page passes a localStorage-backed one). */
export interface SettingsStorage {
  read(): Record<string, unknown>;
  write(values: Record<string, unknown>): void;
}

export function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage {
  let saved = JSON.stringify(initial);
  return {
    read: () => JSON.parse(saved) as Record<string, unknown>,
    write: (values) => {
      saved = JSON.stringify(values);
    },
  };
}

/** Settings kept in a Web Storage under `key` (one key per simulated document). */
export function webStorage(key: string, storage: Pick<Storage, "getItem" | "setItem">): SettingsStorage {
  return {
    read: () => {
      try {
        return JSON.parse(storage.getItem(key) ?? "{}") as Record<string, unknown>;
      } catch {
        return {};
      }
    },
    write: (values) => storage.setItem(key, JSON.stringify(values)),
  };
}

export interface AsyncResult {
  status: "succeeded" | "failed";
  value: undefined;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback = (result: AsyncResult) => void;

export class HostSettings {
  private values: Record<string, unknown>;

  constructor(
    private readonly storage: SettingsStorage,
    private readonly doc: SimDocument,
  ) {
    this.values = storage.read();
  }

  get(name: string): unknown {
    return name in this.values ? structuredCloneJson(this.values[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = structuredCloneJson(value);
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(callback?: Callback): void;
  saveAsync(options: { asyncContext?: unknown }, callback?: Callback): void;
  saveAsync(options?: unknown, callback?: Callback): void {
    const cb = typeof options === "function" ? (options as Callback) : callback;
    const asyncContext =
      options && typeof options === "object"
        ? (options as { asyncContext?: unknown }).asyncContext
        : undefined;
    setTimeout(() => {
      if (this.doc.readOnly) {
        cb?.({
          status: "failed",
          value: undefined,
          asyncContext,
          error: { name: "Permission Denied", message: "The document is read-only.", code: 5009 },
        });
        return;
      }
      this.storage.write(this.values);
      cb?.({ status: "succeeded", value: undefined, asyncContext });
    }, 0);
  }

  /** The stored settings arrive with the answer, after any save that reached the document first. */
  refreshAsync(callback?: (r: AsyncResult) => void): void {
    setTimeout(() => {
      this.values = this.storage.read();
      callback?.({ status: "succeeded", value: undefined });
    }, 0);
  }
}

function structuredCloneJson(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** "1.3" >= "1.10"? Compares dotted versions numerically. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function createOffice(
  doc: SimDocument,
  supportedSets: Record<string, string>,
  storage: SettingsStorage,
) {
  const info = { host: "Word", platform: "PC" };
  const settings = new HostSettings(storage, doc);
  // Office allows one dialog per host page at a time (error 12007 for a second) and only https pages of
  // the add-in's own domain (12004/12005); the preview opens the page in a new browser window instead.
  const dialogs = { open: null as { url: string } | null, opened: [] as string[] };
  return {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      host: "Word",
      platform: "PC",
      displayLanguage: "zh-CN",
      partitionKey: undefined as string | undefined,
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const have = supportedSets[name];
          if (have === undefined) return false;
          return minVersion === undefined || versionAtLeast(have, String(minVersion));
        },
      },
      document: { settings, url: doc.id ? `preview://${doc.id}` : "" },
      ui: {
        displayDialogAsync(
          url: string,
          _options: { height?: number; width?: number },
          callback: (result: DialogResult) => void,
        ): void {
          const fail = (code: number, message: string): void => {
            setTimeout(() => callback({ status: "failed", error: { code, message } }), 0);
          };
          if (!supportedSets.DialogApi) return fail(5001, "DialogApi is not supported");
          if (dialogs.open) return fail(12007, "A dialog box is already opened from this host window.");
          const target = new URL(url, globalThis.location?.href ?? "https://localhost/");
          const here = globalThis.location ? new URL(globalThis.location.href) : target;
          if (target.origin !== here.origin) return fail(12005, "The URL is not in the add-in's domain.");
          const dialog = { url: target.href };
          dialogs.open = dialog;
          dialogs.opened.push(target.href);
          globalThis.open?.(target.href, "_blank");
          setTimeout(
            () =>
              callback({
                status: "succeeded",
                value: {
                  close: () => {
                    if (dialogs.open === dialog) dialogs.open = null;
                  },
                  addEventHandler: () => undefined,
                },
              }),
            0,
          );
        },
      },
    },
    /** The dialogs the add-in opened, for tests. */
    dialogsOpened: () => [...dialogs.opened],
  };
}

type DialogResult =
  | {
      status: "succeeded";
      value: { close(): void; addEventHandler(type: string, handler: () => void): void };
    }
  | { status: "failed"; error: { code: number; message: string } };

export type HostOffice = ReturnType<typeof createOffice>;
