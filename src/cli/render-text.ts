/** The human-readable output of `duizhao check`: one report per file and a summary table. */
import type { CheckResult, PartRole, Severity } from "../core/types";
import { countBySeverity, severityLabel, verdictLabel, verdictOf, type Verdict } from "../core/check/verdict";
import type { Paint } from "./colors";
import { formatTable } from "./format-table";
import { printable } from "./printable";

export const ROLE_NAMES: Record<PartRole, string> = {
  problems: "问题部分",
  causes: "原因部分",
  measures: "措施部分",
  other: "其他部分",
};

/** 第N段: paragraphs are counted from 1 for people (the JSON keeps the 0-based index). */
export function where(paragraph: number): string {
  return `第${paragraph + 1}段`;
}

/** One line of report text for the terminal: safe characters, blanks folded, cut at `max`. */
function shorten(text: string, max = 40): string {
  const flat = printable(text).replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max) + "…" : flat;
}

function paintSeverity(severity: Severity, paint: Paint): (s: string) => string {
  if (severity === "error") return paint.red;
  if (severity === "warning") return paint.yellow;
  return paint.cyan;
}

const VERDICT_PAINT: Record<Verdict, keyof Paint> = { must: "red", suggest: "yellow", pass: "green" };

/** A verdict's label in its colour; anything else (无法检查) dimmed. */
function paintVerdict(label: string, paint: Paint): string {
  const verdict = (Object.keys(verdictLabel) as Verdict[]).find((v) => verdictLabel[v] === label);
  return paint[verdict ? VERDICT_PAINT[verdict] : "dim"](label);
}

/** Outline summary and findings of one file. */
export function renderReport(file: string, result: CheckResult, paint: Paint): string[] {
  const { outline, findings } = result;
  const lines: string[] = [paint.bold(`文件：${printable(file)}`) + `（共 ${outline.paragraphs.length} 段）`];
  lines.push(
    outline.title
      ? `标题：${shorten(outline.title.text)}（${where(outline.title.paragraph)}）`
      : "标题：未找到",
  );
  if (outline.parts.length === 0) {
    lines.push("结构：未识别出“问题—原因—措施”三个部分");
  } else {
    lines.push("结构：");
    for (const part of outline.parts) {
      lines.push(`  ${shorten(part.heading)}  —— ${ROLE_NAMES[part.role]}（${where(part.paragraph)}）`);
      for (const aspect of outline.aspects) {
        if (aspect.paragraph >= part.start && aspect.paragraph < part.end) {
          lines.push(`    ${shorten(aspect.heading)}（${where(aspect.paragraph)}）`);
        }
      }
    }
  }
  lines.push(
    `数量：问题 ${outline.problems.length} 条，原因 ${outline.causes.length} 条，措施 ${outline.measures.length} 条；` +
      `对照方面 ${outline.aspects.length} 个`,
  );
  const signature = outline.signature
    ? `${shorten(outline.signature.text)}（${where(outline.signature.paragraph)}）`
    : "未找到";
  const date = outline.date ? `${shorten(outline.date.text)}（${where(outline.date.paragraph)}）` : "未找到";
  lines.push(`署名：${signature}；日期：${date}`);

  const t = countBySeverity(findings);
  const verdict = paintVerdict(verdictLabel[verdictOf(findings)], paint);
  if (findings.length === 0) {
    lines.push(`检查结果：未发现问题 —— ${verdict}`);
    return lines;
  }
  lines.push(`检查结果：错误 ${t.error} 处，警告 ${t.warning} 处，提示 ${t.info} 处 —— ${verdict}`);
  const rows = findings.map((f) => [
    where(f.paragraph),
    severityLabel[f.severity],
    f.rule,
    printable(f.message).replace(/\s+/g, " "),
  ]);
  const table = formatTable(rows);
  findings.forEach((f, i) => {
    const line = table[i] ?? "";
    const label = severityLabel[f.severity];
    // Colour the severity word after padding so escape codes do not disturb the alignment.
    const at = line.indexOf(label);
    lines.push(
      "  " +
        (at < 0
          ? line
          : line.slice(0, at) + paintSeverity(f.severity, paint)(label) + line.slice(at + label.length)),
    );
  });
  return lines;
}

export interface SummaryRow {
  file: string;
  /** null when the file could not be read. */
  result: CheckResult | null;
}

/** The table after several files: counts, errors, warnings and a verdict per file. */
export function renderSummary(rows: SummaryRow[], paint: Paint): string[] {
  const header = ["文件", "问题", "原因", "措施", "错误", "警告", "结论"];
  const body = rows.map(({ file, result }) => {
    const name = printable(file);
    if (!result) return [name, "-", "-", "-", "-", "-", "无法检查"];
    const t = countBySeverity(result.findings);
    const o = result.outline;
    return [
      name,
      ...[o.problems.length, o.causes.length, o.measures.length, t.error, t.warning].map(String),
      verdictLabel[verdictOf(result.findings)],
    ];
  });
  const table = formatTable([header, ...body], ["left", "right", "right", "right", "right", "right", "left"]);
  const verdicts = body.map((r) => r[6] ?? "");
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  const totals = [verdictLabel.pass, verdictLabel.suggest, verdictLabel.must, "无法检查"]
    .filter((v) => count(v) > 0)
    .map((v) => `${v} ${count(v)} 份`)
    .join("，");
  return [
    paint.bold(`汇总（${rows.length} 个文件）：`),
    paint.bold(table[0] ?? ""),
    ...table.slice(1).map((line, i) => {
      const v = verdicts[i] ?? "";
      return line.endsWith(v) ? line.slice(0, line.length - v.length) + paintVerdict(v, paint) : line;
    }),
    totals,
  ];
}
