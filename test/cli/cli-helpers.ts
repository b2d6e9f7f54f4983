/** Runs the CLI in-process with captured output, and writes temporary input files. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type RunOptions } from "../../src/cli/main";

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(argv: string[], opts: { color?: boolean } & RunOptions = {}): CliOutcome {
  const out: string[] = [];
  const err: string[] = [];
  const { color, ...runOptions } = opts;
  const code = run(
    argv,
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s), color: color ?? false },
    runOptions,
  );
  return { code, stdout: out.join(""), stderr: err.join("") };
}

export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), "duizhao-cli-"));

  file(name: string, content: string | Uint8Array): string {
    const path = join(this.path, name);
    writeFileSync(path, content);
    return path;
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}
