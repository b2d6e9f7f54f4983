/** One row of the 审阅台 per file: the check's result and the numbers a secretary sorts by. */
import { check } from "../core/check";
import { countBySeverity, verdictOf, type Verdict } from "../core/check/verdict";
import { countChars } from "../core/outline/queries";
import type { CheckResult, Comparisons } from "../core/types";
import { InputError } from "../readers/input-error";
import { readReportBytes } from "../readers/read-report-bytes";
import { writerOf } from "./writer";

export interface ReportRow {
  /** Position in the order the files were added. */
  id: number;
  file: string;
  writer: string;
  /** Why the file could not be checked; null when it was. */
  reason: string | null;
  result: CheckResult | null;
  verdict: Verdict | null;
  problems: number;
  causes: number;
  measures: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Problems without a cause or without a measure (one count per missing link). */
  missingLinks: number;
  /** Characters, blanks not counted (字数). */
  chars: number;
}

const MISSING_LINK = new Set(["problem-without-cause", "problem-without-measure"]);

export function badRow(id: number, file: string, reason: string): ReportRow {
  return {
    id,
    file,
    writer: writerOf(null, file),
    reason,
    result: null,
    verdict: null,
    problems: 0,
    causes: 0,
    measures: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    missingLinks: 0,
    chars: 0,
  };
}

/** Reads and checks one file; an unreadable one (or a failure inside) becomes a row with its reason. */
export function checkFile(id: number, file: string, bytes: Uint8Array, compare: Comparisons): ReportRow {
  let result: CheckResult;
  try {
    result = check(readReportBytes(file, bytes), { compare });
  } catch (err) {
    const reason =
      err instanceof InputError
        ? err.message
        : `检查时出现内部错误（${err instanceof Error ? err.message : String(err)}），请把这个文件反馈给开发者`;
    return badRow(id, file, reason);
  }
  const { outline, findings } = result;
  const counts = countBySeverity(findings);
  return {
    id,
    file,
    writer: writerOf(outline, file),
    reason: null,
    result,
    verdict: verdictOf(findings),
    problems: outline.problems.length,
    causes: outline.causes.length,
    measures: outline.measures.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    missingLinks: findings.filter((f) => MISSING_LINK.has(f.rule)).length,
    chars: outline.paragraphs.reduce((n, p) => n + countChars(p.text), 0),
  };
}
