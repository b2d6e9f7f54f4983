/**
 * `npm run fit` runs this twice: `fit` writes the fitted weights into weights.json, then `score` (bundled
 * afresh, so the matcher loads the new weights) adds the check's real scores on the fit split.
 * Only the fit split is read.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { MISSING_FEATURES, RANK_FEATURES, type KindModel } from "../../src/core/check/match/model";
import { PAIR_SIGNALS } from "../../src/core/check/match/signals";
import { corpusReports } from "./corpus";
import { fitModel } from "./fit";
import { summaryLines } from "./report";
import { accuracy, allLinks, allVerdicts, precision, recall, scoreSplit } from "./score";

const WEIGHTS = join(process.cwd(), "src/core/check/match/weights.json");
const round = (x: number) => Math.round(x * 10000) / 10000;
const layer = (l: { bias: number; weights: number[] }) => ({
  bias: round(l.bias),
  weights: l.weights.map(round),
});

function kindData(model: KindModel) {
  return { ...model, pair: layer(model.pair), rank: layer(model.rank), missing: layer(model.missing) };
}

function fit(): void {
  const reports = corpusReports(["fit"]);
  const result = fitModel(reports);
  const data = {
    note:
      "Written by npm run fit from the corpus's fit split only: per kind, logistic layers over the pair signals, " +
      "over the pair's standing among its rivals and over what a problem's candidates have (missing), and the bars.",
    fitted: new Date().toISOString().slice(0, 10),
    split: "fit",
    reports: reports.map((r) => r.id),
    pairSignals: PAIR_SIGNALS,
    rankFeatures: RANK_FEATURES,
    missingFeatures: MISSING_FEATURES,
    cause: kindData(result.cause.model),
    measure: kindData(result.measure.model),
    scores: null,
  };
  writeFileSync(WEIGHTS, `${JSON.stringify(data, null, 2)}\n`);
  for (const kind of ["cause", "measure"] as const) {
    const { search, rows } = result[kind];
    console.log(
      `fit ${kind}: ${rows} pairs; link bar ${search.link}, evidence bar ${search.evidence}, warn bar ${search.warn}, strong bar ${search.strong}, theme bar ${search.theme};  held-out ` +
        `search: P ${search.precision.toFixed(3)} R ${search.recall.toFixed(3)} verdicts ${search.accuracy.toFixed(3)}`,
    );
  }
}

function score(): void {
  const { total } = scoreSplit("fit");
  const links = allLinks(total);
  const verdicts = allVerdicts(total);
  const data = JSON.parse(readFileSync(WEIGHTS, "utf8")) as Record<string, unknown>;
  data.scores = {
    linkPrecision: round(precision(links)),
    linkRecall: round(recall(links)),
    verdictAccuracy: round(accuracy(verdicts)),
    missingWarningPrecision: round(precision(verdicts)),
    missingWarningRecall: round(recall(verdicts)),
  };
  writeFileSync(WEIGHTS, `${JSON.stringify(data, null, 2)}\n`);
  for (const line of summaryLines("fit split with the new weights", total)) console.log(line);
}

if (process.argv[2] === "score") score();
else fit();
