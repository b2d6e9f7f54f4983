// Runs ESLint's Node API with the project's own config, outside jest (whose module loader cannot import an ES
// module config). Reads JSON on stdin: `texts` ({text, filePath} linted with every rule) and `files` (linted
// with the rule `only`, or every rule). Prints the messages as JSON, one list per text, then one for the files.
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const request = JSON.parse(readFileSync(0, "utf8"));
const only = request.only;

const messages = (results) =>
  results.flatMap((r) =>
    r.messages.map((m) => ({
      file: r.filePath.slice(root.length),
      rule: m.ruleId,
      severity: m.severity,
      text: m.message,
    })),
  );

const full = new ESLint({ cwd: root });
const out = [];
for (const { text, filePath } of request.texts ?? []) {
  out.push(messages(await full.lintText(text, { filePath: root + filePath })));
}
if (request.files) {
  const filtered = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => !only || ruleId === only });
  out.push(messages(await filtered.lintFiles(request.files)));
}
process.stdout.write(JSON.stringify(out));
