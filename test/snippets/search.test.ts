import { builtinSnippets, SNIPPET_CATEGORIES, type Snippet } from "../../src/core/snippets/library";
import { loadPinyin, type PinyinOf } from "../../src/core/snippets/pinyin";
import { createSnippetIndex, forHere, guessThemes, type SnippetIndex } from "../../src/core/snippets/search";

let pinyinOf: PinyinOf;
let index: SnippetIndex;

beforeAll(async () => {
  pinyinOf = await loadPinyin();
  index = createSnippetIndex(builtinSnippets, pinyinOf);
});

const mentions = (s: Snippet, words: string): boolean =>
  s.title.includes(words) || s.text.includes(words) || s.themes.some((t) => t.includes(words));
const about理论学习 = (s: Snippet): boolean => s.themes.includes("理论学习") || mentions(s, "理论学习");

function fixture(id: string, title: string, text: string, extra: Partial<Snippet> = {}): Snippet {
  return { id, category: "查摆问题", part: "problems", themes: [], title, text, ...extra };
}

describe("loadPinyin", () => {
  it("reads syllables without tones, one initial per syllable, polyphones from context", () => {
    expect(pinyinOf("理论学习")).toEqual({ full: "li lun xue xi", initials: "llxx" });
    expect(pinyinOf("银行行长").full).toBe("yin hang hang zhang");
    expect(pinyinOf("绿色，【时限】2次").full).toBe("lv se shi xian ci");
  });
});

describe("search by characters", () => {
  it("finds every snippet containing the words, and only those", () => {
    const results = index.search("三会一课");
    const expected = builtinSnippets.filter((s) => mentions(s, "三会一课"));
    expect(results.length).toBe(expected.length);
    expect(results.length).toBeGreaterThan(0);
  });

  it("requires all query words", () => {
    const results = index.search("学习 计划");
    expect(results.length).toBeGreaterThan(0);
    for (const s of results) expect(mentions(s, "学习") && mentions(s, "计划")).toBe(true);
    expect(results.length).toBeLessThan(index.search("学习").length);
  });

  it("puts the snippet whose title is the query first", () => {
    for (const s of builtinSnippets.filter((_, i) => i % 23 === 0)) {
      expect(index.search(s.title)[0]?.id).toBe(s.id);
    }
  });

  it("ranks exact title, title prefix, title substring, theme, then text substring", () => {
    const small = createSnippetIndex([
      fixture("text", "其他标题", "要把群众路线贯穿始终。"),
      fixture("tag", "另一个标题", "无关正文。", { themes: ["宗旨意识与群众工作"] }),
      fixture("inside", "践行群众路线不够", "无关正文。"),
      fixture("prefix", "群众路线意识", "无关正文。"),
      fixture("exact", "群众路线", "无关正文。"),
    ]);
    expect(small.search("群众路线").map((s) => s.id)).toEqual(["exact", "prefix", "inside", "text"]);
    expect(small.search("宗旨意识").map((s) => s.id)).toEqual(["tag"]);
  });

  it("returns nothing for words the library does not contain", () => {
    expect(index.search("量子计算机")).toEqual([]);
  });
});

describe("search by pinyin", () => {
  it("matches full pinyin, with or without spaces, and a partly typed last syllable", () => {
    const results = index.search("lilunxuexi");
    expect(results.length).toBeGreaterThan(0);
    for (const s of results) expect(about理论学习(s)).toBe(true);
    const themed = builtinSnippets.filter((s) => s.themes.includes("理论学习")).map((s) => s.id);
    expect(results.map((s) => s.id)).toEqual(expect.arrayContaining(themed));
    expect(index.search("li lun xue xi").map((s) => s.id)).toEqual(results.map((s) => s.id));
    expect(index.search("lilunxu").map((s) => s.id)).toEqual(expect.arrayContaining(themed));
  });

  it("follows polyphonic readings from context", () => {
    const small = createSnippetIndex([fixture("bank", "银行行长", "正文。")], pinyinOf);
    expect(small.search("yinhanghangzhang").map((s) => s.id)).toEqual(["bank"]);
    expect(small.search("yinxingxingzhang")).toEqual([]);
  });

  it("matches initials of titles, themes and categories", () => {
    const results = index.search("zgcs"); // 整改措施
    const measures = builtinSnippets.filter((s) => s.category === "整改措施").length;
    expect(results.slice(0, measures).every((s) => s.category === "整改措施")).toBe(true);
    // Further down: texts that say 整改措施 (initials of 4 letters or more are also looked up in the text).
    expect(results.slice(measures).every((s) => s.text.includes("整改措施"))).toBe(true);
    expect(index.search("llxx").slice(0, 10).every(about理论学习)).toBe(true);
  });

  it("finds the 理论学习 snippets first for the swapped initials lxl", () => {
    const results = index.search("lxl");
    const themed = builtinSnippets.filter((s) => s.themes.includes("理论学习"));
    expect(results.length).toBeGreaterThanOrEqual(themed.length);
    expect(results.slice(0, themed.length).every((s) => s.themes.includes("理论学习"))).toBe(true);
    // No flood: nothing unrelated to 理论学习 comes along.
    expect(results.every(about理论学习)).toBe(true);
  });

  it("does not match unrelated initials, nor transpose beyond one adjacent pair", () => {
    expect(index.search("qzx")).toEqual([]);
    expect(index.search("xqj")).toEqual([]);
    expect(index.search("xll").every(about理论学习)).toBe(true); // one swap from llx
    expect(index.search("xxll")).toEqual([]); // two swaps from llxx
  });

  it("ranks full pinyin above initials and initials above the tolerant match", () => {
    const small = createSnippetIndex(
      [
        fixture("swapped", "纪执督监", "无关正文。"), // initials jzdj
        fixture("text", "其他标题", "加强日常监督执纪。"),
        fixture("title-initials", "监督执纪不严", "无关正文。"), // initials jdzjby
      ],
      pinyinOf,
    );
    expect(small.search("jiandu").map((s) => s.id)).toEqual(["title-initials", "text"]);
    expect(small.search("jdzj").map((s) => s.id)).toEqual(["title-initials", "text", "swapped"]);
    expect(small.search("jzdj").map((s) => s.id)).toEqual(["swapped", "title-initials"]);
  });

  it("answers pinyin only when the dictionary was given", () => {
    const plain = createSnippetIndex(builtinSnippets);
    expect(plain.hasPinyin).toBe(false);
    expect(index.hasPinyin).toBe(true);
    expect(plain.search("lilun")).toEqual([]);
    expect(plain.search("理论学习").length).toBe(index.search("理论学习").length);
  });
});

describe("filters, listing and boost", () => {
  it("filters by category, theme, part and team", () => {
    const byCategory = index.search("学习", { category: "整改措施" });
    expect(byCategory.length).toBeGreaterThan(0);
    expect(byCategory.every((s) => s.category === "整改措施")).toBe(true);
    const byTheme = index.search("", { theme: "勤俭节约", part: "problems" });
    expect(byTheme.length).toBeGreaterThanOrEqual(6);
    expect(byTheme.every((s) => s.themes.includes("勤俭节约") && s.part === "problems")).toBe(true);
    const team = index.search("", { team: true });
    expect(team.length).toBeGreaterThan(0);
    expect(team.every((s) => s.team)).toBe(true);
    expect(index.search("", { team: false }).some((s) => s.team)).toBe(false);
  });

  it("lists the whole library in category order for an empty query, honouring the limit", () => {
    const all = index.search("  ");
    expect(all.length).toBe(builtinSnippets.length);
    const ranks = all.map((s) => SNIPPET_CATEGORIES.indexOf(s.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(index.search("", { limit: 5 }).length).toBe(5);
  });

  it("lets favourites rise within their relevance tier but not above a better match", () => {
    const small = createSnippetIndex([
      fixture("prefix", "群众路线意识", "无关正文。"),
      fixture("a", "其他标题", "贯彻群众路线。"),
      fixture("b", "另一标题", "践行群众路线。"),
    ]);
    expect(small.search("群众路线").map((s) => s.id)).toEqual(["prefix", "a", "b"]);
    const favourite = (id: string): number => (id === "b" ? 100 : 0);
    expect(small.search("群众路线", { boost: favourite }).map((s) => s.id)).toEqual(["prefix", "b", "a"]);
    expect(small.search("", { boost: favourite }).map((s) => s.id)[0]).toBe("b");
  });
});

describe("for here", () => {
  it("offers the part's snippets of the aspect's theme first, then generic ones, no other themes", () => {
    const here = forHere(builtinSnippets, { part: "measures", theme: "组织生活" });
    expect(here.length).toBeGreaterThanOrEqual(6);
    expect(here.every((s) => s.part === "measures" && s.themes.includes("组织生活"))).toBe(true);
    expect(here[0]?.themes[0]).toBe("组织生活");
  });

  it("maps an aspect heading to themes", () => {
    expect(guessThemes("学懂弄通做实新思想")[0]).toBe("理论学习");
    expect(guessThemes("严守政治纪律和政治规矩")[0]).toBe("政治忠诚");
    expect(guessThemes("扛起管党治党责任")[0]).toBe("管党治党责任");
    const here = forHere(builtinSnippets, { part: "problems", theme: "学懂弄通做实新思想" });
    expect(here[0]?.themes).toContain("理论学习");
  });

  it("falls back to the whole part when the aspect is unknown", () => {
    const problems = builtinSnippets.filter((s) => s.part === "problems");
    expect(forHere(builtinSnippets, { part: "problems", theme: "天气情况" })).toEqual(problems);
    expect(forHere(builtinSnippets, { part: "problems" })).toEqual(problems);
  });
});
