/** The 审阅台's state: the rows read so far, the reading progress, and the similar passages between them. */
import { useCallback, useMemo, useRef, useState } from "react";
import { crossReportPairs, LOWEST_SHARE, type ReportPair } from "../core/compare";
import { readBatch, type BatchInput } from "./read-batch";
import type { ReportRow } from "./rows";

export interface Progress {
  done: number;
  total: number;
  file: string;
}

export function useReviewBatch() {
  const [rows, setRows] = useState<ReportRow[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const nextId = useRef(0);
  // Files dropped while others are still being read wait their turn.
  const queue = useRef(Promise.resolve());

  const add = useCallback((files: BatchInput[]) => {
    if (files.length === 0) return;
    const first = nextId.current;
    nextId.current += files.length;
    queue.current = queue.current.then(async () => {
      setProgress({ done: 0, total: files.length, file: files[0]!.name });
      await readBatch(files, first, (row, done) => {
        setRows((old) => [...old, row]);
        setProgress({ done, total: files.length, file: files[done]?.name ?? row.file });
      });
      setProgress(null);
    });
  }, []);

  const clear = useCallback(() => setRows([]), []);

  /** Readable rows in the order of the comparison (its report indices). */
  const compared = useMemo(() => rows.filter((row) => row.result), [rows]);
  // Compared once the batch is read, not after every file: the page stays responsive while reading.
  const settled = progress === null;
  const pairs: ReportPair[] = useMemo(
    () =>
      settled
        ? crossReportPairs(
            compared.map((row) => row.result!.outline),
            LOWEST_SHARE,
          )
        : [],
    [compared, settled],
  );
  return { rows, progress, add, clear, compared, pairs };
}
