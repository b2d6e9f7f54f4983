// Phrase library search: time to build the index with pinyin, and the p95 of 200 searches.
import { builtinSnippets } from "../src/core/snippets/library";
import { loadPinyin } from "../src/core/snippets/pinyin";
import { createSnippetIndex } from "../src/core/snippets/search";

const QUERIES = [
  "lxl",
  "llxx",
  "lilunxuexi",
  "li lun",
  "xuexi",
  "zgcs",
  "理论学习",
  "三会一课",
  "群众",
  "学习 计划",
  "jlgj",
  "dangxing",
  "dx",
  "形式主义",
  "每月",
  "班子",
  "zhengga",
  "zhongyang",
  "ppyj",
  "担当",
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  let t = performance.now();
  const pinyinOf = await loadPinyin();
  const loadMs = performance.now() - t;

  t = performance.now();
  const index = createSnippetIndex(builtinSnippets, pinyinOf);
  const buildMs = performance.now() - t;

  t = performance.now();
  createSnippetIndex(builtinSnippets);
  const buildPlainMs = performance.now() - t;

  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < 200; i++) {
    const query = QUERIES[i % QUERIES.length] as string;
    const start = performance.now();
    results += index.search(query).length;
    times.push(performance.now() - start);
  }
  console.log(`snippets: ${builtinSnippets.length}`);
  console.log(`load pinyin-pro (dynamic import): ${loadMs.toFixed(1)} ms`);
  console.log(`build index with pinyin: ${buildMs.toFixed(1)} ms`);
  console.log(`build index without pinyin: ${buildPlainMs.toFixed(1)} ms`);
  console.log(
    `200 searches: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, ` +
      `max ${Math.max(...times).toFixed(2)} ms (${results} results in all)`,
  );

  // Noise of the tolerant initials match: how often a random 3-consonant string finds anything at all.
  const letters = "bcdfghjklmnpqrstwxyz";
  let seed = 7;
  const pick = (): string =>
    letters[(seed = (seed * 1103515245 + 12345) % 2147483648) % letters.length] ?? "b";
  let found = 0;
  let hits = 0;
  for (let i = 0; i < 500; i++) {
    const n = index.search(pick() + pick() + pick()).length;
    found += n;
    if (n > 0) hits++;
  }
  console.log(
    `500 random 3-letter initials: ${((hits / 500) * 100).toFixed(1)}% find something, ` +
      `${(found / 500).toFixed(2)} results on average; "lxl" finds ${index.search("lxl").length}`,
  );
}

void main();
