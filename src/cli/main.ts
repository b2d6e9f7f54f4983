/**
 * `duizhao` command line. `run()` does the work with injected output so tests need no child process;
 * the bundle (lib/cli.js, see scripts/build-cli.mjs) calls it with the real process.
 *
 * Exit codes: 0 no errors; 1 errors found in some report; 2 an argument or some input file was unusable
 * (the other files are still checked, and 2 wins over 1 so scripts notice the file that was skipped).
 */
import { check } from "../core/check";
import { toReportJson, type ReportJson } from "../core/check/json-report";
import type { CheckResult, Rule } from "../core/types";
import { version } from "../../package.json";
import { parseArgs, type Command } from "./args";
import { colorPaint, plainPaint, wantsColor } from "./colors";
import { CHECK_HELP, LIST_HELP, MAIN_HELP } from "./help";
import { InputError } from "../readers/input-error";
import { runList } from "./list";
import { printable, safeJson } from "./printable";
import { readReport } from "./read-report";
import { renderReport, renderSummary, type SummaryRow } from "./render-text";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal that may get colours (already accounting for NO_COLOR). */
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export interface RunOptions {
  /** The rules to run (default: every rule of the core); tests pass their own. */
  rules?: Rule[];
}

/** The one-line reason for a file that failed: the user's Chinese reason, or an internal error to report. */
export function reasonOf(err: unknown, during: string): string {
  if (err instanceof InputError) return err.message;
  // Out of stack (a recursion a crafted file provoked) is still one line, never a crash of the batch.
  const detail = err instanceof Error ? err.message : String(err);
  return `${during}出现内部错误（${detail}），请把这个问题反馈给开发者`;
}

function runCheck(command: Extract<Command, { name: "check" }>, io: CliIo, options: RunOptions): number {
  const paint = (command.color ?? io.color) && !command.json ? colorPaint : plainPaint;
  const rows: SummaryRow[] = [];
  const reports: ReportJson[] = [];
  let unusable = false;
  let errors = false;
  for (const file of command.files) {
    let result: CheckResult;
    try {
      const report = readReport(file);
      for (const note of report.notes) io.stderr(`duizhao: ${printable(file)}: 提示：${note}\n`);
      result = check(report.paragraphs, {}, options.rules);
    } catch (err) {
      // A bug in a reader or a rule must not stop the batch either; it is reported like bad input.
      io.stderr(`duizhao: ${printable(file)}: ${printable(reasonOf(err, "检查时"))}\n`);
      unusable = true;
      rows.push({ file, result: null });
      continue;
    }
    rows.push({ file, result });
    if (result.findings.some((f) => f.severity === "error")) errors = true;
    if (command.json) reports.push(toReportJson(file, result));
    else io.stdout(renderReport(file, result, paint).join("\n") + "\n\n");
  }
  if (command.json) {
    if (command.files.length > 1) io.stdout(safeJson(reports) + "\n");
    else if (reports[0]) io.stdout(safeJson(reports[0]) + "\n");
  } else if (command.files.length > 1) {
    io.stdout(renderSummary(rows, paint).join("\n") + "\n");
  }
  if (unusable) return EXIT_UNUSABLE;
  return errors ? EXIT_ERRORS : EXIT_OK;
}

/** Runs the command line `argv` (without "node" and the script) and returns the exit code. */
export function run(argv: string[], io: CliIo, options: RunOptions = {}): number {
  if (argv.length === 0) {
    io.stderr(MAIN_HELP + "\n");
    return EXIT_UNUSABLE;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`duizhao: ${parsed.error}\n`);
    return EXIT_UNUSABLE;
  }
  const command = parsed.command;
  switch (command.name) {
    case "version":
      io.stdout(`duizhao ${version}\n`);
      return EXIT_OK;
    case "help": {
      const topics: Record<string, string> = { check: CHECK_HELP, list: LIST_HELP };
      if (command.topic !== undefined && !(command.topic in topics)) {
        io.stderr(`duizhao: 没有这个命令：${command.topic}（可用命令：check、list）\n`);
        return EXIT_UNUSABLE;
      }
      io.stdout((command.topic ? topics[command.topic] : MAIN_HELP) + "\n");
      return EXIT_OK;
    }
    case "list":
      return runList(command, io);
    case "check":
      return runCheck(command, io, options);
  }
}

/** Entry point of the bundled command line (bin/duizhao.js calls it). */
export function main(): void {
  const out = process.stdout;
  // `duizhao check … | head` closes the pipe early; that is not an error worth a stack trace.
  out.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      stdout: (text) => out.write(text),
      stderr: (text) => process.stderr.write(text),
      color: wantsColor(out.isTTY, process.env),
    });
  } catch (err) {
    // A bug, not bad input: still one line for the user, the details only on request.
    process.stderr.write(`duizhao: 内部错误：${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DUIZHAO_DEBUG && err instanceof Error) process.stderr.write(`${err.stack ?? ""}\n`);
    process.exitCode = EXIT_UNUSABLE;
  }
}

if (require.main === module) main();
