/** Lines that print corpus scores: one per split or file, and the per-kind breakdown. */
import { accuracy, allLinks, allVerdicts, KINDS, precision, recall, type Score } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function summaryLines(name: string, score: Score): string[] {
  const links = allLinks(score);
  const verdicts = allVerdicts(score);
  const warn = `warnings P ${pct(precision(verdicts))} R ${pct(recall(verdicts))} (${verdicts.tp}/${verdicts.tp + verdicts.fn} found, ${verdicts.fp} false)`;
  const lines = [
    `${name}: links P ${pct(precision(links))} R ${pct(recall(links))} (tp ${links.tp}, fp ${links.fp}, fn ${links.fn}); ` +
      `verdicts ${pct(accuracy(verdicts))} (${verdicts.tp + verdicts.tn}/${verdicts.tp + verdicts.tn + verdicts.fp + verdicts.fn}); ` +
      warn +
      `; uncertain ${verdicts.uncertain}; outline items ${score.outline.found}/${score.outline.total}, spurious ${score.outline.spurious}`,
  ];
  for (const kind of KINDS) {
    const l = score.links[kind];
    const v = score.verdicts[kind];
    lines.push(
      `  ${kind.padEnd(7)} links P ${pct(precision(l))} R ${pct(recall(l))} (tp ${l.tp}, fp ${l.fp}, fn ${l.fn}); ` +
        `verdicts ${pct(accuracy(v))}; warnings P ${pct(precision(v))} R ${pct(recall(v))} ` +
        `(tp ${v.tp}, fp ${v.fp}, fn ${v.fn}); uncertain ${v.uncertain}`,
    );
  }
  return lines;
}

export function fileLine(id: string, score: Score): string {
  const links = allLinks(score);
  const v = allVerdicts(score);
  return (
    `  ${id.padEnd(8)} P ${pct(precision(links))} R ${pct(recall(links))}  verdicts ${pct(accuracy(v))}` +
    `  warn tp ${v.tp} fp ${v.fp} fn ${v.fn}  items ${score.outline.found}/${score.outline.total} +${score.outline.spurious}`
  );
}
