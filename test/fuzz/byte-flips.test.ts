/**
 * Real reports with random bytes replaced, each run through the command line as a child process: whatever
 * the damage, the run ends within 10 s of processor time and 500 MB with exit 0, 1 or 2, and 2 comes with
 * a Chinese reason.
 * The flips are seeded: FUZZ_SEED=n replays (or varies) a run; the seed is in each test's name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { autoNumbered, makeDocx } from "../support/make-docx";
import { FIXTURES, REPORT_LINES, flipBytes } from "./hostile-files";
import { expectContained, fuzzSuite } from "./run-measured";

jest.setTimeout(120_000);

const SEED = Number(process.env.FUZZ_SEED ?? 20251129);

const numbered = autoNumbered(REPORT_LINES);
const deflatedDocx = makeDocx(numbered.blocks, numbered.options);
const sources: [name: string, bytes: Uint8Array][] = [
  ["complete-report.txt", readFileSync(join(FIXTURES, "cli/complete-report.txt"))],
  ["gbk-report.txt", readFileSync(join(FIXTURES, "cli/gbk-report.txt"))],
  ["numbered.docx", deflatedDocx],
  // Stored without compression, so flips land in the XML itself: tags, attributes, list levels.
  ["stored.docx", zipSync(unzipSync(deflatedDocx), { level: 0 })],
];

const cases = sources.flatMap(([name, bytes], s) =>
  [1, 4, 32].flatMap((flips) =>
    [0, 1].map((k) => {
      const seed = SEED + s * 1000 + flips * 10 + k;
      return { label: `${name}, ${flips} flips, seed ${seed}`, name, bytes, flips, seed };
    }),
  ),
);

const { run, tmp } = fuzzSuite();

test.each(cases)("$label", ({ name, bytes, flips, seed }) => {
  const file = tmp.file(`${seed}-${name}`, flipBytes(bytes, flips, seed));
  expectContained(run(["check", file]));
});

test("the unflipped sources are checked normally", () => {
  const files = sources.map(([name, bytes]) => tmp.file(name, bytes));
  const r = run(["check", ...files]);
  expectContained(r);
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/汇总（4 个文件）/);
});
