import type { CheckResult, Echo, Item, Link } from "../types";

/** The JSON report contract of DESIGN.md ("duizhao check --json"), one object per file. */
export interface ReportJson {
  file: string;
  paragraphs: number;
  outline: {
    title: { paragraph: number; text: string } | null;
    parts: { role: string; paragraph: number; heading: string }[];
    aspects: { paragraph: number; heading: string }[];
  };
  problems: {
    id: string;
    number: string;
    paragraph: number;
    title: string;
    causes: string[];
    measures: string[];
    evidence: Record<string, string[]>;
  }[];
  causes: { id: string; paragraph: number; title: string }[];
  measures: { id: string; paragraph: number; title: string }[];
  findings: {
    rule: string;
    severity: string;
    paragraph: number;
    message: string;
    offset?: number;
    length?: number;
    fix?: { replacement: string };
    split?: number[];
    echo?: Echo;
  }[];
  /** Several files: the other files this one shares near-identical passages with, seen from this one. */
  similar?: SimilarJson[];
}

export interface SimilarJson {
  file: string;
  passages: {
    label: string;
    paragraph: number;
    otherLabel: string;
    otherParagraph: number;
    similarity: number;
    sharedChars: number;
    text: string;
    otherText: string;
  }[];
}

function targetsOf(links: Link[], problem: Item, kind: Link["kind"]): string[] {
  return links.filter((l) => l.problem === problem.id && l.kind === kind).map((l) => l.target);
}

export function toReportJson(file: string, result: CheckResult): ReportJson {
  const { outline, links } = result;
  const plain = (item: Item) => ({ id: item.id, paragraph: item.paragraph, title: item.title });
  return {
    file,
    paragraphs: outline.paragraphs.length,
    outline: {
      title: outline.title,
      parts: outline.parts.map((p) => ({ role: p.role, paragraph: p.paragraph, heading: p.heading })),
      aspects: outline.aspects.map((a) => ({ paragraph: a.paragraph, heading: a.heading })),
    },
    problems: outline.problems.map((p) => ({
      id: p.id,
      number: p.number,
      paragraph: p.paragraph,
      title: p.title,
      causes: targetsOf(links, p, "cause"),
      measures: targetsOf(links, p, "measure"),
      evidence: Object.fromEntries(
        links.filter((l) => l.problem === p.id).map((l) => [l.target, l.evidence]),
      ),
    })),
    causes: outline.causes.map(plain),
    measures: outline.measures.map(plain),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      paragraph: f.paragraph,
      message: f.message,
      ...(f.offset !== undefined ? { offset: f.offset, length: f.length } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.split ? { split: f.split } : {}),
      ...(f.echo ? { echo: f.echo } : {}),
    })),
  };
}
