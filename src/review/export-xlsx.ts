/**
 * The 审阅台's table, findings and similar passages as an .xlsx workbook. The spreadsheet library (exceljs)
 * is loaded only when the secretary exports, so the page opens without it.
 */
import type ExcelJS from "exceljs";
import { findRule } from "../core/check/rules";
import type { ReportPair } from "../core/compare";
import type { ReportRow } from "./rows";
import { r } from "./strings";

type Excel = typeof ExcelJS;

export async function loadExcel(): Promise<Excel> {
  const mod = (await import(
    /* webpackChunkName: "xlsx" */ "exceljs/dist/exceljs.bare.min.js"
  )) as unknown as Excel & { default?: Excel };
  return mod.default ?? mod;
}

const COLUMNS: { key: keyof ReportRow; header: string; width: number }[] = [
  { key: "writer", header: r.columns.writer, width: 12 },
  { key: "file", header: r.columns.file, width: 30 },
  { key: "verdict", header: r.columns.verdict, width: 10 },
  { key: "problems", header: r.columns.problems, width: 6 },
  { key: "causes", header: r.columns.causes, width: 6 },
  { key: "measures", header: r.columns.measures, width: 6 },
  { key: "errors", header: r.columns.errors, width: 6 },
  { key: "warnings", header: r.columns.warnings, width: 6 },
  { key: "missingLinks", header: r.columns.missingLinks, width: 8 },
  { key: "chars", header: r.columns.chars, width: 8 },
];

/** A row of 汇总: an unreadable file keeps its writer and name, the reason in the last column. */
function summaryCells(row: ReportRow): (string | number | null)[] {
  const cells = COLUMNS.map(({ key }): string | number | null => {
    if (key === "verdict") return row.verdict ? r.verdict[row.verdict] : r.unreadable;
    const value = row[key];
    return typeof value === "number" && row.reason ? null : (value as string | number);
  });
  return [...cells, row.reason ?? ""];
}

/** The workbook: 汇总 (one row per file), 问题清单 (one row per finding), 相似段落 (one row per pair). */
export async function workbookBytes(
  excel: Excel,
  rows: ReportRow[],
  pairs: ReportPair[],
): Promise<Uint8Array> {
  const book = new excel.Workbook();
  const summary = book.addWorksheet(r.sheets.summary);
  summary.columns = [
    ...COLUMNS.map(({ header, width }) => ({ header, width })),
    { header: r.unreadable, width: 40 },
  ];
  for (const row of rows) summary.addRow(summaryCells(row));

  const findings = book.addWorksheet(r.sheets.findings);
  findings.columns = [
    { header: r.columns.writer, width: 12 },
    { header: r.columns.file, width: 30 },
    { header: "段落", width: 8 },
    { header: "级别", width: 6 },
    { header: "规则", width: 16 },
    { header: "说明", width: 80 },
  ];
  for (const row of rows) {
    for (const f of row.result?.findings ?? []) {
      findings.addRow([
        row.writer,
        row.file,
        f.paragraph + 1,
        r.severity[f.severity],
        findRule(f.rule)?.name ?? f.rule,
        f.message,
      ]);
    }
  }

  const similar = book.addWorksheet(r.sheets.similar);
  similar.columns = [
    { header: "材料甲", width: 12 },
    { header: "位置甲", width: 14 },
    { header: "材料乙", width: 12 },
    { header: "位置乙", width: 14 },
    { header: "相同比例", width: 8 },
    { header: "相同字数", width: 8 },
    { header: "甲的段落", width: 60 },
    { header: "乙的段落", width: 60 },
  ];
  const readable = rows.filter((row) => row.result);
  for (const pair of pairs) {
    for (const p of pair.passages) {
      similar.addRow([
        readable[pair.a]?.writer,
        r.similar.passage(p.a.label, p.a.paragraph),
        readable[pair.b]?.writer,
        r.similar.passage(p.b.label, p.b.paragraph),
        Math.round(p.similarity * 100) / 100,
        p.sharedChars,
        p.a.text,
        p.b.text,
      ]);
    }
  }
  for (const sheet of [summary, findings, similar]) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Offers the bytes as a download (the file never leaves the machine: an object URL in this page). */
export function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes.slice()], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
