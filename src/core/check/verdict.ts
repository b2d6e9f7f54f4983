import type { Category, Finding, Severity } from "../types";

export type Verdict = "pass" | "suggest" | "must";

/** A reviewer's call: any error must be fixed, warnings deserve a look, infos alone pass. */
export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return "must";
  if (findings.some((f) => f.severity === "warning")) return "suggest";
  return "pass";
}

export const verdictLabel: Record<Verdict, string> = {
  pass: "可以提交",
  suggest: "建议修改",
  must: "需要修改",
};

export const severityLabel: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const categoryLabel: Record<Category, string> = {
  structure: "结构",
  correspondence: "对应",
  wording: "用词",
  format: "格式",
};

export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
