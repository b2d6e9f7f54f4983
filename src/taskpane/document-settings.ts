/**
 * Everything the pane stores in the document (Office's document settings, so it travels with the file), with
 * one reader per key: what cannot be read back is dropped entry by entry rather than failing the pane.
 */
import { useMemo } from "react";
import type { Expectation, LinkDecision } from "../core/types";
import type { Gateway } from "../word/gateway";
import { useGateway } from "./word-context";

/** The template chosen in 结构 (saved by 插入完整框架): what the check expects the report to cover. */
export interface SavedTemplate {
  /** A preset id; "custom:<id>" when the writer edited the preset's aspects. */
  id?: string;
  aspects?: string[];
  priorYear?: boolean;
  kind?: "personal" | "team";
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

const record = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function readTemplate(value: unknown): SavedTemplate | null {
  const s = record(value);
  if (!s) return null;
  const out: SavedTemplate = {};
  if (typeof s.id === "string") out.id = s.id;
  if (Array.isArray(s.aspects)) out.aspects = strings(s.aspects);
  if (typeof s.priorYear === "boolean") out.priorYear = s.priorYear;
  if (s.kind === "personal" || s.kind === "team") out.kind = s.kind;
  return Object.keys(out).length > 0 ? out : null;
}

function readDecisions(value: unknown): LinkDecision[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is LinkDecision => {
    const d = record(v);
    return (
      d !== null &&
      typeof d.problem === "string" &&
      typeof d.target === "string" &&
      (d.kind === "cause" || d.kind === "measure") &&
      (d.action === "confirm" || d.action === "remove")
    );
  });
}

/** The keys and how each is read back. */
const READERS = {
  /** 结构's template choice. */
  template: readTemplate,
  /** Links the writer confirmed or removed in 对应关系 (by lead-sentence fingerprints). */
  links: readDecisions,
  /** Findings the writer chose to ignore (see check/model.ts, ignoreKey). */
  ignored: strings,
};

export type SettingKey = keyof typeof READERS;
export type StoredSettings = { [K in SettingKey]: ReturnType<(typeof READERS)[K]> };

export interface DocumentSettings {
  /** The stored value, or its empty value when there is none (or no document settings, outside Word). */
  read<K extends SettingKey>(key: K): StoredSettings[K];
  save<K extends SettingKey>(key: K, value: NonNullable<StoredSettings[K]>): Promise<void>;
}

export function documentSettings(store: Pick<Gateway, "loadSetting" | "saveSetting">): DocumentSettings {
  return {
    read(key) {
      let raw: unknown;
      try {
        raw = store.loadSetting(key);
      } catch {
        // No document settings (outside Word): the pane still works, without what was saved.
        raw = undefined;
      }
      return READERS[key](raw) as StoredSettings[typeof key];
    },
    save: (key, value) => store.saveSetting(key, value),
  };
}

/** The pane's document settings, over its Word (word-context.tsx). */
export function useDocumentSettings(): DocumentSettings {
  const gateway = useGateway();
  return useMemo(() => documentSettings(gateway), [gateway]);
}

/** What the check expects from a saved template: its aspects, whether last year is due, personal or team. */
export function expectationOf(saved: SavedTemplate | null): Expectation | undefined {
  if (!saved) return undefined;
  const out: Expectation = {};
  if (saved.aspects) out.aspects = saved.aspects;
  if (saved.priorYear !== undefined) out.priorYear = saved.priorYear;
  if (saved.kind) out.kind = saved.kind;
  return Object.keys(out).length > 0 ? out : undefined;
}
