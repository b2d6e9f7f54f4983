/**
 * The outline on the link corpus (test/fixtures/corpus): how many gold items it finds and how many items it
 * reads that are none (a transition sentence, a signature…), per split, with the mapping the link scoring uses
 * (test/corpus/gold-items.ts). Per-file lines are printed for the fit split only; `--fit-only` hides the test split.
 */
import { readOutline } from "../src/core/outline/read-outline";
import { corpusReports, type SplitName } from "../test/corpus/corpus";
import { mapGoldItems } from "../test/corpus/gold-items";

const splits: SplitName[] = process.argv.includes("--fit-only") ? ["fit"] : ["fit", "test"];
for (const name of splits) {
  const rows = corpusReports([name]).map((report) => {
    const mapped = mapGoldItems(readOutline(report.paragraphs), report.gold);
    return { id: report.id, gold: mapped.total, found: mapped.found, spurious: mapped.spurious.length };
  });
  const gold = rows.reduce((n, r) => n + r.gold, 0);
  const found = rows.reduce((n, r) => n + r.found, 0);
  const spurious = rows.reduce((n, r) => n + r.spurious, 0);
  console.log(
    `outline ${name} (${rows.length} reports): gold items found ${found}/${gold} (${((100 * found) / gold).toFixed(1)}%), spurious items ${spurious}`,
  );
  if (name === "fit")
    for (const r of rows.filter((r) => r.found < r.gold || r.spurious > 0))
      console.log(`  ${r.id}: found ${r.found}/${r.gold}, spurious ${r.spurious}`);
}
