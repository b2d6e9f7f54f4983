import { join } from "node:path";
import { check } from "../../src/core/check";
import { compareWithLastYear, snippetComparer } from "../../src/core/compare";
import { fixture, MEMBERS } from "../compare/helpers";
import { cli, TempDir } from "./cli-helpers";

const dir = join(__dirname, "../fixtures/compare");
const last = join(dir, "last-year-2024.txt");
const current = join(dir, "this-year-2025.txt");
const members = MEMBERS.map((name) => join(dir, "members", name));

interface JsonFinding {
  rule: string;
  paragraph: number;
  message: string;
  echo?: { label: string; other: { text: string } };
}

describe("duizhao check --compare", () => {
  test("reports the copied items and the unreported measures, as the core finds them", () => {
    const r = cli(["check", "--json", "--compare", last, current]);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const ofRule = (rule: string) => report.findings.filter((f) => f.rule === rule);
    const core = check(fixture("this-year-2025.txt"), {
      compare: { lastYear: compareWithLastYear(fixture("last-year-2024.txt")), snippets: snippetComparer() },
    }).findings;
    for (const rule of ["copied-from-last-year", "prior-measures-unreported"]) {
      expect(ofRule(rule).map((f) => f.message)).toEqual(
        core.filter((f) => f.rule === rule).map((f) => f.message),
      );
    }
    expect(ofRule("copied-from-last-year").map((f) => f.echo?.label)).toEqual([
      "问题1",
      "问题4",
      "措施（一）",
    ]);
    expect(ofRule("prior-measures-unreported").map((f) => f.echo?.label)).toEqual([
      "措施（三）",
      "措施（五）",
    ]);
    expect(ofRule("copied-from-last-year")[0]!.echo!.other.text).toMatch(/^学习党的创新理论停留在读文件层面/);
  });

  test("the text output names the copies; --compare=FILE works too", () => {
    const r = cli(["check", `--compare=${last}`, current]);
    expect(r.stdout).toMatch(/问题1与上年度材料的问题1几乎一字不差/);
    expect(r.stdout).toMatch(/上年度的措施（五）“建立投诉办理提醒机制/);
    expect(r.stdout).toMatch(/copied-from-last-year/);
  });

  test("last year's file unreadable or missing: exit 2 with the reason, nothing checked", () => {
    const tmp = new TempDir();
    try {
      const r = cli(["check", "--compare", tmp.file("去年.pdf", "%PDF"), current]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/去年\.pdf（上年度材料）: 不支持 PDF/);
      expect(r.stdout).toBe("");
      expect(cli(["check", current, "--compare"]).stderr).toMatch(/--compare 后面要写上年度材料的文件名/);
    } finally {
      tmp.remove();
    }
  });
});

describe("duizhao check with several files: near-identical passages", () => {
  test("the summary lists the pair of members and the shared problem", () => {
    const r = cli(["check", ...members]);
    const block = r.stdout.slice(r.stdout.indexOf("相似段落"));
    expect(block.split("\n").filter((l) => l.includes("↔"))).toEqual([
      expect.stringMatching(/周婉清\.txt ↔ .*韩立东\.txt：1 处，相同文字约 \d+ 字$/),
      expect.stringMatching(/^ {2}问题3（第9段） ↔ 问题3（第9段） {2}100% {2}数字化业务本领跟不上/),
    ]);
  });

  test("--json gives each file the files it shares passages with, the same pair as the summary", () => {
    const r = cli(["check", "--json", ...members]);
    const reports = JSON.parse(r.stdout) as {
      file: string;
      similar: { file: string; passages: { label: string; otherLabel: string; similarity: number }[] }[];
    }[];
    expect(reports.map((x) => x.similar.map((s) => s.file))).toEqual([[members[1]], [members[0]], []]);
    expect(reports[1]!.similar[0]!.passages).toEqual([
      expect.objectContaining({ label: "问题3", otherLabel: "问题3", similarity: 1 }),
    ]);
  });

  test("no shared passages: the summary says so", () => {
    const r = cli(["check", members[0]!, members[2]!]);
    expect(r.stdout).toMatch(/相似段落（相同文字占较短一段的 70% 以上）：未发现/);
  });
});
