import { join } from "node:path";
import { run } from "../../src/cli/main";
import { toCsv, toMarkdown } from "../../src/cli/list";

const fixture = (...parts: string[]) => join(__dirname, "../fixtures", ...parts);
const REPORT = fixture("check", "flawed-water-bureau.txt");

function runCli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
  });
  return { code, stdout, stderr };
}

/** A minimal RFC 4180 reader, enough to check what Excel would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      ((row = []), (cell = ""), i++);
    } else cell += c;
  }
  return rows;
}

describe("duizhao list", () => {
  test("--format csv starts with a UTF-8 BOM and gives one CRLF row per problem under the header", () => {
    const { code, stdout, stderr } = runCli(["list", REPORT, "--format", "csv"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.startsWith("\uFEFF序号,存在问题,原因,整改措施,整改时限,责任人,完成情况\r\n")).toBe(true);
    const rows = parseCsv(stdout.slice(1));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual([
      "1",
      "理论学习浮于表面，钻研不够深入。",
      "（一）理论学习的自觉性不强。",
      expect.stringMatching(/^（一）制定年度学习计划/),
      "年底前；长期坚持",
      "赵立群",
      "",
    ]);
    expect(rows[3]![4]).toBe("2026年4月底前");
    expect(rows[4]!.slice(0, 4)).toEqual(["4", "下基层调研不够扎实。", "", ""]);
  });

  test("the default is a Markdown table with a separator row", () => {
    const { code, stdout } = runCli(["list", REPORT]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("| 序号 | 存在问题 | 原因 | 整改措施 | 整改时限 | 责任人 | 完成情况 |");
    expect(lines[1]).toMatch(/^\|( --- \|){7}$/);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toContain("| 3 | 遇到难题有畏难情绪。 |");
    expect(lines[4]).toContain("| 2026年4月底前 | 赵立群 |");
  });

  test("a text without numbered problems exits 2 with a Chinese reason", () => {
    const { code, stdout, stderr } = runCli(["list", fixture("cli", "no-structure.txt"), "--format", "md"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/没有找到可列入整改清单的问题/);
  });

  test("a missing file, a wrong format or two files exit 2 and say why", () => {
    expect(runCli(["list", fixture("check", "nope.txt")])).toMatchObject({ code: 2, stdout: "" });
    expect(runCli(["list", REPORT, "--format", "xlsx"]).stderr).toMatch(/--format 只能是 csv 或 md/);
    expect(runCli(["list", REPORT, REPORT]).stderr).toMatch(/list 需要且只接受一个文件/);
  });

  test("help list explains the columns and both formats", () => {
    const { code, stdout } = runCli(["help", "list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/整改时限/);
    expect(stdout).toMatch(/--format csv/);
  });
});

describe("list cells", () => {
  const row = {
    number: 1,
    problemId: "P1",
    problem: '对"三个一"要求落实不够，学习|记录不全。',
    causes: ["（一）原因甲。", "（二）原因乙。"],
    measures: ["（一）措施甲，年底前完成。"],
    deadline: "年底前",
    owner: "某某",
    status: "",
  };

  test("CSV quotes cells with quotes or line breaks so several causes stay in one cell", () => {
    const rows = parseCsv(toCsv([row]).slice(1));
    expect(rows[1]![1]).toBe(row.problem);
    expect(rows[1]![2]).toBe("（一）原因甲。\n（二）原因乙。");
  });

  test("Markdown escapes the pipe and breaks lines inside a cell with <br>", () => {
    const body = toMarkdown([row]).split("\n")[2]!;
    expect(body).toContain("学习\\|记录不全");
    expect(body).toContain("（一）原因甲。<br>（二）原因乙。");
  });
});
