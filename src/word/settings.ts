/**
 * Office's document settings. Each pane holds them in memory from when it loaded, and saveAsync writes the
 * whole set: with a co-author's pane open on the same document, a plain save undoes what the other saved
 * (office-js #4354). So every write reads the settings again first (refreshAsync), merges its change into
 * what is stored now, saves, and reads back to confirm the change is there.
 */
import { GATEWAY_MESSAGES, GatewayError } from "./errors";

type Callback = (result: { status: unknown; error?: { message?: string; code?: number } }) => void;

export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: Callback): void;
  /** Reads the settings stored in the document again (every Office host that has settings has it). */
  refreshAsync?(callback?: Callback): void;
}

/** A write that meets another pane's save in between is merged again, this many times at most. */
const ATTEMPTS = 3;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const stored = (value: unknown): unknown => (value === null ? undefined : value);

function call(op: (cb: Callback) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    op((result) => {
      if (result.status === "succeeded") return resolve();
      const detail = result.error?.message ? `：${result.error.message}` : "";
      reject(
        new GatewayError("failed", `${GATEWAY_MESSAGES.settingsFailed}${detail}`, {
          code: result.error?.code !== undefined ? String(result.error.code) : undefined,
          cause: result.error,
        }),
      );
    }),
  );
}

export function settingsStore(settings: () => SettingsLike) {
  const refresh = async (s: SettingsLike): Promise<void> => {
    if (s.refreshAsync) await call((cb) => s.refreshAsync!(cb));
  };
  return {
    /** Reads the settings stored in the document again (a co-author may have saved since). */
    refresh: () => refresh(settings()),

    load<T>(key: string): T | undefined {
      return stored(settings().get(key)) as T | undefined;
    },

    /**
     * Applies `change` to the value stored now (undefined when none) and saves; returns what it saved.
     * The same change applied to what is read back must change nothing, else another pane saved in between.
     */
    async update<T>(key: string, change: (current: T | undefined) => T | null): Promise<T | null> {
      const s = settings();
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        await refresh(s);
        const next = change(stored(s.get(key)) as T | undefined);
        s.set(key, next);
        await call((cb) => s.saveAsync(cb));
        await refresh(s);
        const back = stored(s.get(key)) as T | undefined;
        if (same(back, stored(next)) || same(change(back), back ?? null)) return (back ?? null) as T | null;
      }
      throw new GatewayError("failed", GATEWAY_MESSAGES.settingsMismatch);
    },
  };
}
