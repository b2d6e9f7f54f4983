/**
 * Leave-one-writer-out cross-validation inside the corpus's fit split (test/corpus/cross-validate.ts): what a
 * change to the matcher is worth on a writer the fit has not seen. The test split is not read. For comparison,
 * the same reports scored with the model fitted on all of them (what weights.json holds after `npm run fit`).
 * `--curve` adds the same cross-validation with each fold fitted on half of the other writers (a few minutes more).
 */
import { corpusReports } from "../test/corpus/corpus";
import { checkWith, leaveOneWriterOut } from "../test/corpus/cross-validate";
import { fitModel } from "../test/corpus/fit";
import { summaryLines } from "../test/corpus/report";
import { scoreSplit } from "../test/corpus/score";

const reports = corpusReports(["fit"]);
const { total, byWriter } = leaveOneWriterOut(reports);
for (const line of summaryLines(
  `cross-validation, leave one writer out (fit split, ${reports.length} reports)`,
  total,
))
  console.log(line);
for (const [writer, score] of byWriter) console.log(summaryLines(`  held out ${writer}`, score)[0]);

if (process.argv.includes("--curve")) {
  const { total: half } = leaveOneWriterOut(reports, { half: true });
  console.log(summaryLines("the same, each fold fitted on half of the other writers", half)[0]);
}

const fitted = fitModel(reports);
const model = { cause: fitted.cause.model, measure: fitted.measure.model };
const { total: all } = scoreSplit("fit", (report) => checkWith(report, model));
console.log(summaryLines("fitted and scored on the whole fit split", all)[0]);
