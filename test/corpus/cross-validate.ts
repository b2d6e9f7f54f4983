/**
 * Cross-validation inside the fit split: the model is fitted on all writers but one and scored on the reports
 * of the writer left out, for each writer in turn. It tells whether a change to the signals, words or bars
 * generalizes to a hand the fit has not seen, without looking at the test split.
 */
import { readOutline } from "../../src/core/outline/read-outline";
import { scoreOutline } from "../../src/core/check/match/scoring";
import type { Model } from "../../src/core/check/match/model";
import type { CheckResult, Finding, Link } from "../../src/core/types";
import type { CorpusReport } from "./corpus";
import { fitModel } from "./fit";
import { addScore, emptyScore, KINDS, MISSING_RULE, scoreCheck, type Score } from "./score";

/** Links and missing warnings as the check gives them, with the given model in place of the fitted one. */
export function checkWith(report: CorpusReport, model: Model): CheckResult {
  const outline = readOutline(report.paragraphs);
  const { ranked, verdicts } = scoreOutline(outline, model);
  const links: Link[] = [];
  const findings: Finding[] = [];
  for (const problem of outline.problems) {
    for (const kind of KINDS) {
      for (const c of ranked.get(problem.id)?.[kind] ?? []) {
        if (c.linked)
          links.push({
            problem: problem.id,
            target: c.target.id,
            kind,
            score: c.score,
            evidence: [],
            source: "matched",
          });
      }
      const verdict = verdicts.get(problem.id)?.[kind];
      if (verdict === "missing" || verdict === "uncertain")
        findings.push({
          rule: verdict === "missing" ? MISSING_RULE[kind] : "uncertain-link",
          severity: "info",
          paragraph: problem.paragraph,
          message: "",
          items: [problem.id],
        });
    }
  }
  return { outline, links, findings };
}

/** The writer a report's id names ("w3" of "w3-05"). */
export const writerOf = (id: string) => id.split("-")[0] ?? id;

/**
 * Leave-one-writer-out over the given (fit) reports: the held-out scores, summed, and per writer. With `half`, each
 * fold is fitted on every second one of the other writers only: a point on the learning curve, telling whether more
 * reports of the same kind would still move the scores.
 */
export function leaveOneWriterOut(
  reports: CorpusReport[],
  { half = false } = {},
): { total: Score; byWriter: Map<string, Score> } {
  const writers = [...new Set(reports.map((r) => writerOf(r.id)))].sort();
  const total = emptyScore();
  const byWriter = new Map<string, Score>();
  for (const writer of writers) {
    const others = writers.filter((w) => w !== writer);
    const fitOn = new Set(half ? others.filter((_, i) => i % 2 === 0) : others);
    const fitted = fitModel(reports.filter((r) => fitOn.has(writerOf(r.id))));
    const model: Model = { cause: fitted.cause.model, measure: fitted.measure.model };
    const score = emptyScore();
    for (const report of reports.filter((r) => writerOf(r.id) === writer))
      addScore(score, scoreCheck(report, checkWith(report, model)));
    byWriter.set(writer, score);
    addScore(total, score);
  }
  return { total, byWriter };
}
