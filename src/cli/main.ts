/**
 * `duizhao` command line. `run()` does the work with injected output so tests need no child process;
 * the bundle (lib/cli.js, see scripts/build-cli.mjs) calls it with the real process.
 *
 * Exit codes: 0 no errors; 1 errors found in some report; 2 an argument or some input file was unusable
 * (the other files are still checked, and 2 wins over 1 so scripts notice the file that was skipped).
 */
import type { Rule } from "../core/types";
import { version } from "../../package.json";
import { parseArgs } from "./args";
import { wantsColor } from "./colors";
import { CHECK_HELP, LIST_HELP, MAIN_HELP } from "./help";
import { runList } from "./list";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE, runCheck } from "./run-check";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal that may get colours (already accounting for NO_COLOR). */
  color: boolean;
}

export { EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE };

export interface RunOptions {
  /** The rules to run (default: every rule of the core); tests pass their own. */
  rules?: Rule[];
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
      return runCheck(command, io, options.rules);
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
