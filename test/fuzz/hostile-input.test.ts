/**
 * Every row of the hostile-input table, generated here and run through the command line as a child
 * process: each ends within 10 s of processor time and 500 MB, with a normal result or a Chinese reason of
 * its own (run-measured.ts says why the bound is on processor time).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_PATH, hasSample } from "../support/shared-sample";
import { REPORT_LINES, crafted, manyItems, repeatedReports } from "./hostile-files";
import { expectContained, fuzzSuite, type Measured } from "./run-measured";

// Generating a file and running a child process takes seconds on a busy machine; the bounds are the child's own.
jest.setTimeout(120_000);

const { run, tmp } = fuzzSuite();

// Control characters (ESC starts terminal sequences) and bidi overrides: what must never be printed.
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNSAFE_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const checkJson = (file: string) => run(["check", "--json", file]);

/** The problems the check found (a normal result), for rows that must still read the report. */
function problems(r: Measured): number {
  return (JSON.parse(r.stdout) as { problems: unknown[] }).problems.length;
}

function refusedWith(r: Measured, reason: RegExp): void {
  expectContained(r);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(reason);
}

function checked(r: Measured, expectedProblems: number): void {
  expectContained(r);
  expect(r.code === 0 || r.code === 1).toBe(true);
  expect(problems(r)).toBe(expectedProblems);
}

describe("crafted .docx files end in time and memory", () => {
  it.each([
    ["w:ilvl=4294967294 in numbering.xml and on paragraphs", "ilvl.docx", crafted.hugeIlvl],
    ["a lowerLetter list starting at 13000000000", "start.docx", crafted.hugeStart],
    ["a startOverride of 99999999999", "override.docx", crafted.hugeStartOverride],
    ["a lvlText of %1 repeated 100,000 times", "lvltext.docx", crafted.longLvlText],
    ["a chain of 30,000 basedOn styles", "chain.docx", crafted.styleChain],
    ["40 junk parts of 250 MB each", "junk.docx", crafted.junkParts],
    [
      "styles.xml nested 100,000 deep (the styles are dropped, the text kept)",
      "deep-styles.docx",
      () => crafted.nested("styles"),
    ],
  ])("%s: read normally", (_label, name, make) => {
    const r = checkJson(tmp.file(name, make()));
    expectContained(r);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(problems(r)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["a document.xml of 40 MB in a small .docx", "big.docx", () => crafted.bigDocument(40), /文件过大/],
    ["2,000 entries sharing one deflate stream", "shared.docx", crafted.sharedEntries, /共用同一段数据/],
    ["a document.xml inflating to 1.5 GB", "bomb.docx", () => crafted.inflationBomb("true"), /文件过大/],
    [
      "the same with its size written as 4 KB",
      "liar.docx",
      () => crafted.inflationBomb("small"),
      /文件已损坏/,
    ],
    ["100,000 nested elements in the body", "deep.docx", () => crafted.nested("body"), /结构嵌套过深/],
    ["100,000 nested runs in a paragraph", "deep-p.docx", () => crafted.nested("paragraph"), /结构嵌套过深/],
    ["101,000 numbered empty paragraphs", "many.docx", () => crafted.manyParagraphs(101_000), /段落过多/],
    ["16 MB of empty elements", "tiny.docx", crafted.tinyElements, /文档是空的/],
  ])("%s: refused with its reason", (_label, name, make, reason) => {
    refusedWith(checkJson(tmp.file(name, make())), reason);
  });
});

describe("oversized text ends in time and memory", () => {
  const sample = () => (hasSample ? readFileSync(SAMPLE_PATH, "utf8") : repeatedReports(12 * 1024));
  const repeated = (bytes: number) => sample().repeat(Math.ceil(bytes / Buffer.byteLength(sample())));

  it.each([
    ["the sample report repeated to 748 KB", 748 * 1024],
    ["the sample report repeated to 1 MB", 1024 * 1024],
  ])("%s: refused as too many items", (_label, bytes) => {
    refusedWith(checkJson(tmp.file("repeated.txt", repeated(bytes))), /条目过多/);
  });

  it("20,000 problems, causes and measures: refused as too many items", () => {
    refusedWith(checkJson(tmp.file("items.txt", manyItems(20_000))), /条目过多/);
  });

  it("a file of nothing but line breaks: refused as too many paragraphs", () => {
    refusedWith(checkJson(tmp.file("breaks.txt", "\n".repeat(19 * 1024 * 1024))), /段落过多/);
  });

  it("6 MB of Chinese in long lines: refused as too much text", () => {
    const line = "在具体工作中，对照年初确定的目标任务逐项检视，发现有的环节推进不够有力。".repeat(50);
    refusedWith(checkJson(tmp.file("long.txt", (line + "\n").repeat(2_000))), /文字过多/);
  });

  it("a 21 MB file: refused without being read", () => {
    const huge = tmp.file("sparse.txt", "");
    truncateSync(huge, 21 * 1024 * 1024);
    refusedWith(checkJson(huge), /文件太大/);
  });
});

describe("files that are not regular files", () => {
  const posix = process.platform === "win32" ? it.skip : it;

  posix("a FIFO is refused at once instead of waiting for a writer", () => {
    const fifo = join(tmp.path, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    refusedWith(checkJson(fifo), /不是普通文件/);
  });

  posix("a path to /dev/zero is refused instead of read without end", () => {
    const zero = join(tmp.path, "zero.txt");
    symlinkSync("/dev/zero", zero);
    refusedWith(checkJson(zero), /不是普通文件/);
  });
});

describe("text encodings and what reaches the terminal", () => {
  const report = REPORT_LINES.join("\n") + "\n";

  it("valid UTF-8 with one bad byte is read as UTF-8, with the byte replaced and a note", () => {
    const bytes = Buffer.from(report, "utf8");
    bytes[bytes.indexOf(Buffer.from("6篇", "utf8"))] = 0xff;
    const r = checkJson(tmp.file("bad-byte.txt", bytes));
    checked(r, 3);
    expect(JSON.parse(r.stdout)).toMatchObject({ outline: { title: { text: REPORT_LINES[0] } } });
    expect(r.stderr).toMatch(/提示：有 1 处字节不是有效的 UTF-8/);
  });

  it("UTF-16 LE without a BOM is read as text, not called binary", () => {
    checked(checkJson(tmp.file("utf16.txt", Buffer.from(report, "utf16le"))), 3);
  });

  it("control and bidi characters in a heading never reach the terminal", () => {
    const lines = [...REPORT_LINES];
    lines[0] = "\u001b[2J\u001b]0;标题\u0007对照检查\u202e材料\u2066";
    lines[3] = "（一）理论\u001b[31m学习方面\u200f";
    const file = tmp.file("controls\u001b[1m.txt", lines.join("\n"));
    for (const args of [
      ["check", file],
      ["check", "--json", file],
      ["list", file],
    ]) {
      const r = run(args);
      expectContained(r);
      expect(r.stdout + r.stderr).not.toMatch(UNSAFE_OUTPUT);
    }
  });

  it("CSV cells that Excel would run as formulas are written as text", () => {
    const lines = [...REPORT_LINES];
    lines[4] = '1.=HYPERLINK("#","点击")学习缺乏计划。全年自学笔记只写了6篇。';
    lines[5] = "2.@SUM(1+1)学用结合不紧。在编制规划时没有主动用所学理论分析问题。";
    const r = run(["list", "--format", "csv", tmp.file("formula.txt", lines.join("\n"))]);
    expectContained(r);
    const cells = r.stdout.split(/,|\r\n/);
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(r.stdout).toContain("'=HYPERLINK(");
    expect(r.stdout).toContain("'@SUM(1+1)");
  });
});

describe("several files, one hostile", () => {
  it("checks the others, gives each refused file its own line and exits 2", () => {
    const good = tmp.file("good.txt", REPORT_LINES.join("\n"));
    const files = [
      tmp.file("a-bomb.docx", crafted.inflationBomb("small")),
      good,
      tmp.file("a-deep.docx", crafted.nested("body")),
      tmp.file("a-items.txt", manyItems(2_000)),
    ];
    const r = run(["check", ...files]);
    expectContained(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`文件：${good}`);
    expect(r.stdout).toMatch(/汇总（4 个文件）/);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/a-bomb\.docx: 文件已损坏/);
    expect(lines[1]).toMatch(/a-deep\.docx: 结构嵌套过深/);
    expect(lines[2]).toMatch(/a-items\.txt: 条目过多/);
  });
});
