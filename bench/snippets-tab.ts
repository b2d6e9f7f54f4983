// The 短语 tab's list per keystroke: index rebuild with 200 own snippets, then the sections (search,
// favourites and recents, 当前位置) for each query, keystroke by keystroke. A frame is 16 ms.
import { builtinSnippets, type Snippet } from "../src/core/snippets/library";
import { loadPinyin } from "../src/core/snippets/pinyin";
import { createSnippetIndex } from "../src/core/snippets/search";
import type { UserSnippet } from "../src/core/snippets/user";
import { buildSections, capSections } from "../src/taskpane/snippets/sections";

const TYPED = ["lxl", "lilunxuexi", "zgcs", "理论学习", "三会一课", "学习 计划", "dangxing", "每月"];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Own snippets made from library texts with a numbered twist, so they share words with the library. */
function ownSnippets(n: number): UserSnippet[] {
  return Array.from({ length: n }, (_, i) => {
    const base = builtinSnippets[i % builtinSnippets.length]!;
    return {
      ...base,
      id: `user-bench-${i}`,
      title: `自拟${i}：${base.title}`.slice(0, 16),
      text: `第${i}条：${base.text}`,
      createdAt: "2026-11-01T00:00:00.000Z",
      source: "user",
    };
  });
}

async function main(): Promise<void> {
  const pinyinOf = await loadPinyin();
  const all: Snippet[] = [...ownSnippets(200), ...builtinSnippets];
  let t = performance.now();
  const plain = createSnippetIndex(all);
  const plainMs = performance.now() - t;
  t = performance.now();
  const index = createSnippetIndex(all, pinyinOf);
  const pinyinMs = performance.now() - t;
  console.log(
    `${all.length} snippets (200 own): index without pinyin ${plainMs.toFixed(1)} ms, with ${pinyinMs.toFixed(1)} ms`,
  );

  const data = { favourites: all.slice(0, 10).map((s) => s.id), recent: all.slice(20, 28).map((s) => s.id) };
  const times: number[] = [];
  let shown = 0;
  for (let round = 0; round < 20; round++) {
    for (const word of TYPED) {
      // Every prefix, as the search box sees it while the writer types.
      for (let k = 1; k <= word.length; k++) {
        const start = performance.now();
        const sections = buildSections(index, all, data, {
          query: word.slice(0, k),
          category: null,
          theme: null,
          here: null,
        });
        shown += capSections(sections, 50).reduce((n, s) => n + s.snippets.length, 0);
        times.push(performance.now() - start);
      }
    }
  }
  console.log(
    `list per keystroke (${times.length}): p50 ${percentile(times, 50).toFixed(2)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (${shown} cards)`,
  );

  const browse: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    buildSections(plain, all, data, { query: "", category: null, theme: null, here: null });
    buildSections(index, all, data, {
      query: "",
      category: null,
      theme: null,
      here: { part: "measures", theme: "理论学习", heading: null },
    });
    browse.push(performance.now() - start);
  }
  console.log(`empty box + 当前位置 lists: p95 ${percentile(browse, 95).toFixed(2)} ms`);
}

void main();
