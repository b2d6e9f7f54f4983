import {
  builtinSnippets,
  CAUSE_DEPTHS,
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_THEMES,
  type Snippet,
} from "../../src/core/snippets/library";
import { snippetSlots } from "../../src/core/snippets/user";

const ofCategory = (category: string): Snippet[] => builtinSnippets.filter((s) => s.category === category);
const withoutSlots = (text: string): string => text.replace(/【[^【】]*】/g, "");
const bigrams = (text: string): Set<string> => {
  const t = withoutSlots(text).replace(/[，。；：、“”（）《》！？\s]/g, "");
  const set = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) set.add(t.slice(i, i + 2));
  return set;
};

describe("built-in phrase library: shape", () => {
  it("holds at least 220 snippets with unique ids", () => {
    expect(builtinSnippets.length).toBeGreaterThanOrEqual(220);
    const ids = builtinSnippets.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every snippet a known category, the matching part and known themes", () => {
    for (const s of builtinSnippets) {
      expect(SNIPPET_CATEGORIES).toContain(s.category);
      expect([s.id, s.part]).toEqual([s.id, PART_OF_CATEGORY[s.category]]);
      for (const theme of s.themes) expect(SNIPPET_THEMES).toContain(theme);
      expect(new Set(s.themes).size).toBe(s.themes.length);
    }
  });

  it("keeps titles short enough for the list (16 characters at most) and non-empty", () => {
    const long = builtinSnippets.filter((s) => Array.from(s.title).length > 16 || s.title.trim() === "");
    expect(long.map((s) => s.title)).toEqual([]);
  });

  it("writes every slot as 【…】 with content, never nested or left open", () => {
    for (const s of builtinSnippets) {
      for (const slot of snippetSlots(s.text)) expect(slot.label.trim()).not.toBe("");
      // Once the well-formed slots are removed, no bracket may remain.
      expect([s.id, /[【】]/.test(withoutSlots(s.text))]).toEqual([s.id, false]);
    }
  });

  it("has no identical or near-identical texts", () => {
    const seen = new Map<string, string>();
    for (const s of builtinSnippets) {
      const key = s.text.replace(/\s+/g, "");
      expect([s.id, seen.get(key)]).toEqual([s.id, undefined]);
      seen.set(key, s.id);
    }
    const grams = builtinSnippets.map((s) => bigrams(s.text));
    const near: string[] = [];
    for (let i = 0; i < grams.length; i++) {
      for (let j = i + 1; j < grams.length; j++) {
        const a = grams[i] as Set<string>;
        const b = grams[j] as Set<string>;
        let shared = 0;
        for (const g of a) if (b.has(g)) shared++;
        // Share of the shorter text's bigrams found in the other one.
        if (shared / Math.min(a.size, b.size) >= 0.7) {
          near.push(`${builtinSnippets[i]?.id} ~ ${builtinSnippets[j]?.id}`);
        }
      }
    }
    expect(near).toEqual([]);
  });

  it("uses only Chinese punctuation and no Latin letters", () => {
    const bad = builtinSnippets.filter((s) => /[A-Za-z,.;:!?()[\]"'<>]/.test(s.text + s.title));
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it("ends every text with a full stop, or a colon for openings that lead into the report", () => {
    for (const s of builtinSnippets) {
      const last = s.text.slice(-1);
      expect([s.id, s.part === "opening" ? /[。：]/.test(last) : last === "。"]).toEqual([s.id, true]);
    }
  });
});

describe("built-in phrase library: political wording", () => {
  const all = builtinSnippets.map((s) => ({ id: s.id, text: s.title + "\n" + s.text }));

  it("writes meeting names with 届 (党的二十届三中全会, never 二十大三中全会)", () => {
    const wrong = all.filter((s) => /(十八|十九|二十)大[一二三四五六七八九]中全会/.test(s.text));
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  it("names the theory in full and mentions no leader by name otherwise", () => {
    for (const s of all) {
      const rest = s.text.replace(/习近平新时代中国特色社会主义思想/g, "");
      expect([s.id, rest.includes("习近平")]).toEqual([s.id, false]);
    }
    expect(all.some((s) => s.text.includes("习近平新时代中国特色社会主义思想"))).toBe(true);
  });

  it("spells the fixed formulations exactly", () => {
    const wrongForms = [
      /两个(?!确立|维护|区分)[^，。；、“”]{0,2}(确立|维护)/, // 两个坚决维护
      /(?<!两)个确立/,
      /四种意识|四个自觉|四个自信心/,
      /三会一课制(?!度)/,
      /(?<!中央)八项规定/,
      /(全会|精神|思想|意识|规定)\1/, // duplicated words
      /三个区分(?!开来)/,
    ];
    for (const s of all) {
      for (const form of wrongForms)
        expect([s.id, form.source, form.test(s.text)]).toEqual([s.id, form.source, false]);
    }
    const text = all.map((s) => s.text).join("\n");
    for (const term of [
      "“两个确立”",
      "“两个维护”",
      "“四个意识”",
      "“四个自信”",
      "“三会一课”",
      "中央八项规定精神",
    ]) {
      expect(text).toContain(term);
    }
  });
});

describe("built-in phrase library: coverage", () => {
  it("has openings for organization-life and democratic-life meetings, personal and team", () => {
    const openings = ofCategory("开头");
    expect(openings.length).toBeGreaterThanOrEqual(8);
    expect(openings.some((s) => s.text.includes("组织生活会") && !s.team)).toBe(true);
    expect(openings.some((s) => s.text.includes("民主生活会") && !s.team)).toBe(true);
    expect(openings.some((s) => s.text.includes("组织生活会") && s.team)).toBe(true);
    expect(openings.some((s) => s.text.includes("民主生活会") && s.team)).toBe(true);
  });

  it("has at least 6 snippets on last year's rectification and 6 closings", () => {
    expect(ofCategory("上年度整改情况").length).toBeGreaterThanOrEqual(6);
    expect(ofCategory("表态结尾").length).toBeGreaterThanOrEqual(6);
  });

  it.each(SNIPPET_THEMES)("has at least 6 problems and 6 measures led by the theme %s", (theme) => {
    expect(ofCategory("查摆问题").filter((s) => s.themes[0] === theme).length).toBeGreaterThanOrEqual(6);
    expect(ofCategory("整改措施").filter((s) => s.themes[0] === theme).length).toBeGreaterThanOrEqual(6);
  });

  it.each(CAUSE_DEPTHS)("has at least 5 causes at the depth %s", (depth) => {
    expect(ofCategory("原因剖析").filter((s) => s.depth === depth).length).toBeGreaterThanOrEqual(5);
  });

  it("tags every cause, and only causes, with a depth", () => {
    for (const s of builtinSnippets)
      expect([s.id, s.depth !== undefined]).toEqual([s.id, s.part === "causes"]);
  });

  it("writes problems as a run-in lead sentence followed by an evidence slot", () => {
    for (const s of ofCategory("查摆问题")) {
      const lead = s.text.indexOf("。");
      expect([s.id, lead > 4 && lead < 45]).toEqual([s.id, true]);
      expect([s.id, snippetSlots(s.text.slice(lead)).length > 0]).toEqual([s.id, true]);
    }
  });

  it("keeps personal problems in the first person, without praise-then-criticism", () => {
    for (const s of ofCategory("查摆问题").filter((p) => !p.team)) {
      expect([s.id, /有的同志|个别党员|有些同志/.test(s.text)]).toEqual([s.id, false]);
      expect([s.id, /虽然[^。]*但是/.test(s.text)]).toEqual([s.id, false]);
    }
  });

  it("digs causes down to convictions, not excuses such as a heavy workload", () => {
    const excuses = /工作忙|工作太忙|任务重|时间紧|精力有限|客观原因/;
    expect(
      ofCategory("原因剖析")
        .filter((s) => excuses.test(s.text))
        .map((s) => s.id),
    ).toEqual([]);
  });

  it("gives every measure a concrete element: a number, a frequency, a deadline or a fill-in slot", () => {
    const concrete =
      /\d|【[^】]*(次数|时限|数量|时长|比例)[^】]*】|每(天|日|周|月|季度|半年|年|半月)|年底前|年内|年初|月底前|[一二两三四五六七八九十]+(次|项|个|条|篇|本)/;
    const vague = ofCategory("整改措施").filter((s) => !concrete.test(s.text));
    expect(vague.map((s) => s.id)).toEqual([]);
  });

  it("has at least 10 criticisms addressed to a colleague, each with a suggestion", () => {
    const criticisms = ofCategory("批评意见");
    expect(criticisms.length).toBeGreaterThanOrEqual(10);
    for (const s of criticisms) {
      expect([s.id, s.text.includes("建议"), s.text.includes("同志")]).toEqual([s.id, true, true]);
    }
  });

  it("has at least 15 team variants across categories, speaking as the team", () => {
    const team = builtinSnippets.filter((s) => s.team);
    expect(team.length).toBeGreaterThanOrEqual(15);
    expect(new Set(team.map((s) => s.category)).size).toBeGreaterThanOrEqual(4);
    for (const s of team) expect([s.id, /班子|我们|支委/.test(s.text)]).toEqual([s.id, true]);
  });
});
