/** The rule registry and the README's rule section: one file per rule, one registry line, docs in step. */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RULES, allRules } from "../../src/core/check/rules";

const ROOT = join(__dirname, "..", "..");
const RULES_DIR = join(ROOT, "src", "core", "check", "rules");
const camelRule = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) + "Rule";

function docsRules(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "docs-rules.mjs"), "--check", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("the rule registry", () => {
  it("lists every rule file once, each under its own category", () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect(allRules.map((r) => r.id).sort()).toEqual(files.sort());
    for (const [category, rules] of Object.entries(RULES)) {
      for (const rule of rules) expect(`${rule.id}: ${rule.category}`).toBe(`${rule.id}: ${category}`);
    }
  });

  it.each(allRules.map((r) => r.id))("%s exports only <camelCaseId>Rule, the registered rule", (id) => {
    const module = require(join(RULES_DIR, id)) as Record<string, unknown>;
    expect(Object.keys(module)).toEqual([camelRule(id)]);
    expect(module[camelRule(id)]).toBe(allRules.find((r) => r.id === id));
  });
});

describe("npm run docs:rules", () => {
  it("finds the README's rule table and sections in step with the rule files", () => {
    const { code, out } = docsRules();
    expect(out).toBe("");
    expect(code).toBe(0);
  });

  describe("on a README that differs", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "duizhao-rules-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("fails and names the command that rewrites it", () => {
      const readme = readFileSync(join(ROOT, "README.md"), "utf8");
      const copy = join(dir, "README.md");
      writeFileSync(
        copy,
        readme.replace(
          "| `placeholder` | 未填写的占位符 | error |",
          "| `placeholder` | 未填写的占位符 | warning |",
        ),
      );
      const { code, out } = docsRules("--readme", copy);
      expect(code).toBe(1);
      expect(out).toContain("npm run docs:rules");
    });
  });
});
