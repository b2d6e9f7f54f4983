/**
 * Runs the command line as a child process the way a user would, under a time limit and a heap limit, and
 * reads its peak memory and processor time: a crash, a hang or a runaway allocation fails the test instead
 * of killing jest. The machine is shared by parallel jobs, so the 10 s bound is on the processor time the
 * run needs; a wall-clock limit of a minute catches a run that hangs without working.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { TempDir } from "../cli/cli-helpers";

export const TIME_LIMIT_MS = 10_000;
export const HANG_LIMIT_MS = 60_000;
export const MEMORY_LIMIT_MB = 500;

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time, start-up included. */
  ms: number;
  /** Processor time (user and system) of the child. */
  cpuMs: number;
  peakMb: number;
}

/** Bundles src/cli/main.ts into a temporary file of this test run (lib/cli.js is left alone). */
function bundleCli(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), "duizhao-fuzz-cli-")), "cli.js");
  buildSync({
    entryPoints: [join(__dirname, "../../src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  return outfile;
}

// Loads the bundle as `duizhao` would and writes its peak memory (KB) and processor time (µs) to fd 3.
const WRAPPER = `
const { writeSync } = require("node:fs");
const [, bundle, ...args] = process.argv;
process.argv = [process.argv[0], bundle, ...args];
process.on("exit", () => {
  const u = process.resourceUsage();
  writeSync(3, JSON.stringify({ kb: u.maxRSS, us: u.userCPUTime + u.systemCPUTime }));
});
require(bundle).main();
`;

/**
 * For a suite: the command line bundled before its tests and a folder for their files, removed after them.
 * `run` starts the bundled command line as a measured child process.
 */
export function fuzzSuite(): { run: (args: string[]) => Measured; tmp: TempDir } {
  let bundle = "";
  const tmp = new TempDir();
  beforeAll(() => {
    bundle = bundleCli();
  }, 60_000);
  afterAll(() => tmp.remove());
  return { run: (args) => runMeasured(bundle, args), tmp };
}

function runMeasured(bundle: string, args: string[]): Measured {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${MEMORY_LIMIT_MB - 50}`, "-e", WRAPPER, bundle, ...args],
    {
      encoding: "utf8",
      timeout: HANG_LIMIT_MS,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  // Nothing on fd 3: the child died before it could report (out of memory, killed).
  const usage = JSON.parse((r.output[3] as string | null) || '{"kb":Infinity,"us":Infinity}') as {
    kb: number;
    us: number;
  };
  return {
    code: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    ms: performance.now() - t0,
    cpuMs: usage.us / 1000,
    peakMb: usage.kb / 1024,
  };
}

/**
 * The contract every input must keep: ended by itself in time and memory, exit 0, 1 or 2, and for 2 one
 * line per refused file with a Chinese reason that is not an internal error.
 */
export function expectContained(r: Measured): void {
  // Killed by the hang limit: SIGTERM; out of heap: SIGABRT or exit 134.
  expect(r.signal).toBeNull();
  expect(r.cpuMs).toBeLessThan(TIME_LIMIT_MS);
  expect(r.peakMb).toBeLessThan(MEMORY_LIMIT_MB);
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(/内部错误|\n\s+at |FATAL|heap/);
  if (r.code === 2) {
    const reasons = r.stderr.split("\n").filter((l) => l && !l.includes("提示："));
    expect(reasons.length).toBeGreaterThan(0);
    for (const line of reasons) expect(line).toMatch(/^duizhao: .*: .*[\u4e00-\u9fff]/);
  }
}
