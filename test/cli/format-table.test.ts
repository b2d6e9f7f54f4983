import { displayWidth, formatTable, padTo } from "../../src/cli/format-table";
import { parseArgs } from "../../src/cli/args";
import { wantsColor } from "../../src/cli/colors";

describe("terminal layout", () => {
  it("counts Chinese characters and fullwidth punctuation as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("对照检查")).toBe(8);
    expect(displayWidth("（一）1.")).toBe(8);
    expect(displayWidth("\x1b[31m错误\x1b[39m")).toBe(4);
    expect(padTo("问题", 6)).toBe("问题  ");
    expect(padTo("12", 4, "right")).toBe("  12");
  });

  it("aligns columns of mixed Chinese and ASCII text", () => {
    const lines = formatTable(
      [
        ["文件", "错误", "结论"],
        ["张三材料.docx", "1", "需要修改"],
        ["b.txt", "12", "可以提交"],
      ],
      ["left", "right", "left"],
    );
    const starts = lines.map((l) => displayWidth(l.slice(0, l.search(/(结论|需要修改|可以提交)$/))));
    expect(new Set(starts).size).toBe(1);
    expect(lines[2]).toMatch(/^b\.txt\s+12 {2}可以提交$/);
  });
});

describe("command-line arguments", () => {
  it("reads check with --json anywhere and keeps the file order", () => {
    expect(parseArgs(["check", "a.docx", "--json", "b.txt"])).toEqual({
      ok: true,
      command: { name: "check", json: true, files: ["a.docx", "b.txt"] },
    });
  });

  it("leaves room for other subcommands with their own options", () => {
    expect(parseArgs(["list", "a.docx", "--format", "csv"])).toEqual({
      ok: true,
      command: { name: "list", format: "csv", files: ["a.docx"] },
    });
    expect(parseArgs(["list", "a.docx", "--format=xls"])).toEqual({
      ok: false,
      error: expect.stringMatching(/csv 或 md/),
    });
    expect(parseArgs(["list", "a.docx", "--json"])).toEqual({
      ok: false,
      error: expect.stringMatching(/未知选项/),
    });
  });

  it("uses colour only on a terminal without NO_COLOR", () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: "" })).toBe(true);
  });
});
