import { readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import type { Rule } from "../../src/core/types";
import { displayWidth } from "../../src/cli/format-table";
import { autoNumbered, makeDocx } from "../support/make-docx";
import { cli, TempDir } from "./cli-helpers";

const fixture = (name: string) => join(__dirname, "../fixtures/cli", name);
const complete = fixture("complete-report.txt");
const termError = fixture("term-error.txt");
const noStructure = fixture("no-structure.txt");
const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
  version: string;
};

/** Rules that flag fixed words, so exit codes and verdicts do not depend on the real rules' evolution. */
function flagRule(id: string, severity: Rule["severity"], word: string): Rule {
  return {
    id,
    category: "wording",
    severity,
    name: id,
    check: ({ outline }) =>
      outline.paragraphs.flatMap((p, paragraph) =>
        p.text.includes(word) ? [{ paragraph, message: `第${paragraph + 1}段含有“${word}”` }] : [],
      ),
  };
}
const errorOnLeave = flagRule("fake-error", "error", "请假");
const warnOnQueue = flagRule("fake-warning", "warning", "台账");

let tmp: TempDir;
beforeAll(() => (tmp = new TempDir()));
afterAll(() => tmp.remove());

/** One line on stderr per bad file, "duizhao: <file>: <reason>", and never a stack trace. */
function expectReason(stderr: string, file: string, reason: RegExp): void {
  const line = stderr.split("\n").find((l) => l.startsWith(`duizhao: ${file}: `));
  expect(line).toBeDefined();
  expect(line).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("duizhao: arguments", () => {
  it("prints the version and the help", () => {
    expect(cli(["--version"])).toEqual({ code: 0, stdout: `duizhao ${version}\n`, stderr: "" });
    for (const argv of [["--help"], ["help"], ["-h"]]) {
      const r = cli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/duizhao check \[--json\] 文件/);
    }
    expect(cli(["help", "check"]).stdout).toMatch(/可以提交 —— 没有错误和警告/);
    expect(cli(["check", "--help"]).stdout).toMatch(/--json/);
  });

  it("exits 2 with a one-line reason for missing or wrong arguments", () => {
    const cases: [string[], RegExp][] = [
      [[], /用法/],
      [["check"], /请指定要检查的文件/],
      [["chekc", "a.txt"], /未知命令：chekc/],
      [["check", "--jsn", complete], /未知选项：--jsn/],
      [["--frobnicate"], /未知选项/],
      [["help", "nothing"], /没有这个命令/],
    ];
    for (const [argv, reason] of cases) {
      const r = cli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(reason);
    }
  });

  it("takes file names starting with a dash after --", () => {
    const r = cli(["check", "--", "-missing.txt"]);
    expect(r.code).toBe(2);
    expectReason(r.stderr, "-missing.txt", /文件不存在/);
  });
});

describe("duizhao check: one file", () => {
  it("summarises the outline and says the report can be submitted", () => {
    const r = cli(["check", complete], { rules: [] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`文件：${complete}（共 16 段）`);
    expect(r.stdout).toContain("标题：2025年度组织生活会个人对照检查材料（第1段）");
    expect(r.stdout).toMatch(/一、存在的主要问题\s+—— 问题部分（第3段）/);
    expect(r.stdout).toMatch(/\n {4}（二）作用发挥方面（第7段）/);
    expect(r.stdout).toMatch(/二、问题产生的原因\s+—— 原因部分（第9段）/);
    expect(r.stdout).toMatch(/三、整改措施\s+—— 措施部分（第12段）/);
    expect(r.stdout).toContain("数量：问题 3 条，原因 2 条，措施 2 条；对照方面 2 个");
    expect(r.stdout).toContain("署名：李明远（第15段）；日期：2025年12月20日（第16段）");
    expect(r.stdout).toContain("检查结果：未发现问题 —— 可以提交");
  });

  it("lists findings with 1-based paragraph, Chinese severity, rule id and message; exits 1 on errors", () => {
    const r = cli(["check", complete], { rules: [errorOnLeave, warnOnQueue] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("检查结果：错误 1 处，警告 1 处，提示 0 处 —— 需要修改");
    expect(r.stdout).toMatch(/\n {2}第5段\s+错误\s+fake-error\s+第5段含有“请假”/);
    expect(r.stdout).toMatch(/\n {2}第14段\s+警告\s+fake-warning\s+第14段含有“台账”/);
  });

  it("exits 0 with 建议修改 when there are only warnings", () => {
    const r = cli(["check", complete], { rules: [warnOnQueue] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("—— 建议修改");
  });

  it("finds a real wording error with the default rules", () => {
    const r = cli(["check", termError]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/第4段\s+错误\s+term\s+.*十九届六中全会/);
    const json = JSON.parse(cli(["check", "--json", termError]).stdout) as {
      findings: { rule: string; paragraph: number }[];
    };
    expect(json.findings).toContainEqual(expect.objectContaining({ rule: "term", paragraph: 3 }));
  });

  it("reports a file without the report structure instead of refusing it", () => {
    const r = cli(["check", noStructure]);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("结构：未识别出“问题—原因—措施”三个部分");
    expect(r.stdout).toContain("数量：问题 0 条，原因 0 条，措施 0 条");
  });

  it("colours severities only when asked, never in JSON", () => {
    const plain = cli(["check", complete], { rules: [errorOnLeave] });
    expect(plain.stdout).not.toContain("\x1b[");
    const coloured = cli(["check", complete], { rules: [errorOnLeave], color: true });
    expect(coloured.stdout).toContain("\x1b[31m错误\x1b[39m");
    expect(
      cli(["check", "--no-color", complete], { rules: [errorOnLeave], color: true }).stdout,
    ).not.toContain("\x1b[");
    expect(cli(["check", "--json", complete], { rules: [errorOnLeave], color: true }).stdout).not.toContain(
      "\x1b[",
    );
  });

  it("reads .docx reports, Word-numbered or not, to the same result as the text", () => {
    const lines = readFileSync(complete, "utf8").split("\n").slice(0, -1);
    const literal = tmp.file("literal.docx", makeDocx(lines));
    const { blocks, options } = autoNumbered(lines);
    const numbered = tmp.file("numbered.docx", makeDocx(blocks, options));
    const strip = (out: string) => {
      const { file, ...rest } = JSON.parse(out) as { file: string };
      void file;
      return rest;
    };
    const fromText = strip(cli(["check", "--json", complete]).stdout);
    expect(strip(cli(["check", "--json", literal]).stdout)).toEqual(fromText);
    const fromNumbered = strip(cli(["check", "--json", numbered]).stdout) as typeof fromText & {
      findings: unknown;
    };
    const { findings, ...outline } = fromNumbered;
    void findings;
    const { findings: textFindings, ...textOutline } = fromText as typeof fromNumbered;
    void textFindings;
    expect(outline).toEqual(textOutline);
  });
});

describe("duizhao check --json: the report contract", () => {
  it("prints one object with every field of the contract", () => {
    const r = cli(["check", "--json", complete], { rules: [errorOnLeave] });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ["causes", "file", "findings", "measures", "outline", "paragraphs", "problems"].sort(),
    );
    expect(json.file).toBe(complete);
    expect(json.paragraphs).toBe(16);
    expect(json.outline).toEqual({
      title: { paragraph: 0, text: "2025年度组织生活会个人对照检查材料" },
      parts: [
        { role: "problems", paragraph: 2, heading: "一、存在的主要问题" },
        { role: "causes", paragraph: 8, heading: "二、问题产生的原因" },
        { role: "measures", paragraph: 11, heading: "三、整改措施" },
      ],
      aspects: [
        { paragraph: 3, heading: "（一）理论学习方面" },
        { paragraph: 6, heading: "（二）作用发挥方面" },
      ],
    });
    const problems = json.problems as Record<string, unknown>[];
    expect(problems.map((p) => [p.id, p.number, p.paragraph, p.title])).toEqual([
      ["P1", "1", 4, "学习缺乏计划。"],
      ["P2", "2", 5, "学用结合不紧。"],
      ["P3", "3", 7, "服务群众不够主动。"],
    ]);
    const causeIds = (json.causes as { id: string }[]).map((c) => c.id);
    const measureIds = (json.measures as { id: string }[]).map((m) => m.id);
    for (const p of problems) {
      expect((p.causes as string[]).every((id) => causeIds.includes(id))).toBe(true);
      expect((p.measures as string[]).every((id) => measureIds.includes(id))).toBe(true);
    }
    expect(json.causes).toEqual([
      { id: "C1", paragraph: 9, title: "对理论学习的重要性认识不足。" },
      { id: "C2", paragraph: 10, title: "宗旨意识有所淡化。" },
    ]);
    expect((json.measures as { id: string; paragraph: number }[]).map((m) => [m.id, m.paragraph])).toEqual([
      ["M1", 12],
      ["M2", 13],
    ]);
    expect(json.findings).toEqual([
      { rule: "fake-error", severity: "error", paragraph: 4, message: "第5段含有“请假”" },
    ]);
  });

  it("prints an array for several files, in the order given, leaving out unusable ones", () => {
    const r = cli(["check", "--json", complete, fixture("absent.txt"), termError], { rules: [] });
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { file: string }[];
    expect(json.map((j) => j.file)).toEqual([complete, termError]);
    expectReason(r.stderr, fixture("absent.txt"), /文件不存在/);
  });
});

describe("duizhao check: several files", () => {
  it("prints each report, then a summary table with counts and a verdict per file", () => {
    const clean = tmp.file("干净的材料.txt", readFileSync(complete));
    const r = cli(["check", complete, termError, clean], {
      rules: [errorOnLeave, warnOnQueue, flagRule("t", "error", "十九大")],
    });
    expect(r.code).toBe(1);
    const blocks = r.stdout.split("汇总（3 个文件）：\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.match(/^文件：/gm)).toHaveLength(3);
    const table = (blocks[1] ?? "").trimEnd().split("\n");
    expect(table[0]).toMatch(/^文件\s+问题\s+原因\s+措施\s+错误\s+警告\s+结论$/);
    expect(table[1]).toMatch(new RegExp(`^${complete}\\s+3\\s+2\\s+2\\s+1\\s+1\\s+需要修改$`));
    expect(table[2]).toMatch(new RegExp(`^${termError}\\s+1\\s+1\\s+1\\s+1\\s+0\\s+需要修改$`));
    expect(table[4]).toBe("需要修改 3 份");
    // Columns line up in a terminal although file names are Chinese (two columns per character).
    const verdictColumn = (line: string) =>
      displayWidth(line.slice(0, line.search(/(结论|需要修改|建议修改|可以提交)$/)));
    expect(new Set(table.slice(0, 4).map(verdictColumn)).size).toBe(1);
  });

  it("gives each verdict its own meaning", () => {
    const warned = tmp.file("warned.txt", "一、存在的问题\n1.台账不全。\n");
    const fine = tmp.file("fine.txt", "一、存在的问题\n1.学习不深。\n");
    const r = cli(["check", complete, warned, fine], { rules: [errorOnLeave, warnOnQueue] });
    expect(r.stdout).toMatch(
      /complete-report\.txt.*需要修改\n.*warned\.txt.*建议修改\n.*fine\.txt.*可以提交\n/,
    );
    expect(r.stdout).toContain("可以提交 1 份，建议修改 1 份，需要修改 1 份");
  });
});

describe("duizhao check: unusable input", () => {
  it.each([
    ["a folder", () => tmp.path, /这是一个文件夹/],
    ["a missing file", () => join(tmp.path, "没有这个文件.docx"), /文件不存在/],
    ["a legacy .doc", () => tmp.file("旧材料.doc", "x"), /不支持 \.doc 格式.*另存为.*\.docx/],
    ["a .wps file", () => tmp.file("材料.wps", "x"), /不支持 \.wps 格式.*\.docx/],
    ["a PDF", () => tmp.file("材料.pdf", "%PDF-1.7"), /不支持 PDF.*\.docx/],
    ["an unknown extension", () => tmp.file("材料.xyz", "x"), /不支持的文件类型.*\.docx 和 \.txt/],
    ["a corrupt .docx", () => tmp.file("坏的.docx", "这不是压缩包"), /不是有效的 \.docx/],
    [
      "a zip without a document",
      () => tmp.file("空包.docx", makeDocx([]).subarray(0, 22)),
      /损坏|没有 Word 正文/,
    ],
    [
      "a password-protected .docx",
      () => {
        const name = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
        return tmp.file(
          "加密.docx",
          new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...name]),
        );
      },
      /密码/,
    ],
    ["an empty .txt", () => tmp.file("空白.txt", ""), /文档是空的/],
    ["a .txt of blank lines", () => tmp.file("空行.txt", "\n  \r\n\t\n"), /文档是空的/],
    ["an empty .docx", () => tmp.file("空白.docx", makeDocx(["", ""])), /文档是空的/],
    [
      "a binary file named .txt",
      () => tmp.file("图片.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
      /不是纯文本/,
    ],
  ])("refuses %s with a reason, exit 2, and still checks the other files", (_label, make, reason) => {
    const bad = make();
    const r = cli(["check", bad, complete], { rules: [] });
    expect(r.code).toBe(2);
    expectReason(r.stderr, bad, reason);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toContain(`文件：${complete}`);
    expect(r.stdout).toMatch(/无法检查/);
  });

  it("checks a 5 MB text file", () => {
    const lines = readFileSync(complete, "utf8").split("\n");
    const filler = "外业调查期间每天记录工作日志，整理图斑核查结果并及时上报。\n".repeat(60_000);
    const big = tmp.file(
      "很长的材料.txt",
      [lines[0], lines[1], filler + lines.slice(2).join("\n")].join("\n"),
    );
    const r = cli(["check", "--json", big]);
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
    const json = JSON.parse(r.stdout) as { paragraphs: number; problems: unknown[] };
    expect(json.paragraphs).toBe(60_016);
    expect(json.problems).toHaveLength(3);
  }, 60_000);

  it("refuses a text file above 20 MB without reading it", () => {
    const huge = tmp.file("巨大.txt", "");
    truncateSync(huge, 21 * 1024 * 1024);
    const r = cli(["check", huge]);
    expect(r.code).toBe(2);
    expectReason(r.stderr, huge, /文件太大（21\.0 MB，上限 20\.0 MB）/);
    expect(r.stdout).toBe("");
  });

  it("exits 2 rather than 1 when one file has errors and another is unusable", () => {
    const r = cli(["check", complete, join(tmp.path, "nope.txt")], { rules: [errorOnLeave] });
    expect(r.code).toBe(2);
  });
});
