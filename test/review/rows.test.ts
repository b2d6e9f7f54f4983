import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { atThreshold, crossReportPairs, DEFAULT_SHARE, snippetComparer } from "../../src/core/compare";
import { readOutline } from "../../src/core/outline/read-outline";
import { workbookBytes } from "../../src/review/export-xlsx";
import { readBatch } from "../../src/review/read-batch";
import { checkFile, type ReportRow } from "../../src/review/rows";
import { writerOf } from "../../src/review/writer";
import { COMPARE, MEMBERS } from "../compare/helpers";

const files = MEMBERS.map((name) => ({ name, bytes: readFileSync(join(COMPARE, "members", name)) }));
const compare = { snippets: snippetComparer() };

async function batch(inputs: { name: string; bytes: Uint8Array }[]): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  await readBatch(
    inputs.map((f) => ({
      name: f.name,
      size: f.bytes.length,
      bytes: async () => new Uint8Array(f.bytes).buffer,
    })),
    0,
    (row) => rows.push(row),
  );
  return rows;
}

test("the writer comes from the signature, else from the file name without the genre's words", () => {
  const [zhou, , shi] = files.map((f, i) => checkFile(i, f.name, f.bytes, compare));
  expect(zhou!.writer).toBe("周婉清");
  expect(shi!.result!.outline.signature).toBeNull();
  expect(shi!.writer).toBe("石慧敏");
  expect(writerOf(null, "材料/2025年度组织生活会对照检查材料_王晓东（修改稿）.docx")).toBe("王晓东");
  expect(writerOf(null, "张三.docx")).toBe("张三");
});

test("each row carries the counts a secretary sorts by", () => {
  const row = checkFile(0, files[0]!.name, files[0]!.bytes, compare);
  expect([row.problems, row.causes, row.measures]).toEqual([4, 3, 4]);
  expect(row.verdict).not.toBeNull();
  expect(row.errors + row.warnings + row.infos).toBe(row.result!.findings.length);
  const text = readFileSync(join(COMPARE, "members", files[0]!.name), "utf8");
  expect(row.chars).toBe(text.replace(/\s/g, "").length);
});

test("a file that cannot be read gets its own row with the reason; the others are checked", async () => {
  const rows = await batch([
    files[0]!,
    { name: "会议通知.pdf", bytes: new Uint8Array([37, 80, 68, 70]) },
    { name: "空白.txt", bytes: new Uint8Array() },
    files[1]!,
  ]);
  expect(rows.map((r) => [r.file, r.reason === null])).toEqual([
    ["周婉清.txt", true],
    ["会议通知.pdf", false],
    ["空白.txt", false],
    ["韩立东.txt", true],
  ]);
  expect(rows[1]!.reason).toMatch(/不支持 PDF/);
  expect(rows[2]!.reason).toMatch(/空/);
});

test("the workbook holds the table, the findings and the copied pair, and reads back", async () => {
  const rows = await batch([...files, { name: "坏文件.doc", bytes: new Uint8Array([1, 2, 3]) }]);
  const readable = rows.filter((r) => r.result);
  const pairs = atThreshold(crossReportPairs(readable.map((r) => r.result!.outline)), DEFAULT_SHARE);
  const bytes = await workbookBytes(ExcelJS, rows, pairs);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["汇总", "问题清单", "相似段落"]);
  const values = (sheet: string) =>
    book
      .getWorksheet(sheet)!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
  const summary = values("汇总");
  expect(summary[0]!.slice(0, 3)).toEqual(["撰写人", "文件", "结论"]);
  expect(summary.slice(1).map((row) => row[0])).toEqual(["周婉清", "韩立东", "石慧敏", "坏文件"]);
  expect(summary[4]![2]).toBe("无法检查");
  expect(summary[4]![10]).toMatch(/不支持 \.doc 格式/);
  expect(summary[1]!.slice(3, 6)).toEqual([4, 3, 4]);
  const findings = values("问题清单");
  expect(findings.length - 1).toBe(readable.reduce((n, r) => n + r.result!.findings.length, 0));
  const similar = values("相似段落");
  expect(similar.slice(1).map((row) => row.slice(0, 4))).toEqual([
    ["周婉清", "问题3（第9段）", "韩立东", "问题3（第9段）"],
  ]);
});

test("comparing the three members: the same pair as the command line", () => {
  const outlines = files.map((f) =>
    readOutline(checkFile(0, f.name, f.bytes, compare).result!.outline.paragraphs),
  );
  expect(atThreshold(crossReportPairs(outlines), DEFAULT_SHARE).map((p) => [p.a, p.b])).toEqual([[0, 1]]);
});
