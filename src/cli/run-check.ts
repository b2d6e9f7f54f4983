/**
 * `duizhao check`: each file read and checked (against last year's report with --compare), then, for
 * several files, the summary table and the near-identical passages between them.
 */
import { check } from "../core/check";
import { toReportJson, type ReportJson } from "../core/check/json-report";
import {
  atThreshold,
  compareWithLastYear,
  crossReportPairs,
  DEFAULT_SHARE,
  snippetComparer,
} from "../core/compare";
import type { CheckResult, Comparisons, Rule } from "../core/types";
import { InputError } from "../readers/input-error";
import type { Command } from "./args";
import { colorPaint, plainPaint } from "./colors";
import { printable, safeJson } from "./printable";
import { readReport } from "./read-report";
import { renderReport, renderSummary, type SummaryRow } from "./render-text";
import { renderSimilar, similarJson } from "./similar";

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/**
 * The one-line reason for a file that failed: the user's Chinese reason, or an internal error to report.
 * A bug in a reader or a rule (even out of stack) must not stop the batch either: it is reported like bad
 * input, on the file's own line.
 */
export function reasonOf(err: unknown, during = "检查时"): string {
  if (err instanceof InputError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `${during}出现内部错误（${detail}），请把这个问题反馈给开发者`;
}

/** One line of stderr about a file, safe for the terminal. */
export function fileLine(file: string, text: string): string {
  return `duizhao: ${printable(file)}: ${printable(text)}\n`;
}

/** A report read from disk, its notes (damaged bytes replaced…) on stderr. */
export function readWithNotes(
  file: string,
  io: Pick<CheckIo, "stderr">,
  label = file,
): ReturnType<typeof readReport>["paragraphs"] {
  const report = readReport(file);
  for (const note of report.notes) io.stderr(fileLine(label, `提示：${note}`));
  return report.paragraphs;
}

/** Last year's report for --compare, or the exit code when it cannot be read. */
function lastYearOf(file: string, io: CheckIo): Comparisons["lastYear"] | number {
  try {
    return compareWithLastYear(readWithNotes(file, io, `${file}（上年度材料）`));
  } catch (err) {
    io.stderr(fileLine(`${file}（上年度材料）`, reasonOf(err)));
    return EXIT_UNUSABLE;
  }
}

export function runCheck(command: Extract<Command, { name: "check" }>, io: CheckIo, rules?: Rule[]): number {
  const paint = (command.color ?? io.color) && !command.json ? colorPaint : plainPaint;
  const compare: Comparisons = { snippets: snippetComparer() };
  if (command.compare !== undefined) {
    const lastYear = lastYearOf(command.compare, io);
    if (typeof lastYear === "number") return lastYear;
    compare.lastYear = lastYear;
  }
  const rows: SummaryRow[] = [];
  const reports: ReportJson[] = [];
  let unusable = false;
  let errors = false;
  for (const file of command.files) {
    let result: CheckResult;
    try {
      result = check(readWithNotes(file, io), { compare }, rules);
    } catch (err) {
      io.stderr(fileLine(file, reasonOf(err)));
      unusable = true;
      rows.push({ file, result: null });
      continue;
    }
    rows.push({ file, result });
    if (result.findings.some((f) => f.severity === "error")) errors = true;
    if (command.json) reports.push(toReportJson(file, result));
    else io.stdout(renderReport(file, result, paint).join("\n") + "\n\n");
  }

  if (command.files.length > 1) {
    const read = rows.filter((row) => row.result !== null);
    const files = read.map((row) => row.file);
    const pairs = atThreshold(crossReportPairs(read.map((row) => row.result!.outline)), DEFAULT_SHARE);
    if (command.json) {
      reports.forEach((report, i) => (report.similar = similarJson(pairs, files, i)));
      io.stdout(safeJson(reports) + "\n");
    } else {
      const summary = [
        ...renderSummary(rows, paint),
        "",
        ...renderSimilar(pairs, files, DEFAULT_SHARE, paint),
      ];
      io.stdout(summary.join("\n") + "\n");
    }
  } else if (command.json && reports[0]) {
    io.stdout(safeJson(reports[0]) + "\n");
  }
  if (unusable) return EXIT_UNUSABLE;
  return errors ? EXIT_ERRORS : EXIT_OK;
}
