// The layers of src/ are enforced by lint: a file that crosses one fails `npm run lint`, and today's tree passes.
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "../..");

interface LintMessage {
  file: string;
  rule: string | null;
  severity: number;
  text: string;
}

const IMPORTS_WORD = 'import { gateway } from "../../word";\n\nexport const verbs = gateway;\n';
const IMPORTS_FS = 'import { readFileSync } from "node:fs";\n\nexport const read = readFileSync;\n';
const READS_OFFICE = "export const key = globalThis.Office?.context.partitionKey;\n";

/** In-memory files, each linted at its path with the project's full config (ESLint starts once: it is slow). */
const probes = {
  coreUsesWord: { text: IMPORTS_WORD, filePath: "src/core/check/uses-word.ts" },
  paneUsesWord: { text: IMPORTS_WORD, filePath: "src/taskpane/tabs/uses-word.ts" },
  coreUsesFs: { text: IMPORTS_FS, filePath: "src/core/uses-fs.ts" },
  readersUseFs: { text: IMPORTS_FS, filePath: "src/readers/uses-fs.ts" },
  cliUsesFs: { text: IMPORTS_FS, filePath: "src/cli/uses-fs.ts" },
  paneReadsOffice: { text: READS_OFFICE, filePath: "src/taskpane/uses-office.ts" },
  wordReadsOffice: { text: READS_OFFICE, filePath: "src/word/uses-office.ts" },
  paneRootUsesMatcher: {
    text: 'import { fingerprint } from "../core/check/match";\n\nexport const key = fingerprint;\n',
    filePath: "src/taskpane/uses-matcher.ts",
  },
  checkTabUsesMatcher: {
    text: 'import { fingerprint } from "../../core/check/match";\n\nexport const key = fingerprint;\n',
    filePath: "src/taskpane/check/uses-matcher.ts",
  },
};
type Probe = keyof typeof probes;

let byProbe: Record<Probe, LintMessage[]>;
let tree: LintMessage[];

beforeAll(() => {
  const names = Object.keys(probes) as Probe[];
  const run = spawnSync(process.execPath, [join(ROOT, "test/support/run-eslint.mjs")], {
    cwd: ROOT,
    input: JSON.stringify({ texts: names.map((n) => probes[n]), files: ["src"], only: "duizhao/layers" }),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const lists = JSON.parse(run.stdout) as LintMessage[][];
  byProbe = Object.fromEntries(names.map((n, i) => [n, lists[i] ?? []])) as Record<Probe, LintMessage[]>;
  tree = lists[names.length] ?? [];
}, 120_000);

/** The errors the layer rule gives a probe (severity 2: `npm run lint` exits non-zero on them). */
const layerErrors = (probe: Probe) =>
  byProbe[probe].filter((m) => m.rule === "duizhao/layers" && m.severity === 2).map((m) => m.text);

test("a core file that imports the Word gateway fails lint", () => {
  expect(layerErrors("coreUsesWord")).toEqual([
    "core may not import src/word: allowed are core (README, Architecture).",
  ]);
});

test("the same import from the task pane is allowed: the pane reaches Word through word/", () => {
  expect(layerErrors("paneUsesWord")).toEqual([]);
});

test("Node modules fail lint in the core and the readers, not in the command line", () => {
  expect(layerErrors("coreUsesFs")).toEqual(["core runs outside Node: no Node built-in module (node:fs)."]);
  expect(layerErrors("readersUseFs")).toEqual([
    "readers runs outside Node: no Node built-in module (node:fs).",
  ]);
  expect(layerErrors("cliUsesFs")).toEqual([]);
});

test("Office globals fail lint in the task pane, not in word/", () => {
  expect(layerErrors("paneReadsOffice")).toEqual([
    "taskpane reaches Office only through src/word/: no globalThis.Office here.",
  ]);
  expect(layerErrors("wordReadsOffice")).toEqual([]);
});

test("every file of src/ keeps to its layer", () => {
  expect(tree).toEqual([]);
});

const restricted = (probe: Probe) =>
  byProbe[probe].filter((m) => m.rule === "no-restricted-imports" && m.severity === 2).map((m) => m.text);

test("the pane's initial script may not import the matcher; the 检查 tab's own code may", () => {
  expect(restricted("paneRootUsesMatcher")).toEqual([
    expect.stringContaining("The matcher and the rules load with the 检查 tab"),
  ]);
  expect(restricted("checkTabUsesMatcher")).toEqual([]);
});
