/**
 * Last year's report for the 检查 tab: chosen by the writer, read in the pane (nothing uploaded), compared
 * through the comparison chunk. The document remembers which file it was (name and a fingerprint of its
 * text), so the pane can name it again and tell when a file chosen later is a different one.
 */
import { useCallback, useState } from "react";
import type { LastYearComparer, Outline } from "../../core/types";
import { InputError } from "../../readers/input-error";
import { readReportBytes } from "../../readers/read-report-bytes";
import { loadCompare } from "./load-compare";

export interface RememberedFile {
  name: string;
  print: string;
}

export interface LastYear extends RememberedFile {
  comparer: LastYearComparer;
  outline: Outline;
}

/** Where the document keeps the choice (the document's settings in the pane; memory in tests). */
export interface LastYearStore {
  load(): RememberedFile | undefined;
  save(file: RememberedFile | null): void;
}

export interface LastYearState {
  lastYear: LastYear | null;
  /** The file the document names, while it has not been chosen again in this session. */
  remembered: RememberedFile | null;
  /** Set when the file chosen now is not the one the document names. */
  changed: boolean;
  error: string | null;
  reading: boolean;
  choose(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  clear(): void;
}

export function useLastYear(store: LastYearStore): LastYearState {
  const [remembered, setRemembered] = useState<RememberedFile | null>(() => store.load() ?? null);
  const [lastYear, setLastYear] = useState<LastYear | null>(null);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = useCallback(
    async (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) => {
      setReading(true);
      setError(null);
      try {
        const paragraphs = readReportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
        const compare = await loadCompare();
        const comparer = compare.compareWithLastYear(paragraphs);
        const print = compare.textFingerprint(paragraphs);
        setChanged(remembered !== null && remembered.print !== print);
        setLastYear({ name: file.name, print, comparer, outline: comparer.outline });
        setRemembered(null);
        store.save({ name: file.name, print });
      } catch (err) {
        setError(
          err instanceof InputError
            ? err.message
            : `无法读取上年材料：${err instanceof Error ? err.message : String(err)}`,
        );
      } finally {
        setReading(false);
      }
    },
    [remembered, store],
  );

  const clear = useCallback(() => {
    setLastYear(null);
    setRemembered(null);
    setChanged(false);
    store.save(null);
  }, [store]);

  return { lastYear, remembered, changed, error, reading, choose, clear };
}
