// npm run docs:rules: writes the README's rule table and rule sections (between <!-- rules:start --> and
// <!-- rules:end -->) from the rule registry (src/core/check/rules/index.ts) and each rule file's header.
//   --check        write nothing; exit 1 and say so when the README is not what the rules say
//   --readme FILE  another README (the tests use a copy)
// A rule file whose header is not in the agreed form stops it with exit code 2 and the file's name.
import { bundleForNode } from "./node-bundle.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RULES_DIR = "src/core/check/rules";
const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The registry and the category labels, bundled from the TypeScript sources. */
async function loadRegistry() {
  const result = await bundleForNode({
    stdin: {
      contents:
        'export { RULES } from "./src/core/check/rules";\nexport { categoryLabel } from "./src/core/check/verdict";',
      resolveDir: root,
      loader: "ts",
    },
    write: false,
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports;
}

class HeaderError extends Error {}

/**
 * A rule file's header: the leading comment, in paragraphs separated by blank lines. The first is
 * "<id>: what it catches"; "Why: …" says why reviewers care; "WRONG: …" and "RIGHT: …" lines are the
 * examples; any other paragraph is detail for the README. A paragraph's lines are joined with a space.
 */
function parseHeader(source, id, file) {
  const comment = /^\/\*\*\n((?: \*.*\n)*?) \*\/\n/.exec(source);
  const fail = (what) => {
    throw new HeaderError(`${file}: ${what} (README, Rules: "Adding a rule").`);
  };
  if (!comment) fail("the file must start with its header, a /** … */ comment");
  const paragraphs = [];
  let current = [];
  for (const line of comment[1].split("\n").slice(0, -1)) {
    const text = line.replace(/^ \*(?: |$)/, "");
    if (text.trim() === "") {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(text.trim());
  }
  if (current.length) paragraphs.push(current);

  const [first, ...rest] = paragraphs;
  const summary = first?.join(" ") ?? "";
  if (!summary.startsWith(`${id}: `)) fail(`the header must begin with "${id}: " and what the rule catches`);
  const header = { summary: summary.slice(id.length + 2), detail: [], why: "", wrong: [], right: [] };
  for (const lines of rest) {
    if (lines[0].startsWith("Why: ")) header.why = lines.join(" ").slice("Why: ".length);
    else if (/^(WRONG|RIGHT): /.test(lines[0])) {
      for (const line of lines) {
        const m = /^(WRONG|RIGHT): (.+)$/.exec(line);
        if (!m) fail(`"${line}" stands among the examples: each example is one "WRONG: " or "RIGHT: " line`);
        header[m[1] === "WRONG" ? "wrong" : "right"].push(m[2]);
      }
    } else header.detail.push(lines.join(" "));
  }
  if (!header.why) fail('the header needs a "Why: " paragraph (why reviewers care)');
  if (!header.wrong.length || !header.right.length)
    fail('the header needs a "WRONG: " and a "RIGHT: " example');
  return header;
}

function severityText(rule) {
  return rule.minorSeverity ? `${rule.severity} / ${rule.minorSeverity}` : rule.severity;
}

/** The generated block: the table, then one section per rule, in registry order. */
function renderRules(RULES, categoryLabel, readRuleFile) {
  const rows = [];
  const sections = [];
  for (const [category, rules] of Object.entries(RULES)) {
    for (const rule of rules) {
      const file = `${RULES_DIR}/${rule.id}.ts`;
      const h = parseHeader(readRuleFile(file), rule.id, file);
      const label = categoryLabel[category];
      rows.push(
        `| \`${rule.id}\` | ${rule.name} | ${severityText(rule)} | ${label} | ${h.summary.replace(/\.$/, "")} |`,
      );
      sections.push(
        [
          `### ${rule.id} · ${rule.name} (${severityText(rule)}, ${label})`,
          ...h.detail.map((p) => `${p}\n`),
          `Why it matters: ${h.why}`,
          ...h.wrong.map((w) => `- WRONG: ${w}`),
          ...h.right.map((r) => `- RIGHT: ${r}`),
        ].join("\n"),
      );
    }
  }
  return [
    "<!-- written by `npm run docs:rules` from the rule files' headers: edit those, not this block -->",
    "",
    "| id | in the pane | severity | category | what it catches |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    sections.join("\n\n"),
  ].join("\n");
}

/** The README with its rule block replaced. */
function withRules(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new HeaderError(`the README has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}`;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--readme");
  const readmePath = at >= 0 ? resolve(args[at + 1] ?? "") : resolve(root, "README.md");
  const { RULES, categoryLabel } = await loadRegistry();
  const readme = readFileSync(readmePath, "utf8");
  const next = withRules(
    readme,
    renderRules(RULES, categoryLabel, (file) => readFileSync(resolve(root, file), "utf8")),
  );
  const name = relative(process.cwd(), readmePath) || readmePath;
  if (args.includes("--check")) {
    if (next === readme) return 0;
    console.error(
      `${name}: the rule table or sections differ from the rule files; run \`npm run docs:rules\`.`,
    );
    return 1;
  }
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(next === readme ? `${name}: rules already up to date` : `${name}: rules rewritten`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof HeaderError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
