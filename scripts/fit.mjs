// npm run fit: fits the matcher's weights and bars on the corpus's fit split (test/corpus/fit-cli.ts) and writes
// src/core/check/match/weights.json; then scores the check with the new weights on the same split.
import { bundleForNode } from "./node-bundle.mjs";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = mkdtempSync(join(tmpdir(), "duizhao-fit-"));
for (const step of ["fit", "score"]) {
  // Bundled afresh for each step: the second loads the weights the first wrote.
  const bundle = join(out, `${step}.cjs`);
  await bundleForNode({ entryPoints: ["test/corpus/fit-cli.ts"], outfile: bundle });
  const run = spawnSync(process.execPath, [bundle, step], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
// The same layout as the rest of the repository, so that a refit changes only the numbers.
spawnSync("npx", ["prettier", "--write", "src/core/check/match/weights.json"], { stdio: "ignore" });
