/**
 * Reads and checks dropped files one after another, yielding to the browser between files so the page
 * keeps drawing and the progress moves. Nothing is sent anywhere: the bytes come from the File objects.
 */
import { snippetComparer } from "../core/compare";
import type { Comparisons } from "../core/types";
import { InputError } from "../readers/input-error";
import { acceptReport } from "../readers/read-report-bytes";
import { badRow, checkFile, type ReportRow } from "./rows";

/** A pause that lets the browser paint and handle input. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let shared: Comparisons | null = null;
function comparisons(): Comparisons {
  shared ??= { snippets: snippetComparer() };
  return shared;
}

export interface BatchInput {
  name: string;
  size: number;
  bytes(): Promise<ArrayBuffer>;
}

/** Checks `files` (ids from `firstId` on), reporting each row as it is done. */
export async function readBatch(
  files: BatchInput[],
  firstId: number,
  onRow: (row: ReportRow, done: number) => void,
): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const id = firstId + i;
    let row: ReportRow;
    try {
      acceptReport(file.name, file.size);
      row = checkFile(id, file.name, new Uint8Array(await file.bytes()), comparisons());
    } catch (err) {
      const reason =
        err instanceof InputError
          ? err.message
          : `浏览器无法读取这个文件（${err instanceof Error ? err.message : String(err)}），请重新选择`;
      row = badRow(id, file.name, reason);
    }
    onRow(row, i + 1);
    await breathe();
  }
}
