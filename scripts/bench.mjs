// npm run bench: every bench/*.ts script (bundled with esbuild, run with node), then the pane's bundle sizes.
import { bundleForNode } from "./node-bundle.mjs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// Words are script filters ("match"); flags ("--fit-only") are passed on to every script.
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
/** The task pane's initial JavaScript, gzip (DESIGN.md, Budgets). */
const INITIAL_BUDGET_KB = 200;
const out = mkdtempSync(join(tmpdir(), "duizhao-bench-"));
const scripts = readdirSync("bench")
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failures = 0;
for (const file of scripts) {
  const bundle = join(out, file.replace(/\.ts$/, ".cjs"));
  await bundleForNode({ entryPoints: [join("bench", file)], outfile: bundle });
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, [bundle, ...flags], { stdio: "inherit" });
  if (run.status !== 0) failures += 1;
}

if (only.length === 0 || only.includes("bundle")) {
  console.log("\n## bundle sizes (production build, gzip)");
  if (!existsSync("dist/taskpane.js") || process.env.BENCH_REBUILD) {
    spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of readdirSync("dist")
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const bytes = readFileSync(join("dist", f));
    const initial = /^(taskpane|commands|preview)\.js$/.test(f) ? " (initial)" : " (loaded on demand)";
    console.log(
      `${f}: ${kb(statSync(join("dist", f)).size)} raw, ${kb(gzipSync(bytes).length)} gzip${initial}`,
    );
  }
  // The pane's initial script: what Word downloads before the pane shows (tabs load their chunks later).
  const initial = gzipSync(readFileSync(join("dist", "taskpane.js"))).length;
  const over = initial > INITIAL_BUDGET_KB * 1024;
  console.log(
    `initial script taskpane.js: ${kb(initial)} gzip, budget ${INITIAL_BUDGET_KB} KB: ${over ? "OVER BUDGET" : "ok"}`,
  );
  if (over) failures += 1;
}
process.exit(failures ? 1 : 0);
