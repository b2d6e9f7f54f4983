/** Lines that print corpus scores: one per split or file, and the per-kind breakdown. */
import { accuracy, allLinks, allVerdicts, KINDS, precision, recall, type Score } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/**
 * The 95 % Wilson interval of a share of `right` in `n`: how far a figure can move by the luck of which reports a
 * split holds. Problems of one report are not independent, so the true spread is somewhat wider still.
 */
export function interval(right: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = right / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function summaryLines(name: string, score: Score): string[] {
  const links = allLinks(score);
  const verdicts = allVerdicts(score);
  const right = verdicts.tp + verdicts.tn;
  const all = right + verdicts.fp + verdicts.fn;
  const [low, high] = interval(right, all);
  const warn = `warnings P ${pct(precision(verdicts))} R ${pct(recall(verdicts))} (${verdicts.tp}/${verdicts.tp + verdicts.fn} found, ${verdicts.fp} false)`;
  const lines = [
    `${name}: links P ${pct(precision(links))} R ${pct(recall(links))} (tp ${links.tp}, fp ${links.fp}, fn ${links.fn}); ` +
      `verdicts ${pct(accuracy(verdicts))} (${right}/${all}, 95 % interval ${pct(low).trim()}–${pct(high).trim()}); ` +
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
