/**
 * Everything the pane stores in the document (Office's document settings, so it travels with the file), with
 * one reader per key: what cannot be read back is dropped entry by entry rather than failing the pane (the
 * readers and their bounds are core/check/stored-settings.ts).
 */
import { useMemo } from "react";
import {
  storedDecisions,
  storedExpectation,
  storedIgnored,
  storedLastYear,
  storedTitleYear,
  type Cleaned,
} from "../core/check/stored-settings";
import type { MeetingKind } from "../core/compose/templates";
import type { Expectation, LinkDecision } from "../core/types";
import type { Gateway } from "../word/gateway";
import { useGateway } from "./word-context";

/** The template chosen in 结构 (saved by 插入完整框架): what the check expects the report to cover. */

/** The writer's decisions with `decision` replacing any earlier one about the same pair. */
export function upsertDecision(decisions: LinkDecision[], decision: LinkDecision): LinkDecision[] {
  return [
    ...decisions.filter(
      (d) => !(d.problem === decision.problem && d.target === decision.target && d.kind === decision.kind),
    ),
    decision,
  ];
}

export interface SavedTemplate {
  /** A preset id; "custom:<id>" when the writer edited the preset's aspects. */
  id?: string;
  aspects?: string[];
  priorYear?: boolean;
  kind?: "personal" | "team";
  /** The check's length threshold depends on it. */
  meeting?: MeetingKind;
  /** The year the inserted title named; 结构 shows it again when the pane reopens on this document. */
  year?: number;
}

/** Characters of a template id ("custom:<id>"); ours are a few dozen. */
const TEMPLATE_ID_CHARS = 200;

/** The template's fields as the check reads them (core/check/stored-settings.ts), its id and title year. */
function readTemplate(value: unknown): Cleaned<SavedTemplate | null> {
  const expected = storedExpectation(value);
  const year = storedTitleYear(value);
  const out: SavedTemplate = { ...expected.value };
  const id = value && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  if (typeof id === "string" && id.length <= TEMPLATE_ID_CHARS) out.id = id;
  if (year.value !== undefined) out.year = year.value;
  const dropped = expected.dropped + year.dropped + (id !== undefined && out.id === undefined ? 1 : 0);
  return { value: Object.keys(out).length > 0 ? out : null, dropped };
}

/** The keys and how each is read back. */
const READERS = {
  /** 结构's template choice. */
  template: readTemplate,
  /** Links the writer confirmed or removed in 对应关系 (by lead-sentence fingerprints). */
  links: storedDecisions,
  /** Findings the writer chose to ignore (see check/model.ts, ignoreKey). */
  ignored: storedIgnored,
  /** Last year's report the 检查 tab compared with (its name and fingerprint: the file itself stays on disk). */
  lastYear: storedLastYear,
};

export type SettingKey = keyof typeof READERS;
export type StoredSettings = { [K in SettingKey]: ReturnType<(typeof READERS)[K]>["value"] };

export interface DocumentSettings {
  /** The stored value, or its empty value when there is none (or no document settings, outside Word). */
  read<K extends SettingKey>(key: K): StoredSettings[K];
  /** The same, with how many stored entries were malformed or beyond the bounds and so dropped. */
  readChecked<K extends SettingKey>(key: K): Cleaned<StoredSettings[K]>;
  save<K extends SettingKey>(key: K, value: NonNullable<StoredSettings[K]>): Promise<void>;
  /** Forgets the stored value. */
  clear(key: SettingKey): Promise<void>;
  /** Reads the stored values again (a co-author may have saved since); outside Word it does nothing. */
  refresh(): Promise<void>;
  /**
   * A link decision merged into the ones stored now (a co-author may have saved others since this pane
   * read them); returns them all.
   */
  addDecision(decision: LinkDecision): Promise<LinkDecision[]>;
  /** An ignored finding's key added to those stored now; returns them all. */
  addIgnored(key: string): Promise<string[]>;
}

export function documentSettings(
  store: Pick<Gateway, "loadSetting" | "saveSetting" | "updateSetting" | "refreshSettings">,
): DocumentSettings {
  const readChecked = <K extends SettingKey>(key: K): Cleaned<StoredSettings[K]> => {
    let raw: unknown;
    try {
      raw = store.loadSetting(key);
    } catch {
      // No document settings (outside Word): the pane still works, without what was saved.
      raw = undefined;
    }
    return READERS[key](raw) as Cleaned<StoredSettings[K]>;
  };
  return {
    read: (key) => readChecked(key).value,
    readChecked,
    save: (key, value) => store.saveSetting(key, value),
    // Office's settings have no remove through the gateway; a null reads back as nothing stored.
    clear: (key) => store.saveSetting(key, null),
    refresh: () => store.refreshSettings().catch(() => undefined),
    addDecision: async (decision) => {
      const saved = await store.updateSetting("links", (now) =>
        upsertDecision(READERS.links(now).value, decision),
      );
      return READERS.links(saved).value;
    },
    addIgnored: async (key) => {
      const saved = await store.updateSetting("ignored", (now) => {
        const keys = READERS.ignored(now).value;
        return keys.includes(key) ? keys : [...keys, key];
      });
      return READERS.ignored(saved).value;
    },
  };
}

/** The pane's document settings, over its Word (word-context.tsx). */
export function useDocumentSettings(): DocumentSettings {
  const gateway = useGateway();
  return useMemo(() => documentSettings(gateway), [gateway]);
}

/** What the check expects from a saved template: its aspects, whether last year is due, personal or team, the meeting. */
export function expectationOf(saved: SavedTemplate | null): Expectation | undefined {
  if (!saved) return undefined;
  const out: Expectation = {};
  if (saved.aspects) out.aspects = saved.aspects;
  if (saved.priorYear !== undefined) out.priorYear = saved.priorYear;
  if (saved.kind) out.kind = saved.kind;
  if (saved.meeting) out.meeting = saved.meeting;
  return Object.keys(out).length > 0 ? out : undefined;
}
