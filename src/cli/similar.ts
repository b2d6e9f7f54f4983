/** Near-identical passages across the files of one `duizhao check`: the summary's lines and the JSON. */
import type { SimilarJson } from "../core/check/json-report";
import type { ReportPair, ReportPassage } from "../core/compare";
import type { Paint } from "./colors";

const percent = (share: number) => `${Math.round(share * 100)}%`;

function shorten(text: string, max = 36): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max) + "…" : flat;
}

const at = (p: ReportPassage) => `${p.label}（第${p.paragraph + 1}段）`;

/** The summary's block: one line per pair of files, one per pair of passages under it. */
export function renderSimilar(
  pairs: ReportPair[],
  files: string[],
  threshold: number,
  paint: Paint,
): string[] {
  const head = `相似段落（相同文字占较短一段的 ${percent(threshold)} 以上）：`;
  if (pairs.length === 0) return [paint.bold(head) + "未发现"];
  const lines = [paint.bold(head)];
  for (const pair of pairs) {
    lines.push(
      `${files[pair.a]} ↔ ${files[pair.b]}：${pair.passages.length} 处，相同文字约 ${pair.sharedChars} 字`,
    );
    for (const p of pair.passages) {
      lines.push(`  ${at(p.a)} ↔ ${at(p.b)}  ${paint.yellow(percent(p.similarity))}  ${shorten(p.a.text)}`);
    }
  }
  return lines;
}

/** What `--json` adds to each file's object: the other files it shares passages with, seen from it. */
export function similarJson(pairs: ReportPair[], files: string[], report: number): SimilarJson[] {
  return pairs
    .filter((pair) => pair.a === report || pair.b === report)
    .map((pair) => {
      const mine = pair.a === report;
      return {
        file: files[mine ? pair.b : pair.a] ?? "",
        passages: pair.passages.map((p) => {
          const [own, other] = mine ? [p.a, p.b] : [p.b, p.a];
          return {
            label: own.label,
            paragraph: own.paragraph,
            otherLabel: other.label,
            otherParagraph: other.paragraph,
            similarity: Math.round(p.similarity * 1000) / 1000,
            sharedChars: p.sharedChars,
            text: own.text,
            otherText: other.text,
          };
        }),
      };
    });
}
