/**
 * The outline on the link corpus (test/fixtures/corpus): how many gold items it finds and how many items it
 * reads that are none (a transition sentence, a signature…), per split. A gold item is named by a key, a
 * verbatim piece of its first sentence; it is found when the outline item of its kind holding that piece
 * holds no earlier gold item of the list. Per-file lines are printed for the fit split only.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readOutline } from "../src/core/outline/read-outline";
import type { Item, Outline } from "../src/core/types";

const DIR = join(process.cwd(), "test/fixtures/corpus");
const LISTS = { problems: "problem", causes: "cause", measures: "measure" } as const;
type Gold = Record<keyof typeof LISTS, { key: string }[]>;

/** The item of any kind whose span holds characters at (paragraph, offset): the last to start before them. */
function itemAt(outline: Outline, paragraph: number, offset: number): Item | null {
  let found: Item | null = null;
  for (const item of [...outline.problems, ...outline.causes, ...outline.measures]) {
    const starts = item.paragraph < paragraph || (item.paragraph === paragraph && item.offset <= offset);
    if (!starts || paragraph >= item.end) continue;
    if (
      !found ||
      found.paragraph < item.paragraph ||
      (found.paragraph === item.paragraph && found.offset < item.offset)
    )
      found = item;
  }
  return found;
}

function score(id: string): { gold: number; found: number; spurious: number } {
  const text = readFileSync(join(DIR, `${id}.txt`), "utf8").replace(/\r?\n$/, "");
  const gold = JSON.parse(readFileSync(join(DIR, `${id}.gold.json`), "utf8")) as Gold;
  const outline = readOutline(text.split(/\r?\n/).map((line) => ({ text: line })));
  const claimed = new Set<string>();
  let total = 0;
  for (const list of Object.keys(LISTS) as (keyof Gold)[]) {
    for (const { key } of gold[list]) {
      total++;
      const paragraph = outline.paragraphs.findIndex((p) => p.text.includes(key));
      const item =
        paragraph < 0 ? null : itemAt(outline, paragraph, outline.paragraphs[paragraph]!.text.indexOf(key));
      if (item && item.kind === LISTS[list] && !claimed.has(item.id)) claimed.add(item.id);
    }
  }
  const items = outline.problems.length + outline.causes.length + outline.measures.length;
  return { gold: total, found: claimed.size, spurious: items - claimed.size };
}

const split = JSON.parse(readFileSync(join(DIR, "split.json"), "utf8")) as Record<"fit" | "test", string[]>;
for (const name of ["fit", "test"] as const) {
  const rows = split[name].map((id) => ({ id, ...score(id) }));
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
