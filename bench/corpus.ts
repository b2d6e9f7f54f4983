/**
 * The check on the link corpus (test/fixtures/corpus): links, verdicts and the outline, per split, per writer
 * (authors differ in how hard their reports are to read) and per file.
 * `npm run bench -- --fit-only` hides the test split (while developing, look at the fit split only).
 * Then the naive character-pair baseline on the same splits, its threshold chosen on the fit split.
 */
import { scoreBaseline, tuneBaseline } from "../test/corpus/bigram-baseline";
import { corpusReports, type SplitName } from "../test/corpus/corpus";
import { fileLine, summaryLines } from "../test/corpus/report";
import { writerOf } from "../test/corpus/cross-validate";
import { addScore, emptyScore, scoreSplit, type Score } from "../test/corpus/score";

const fitOnly = process.argv.includes("--fit-only");
const verbose = process.argv.includes("--errors");
const splits: SplitName[] = fitOnly ? ["fit"] : ["fit", "test"];
if (fitOnly) console.log("corpus: test split hidden (--fit-only)");

for (const split of splits) {
  const { total, files } = scoreSplit(split);
  for (const line of summaryLines(`corpus ${split} (${files.length} reports)`, total)) console.log(line);
  const byWriter = new Map<string, { reports: number; score: Score }>();
  for (const { id, score } of files) {
    const writer = byWriter.get(writerOf(id)) ?? { reports: 0, score: emptyScore() };
    writer.reports++;
    addScore(writer.score, score);
    byWriter.set(writerOf(id), writer);
  }
  for (const [writer, { reports, score }] of byWriter)
    console.log(summaryLines(`  ${split} ${writer} (${reports})`, score)[0]);
  for (const { id, score } of files) console.log(fileLine(id, score));
  if (verbose && split === "fit") for (const e of total.errors) console.log(`    ${e}`);
}

const threshold = tuneBaseline(corpusReports(["fit"]));
for (const split of splits) {
  const name = `baseline (character pairs, Dice ≥ ${threshold.cause} cause, ≥ ${threshold.measure} measure, chosen on fit) ${split}`;
  for (const line of summaryLines(name, scoreBaseline(corpusReports([split]), threshold))) console.log(line);
}
