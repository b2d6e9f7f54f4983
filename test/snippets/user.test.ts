import {
  exportSnippets,
  mergeSnippets,
  snippetSlots,
  validateImport,
  type ImportResult,
  type UserSnippet,
} from "../../src/core/snippets/user";

const NOW = "2026-11-28T09:00:00.000Z";

function own(id: string, text: string, extra: Partial<UserSnippet> = {}): UserSnippet {
  return {
    id,
    category: "整改措施",
    part: "measures",
    themes: [],
    title: "自拟措施",
    text,
    createdAt: NOW,
    source: "user",
    ...extra,
  };
}

function refused(result: ImportResult): string {
  if (result.ok) throw new Error("expected the import to be refused");
  return result.message;
}

function accepted(result: ImportResult): { snippets: UserSnippet[]; warnings: string[] } {
  if (!result.ok) throw new Error("expected the import to be accepted: " + result.message);
  return result;
}

const file = (entries: unknown[]): string =>
  JSON.stringify({ format: "duizhao-snippets", version: 1, snippets: entries });

describe("validateImport", () => {
  it("refuses text that is not JSON", () => {
    expect(refused(validateImport("这不是JSON文件"))).toContain("JSON");
    expect(refused(validateImport('{"snippets": [')).length).toBeGreaterThan(0);
  });

  it("refuses a 50 MB file before parsing it, naming the 1 MB limit", () => {
    const huge = "[" + " ".repeat(50 * 1024 * 1024) + "]";
    expect(refused(validateImport(huge))).toContain("1 MB");
  });

  it("counts UTF-8 bytes: 400,000 Chinese characters are over 1 MB", () => {
    const text = file([{ title: "长", text: "字".repeat(400_000), category: "开头" }]);
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(refused(validateImport(text))).toContain("1 MB");
  });

  it("refuses a wrong top-level shape", () => {
    expect(refused(validateImport("42"))).toContain("顶层");
    expect(refused(validateImport('"短语"'))).toContain("顶层");
    expect(refused(validateImport('{"items": []}'))).toContain("snippets");
    expect(refused(validateImport('{"format": "other-tool", "snippets": []}'))).toContain("format");
    expect(refused(validateImport('{"version": 9, "snippets": []}'))).toContain("版本");
  });

  it("names the entry and the field that is wrong", () => {
    const good = { title: "按月调研", text: "每月下基层调研2次。", category: "整改措施" };
    const missingText = refused(validateImport(file([good, { title: "缺正文", category: "整改措施" }])));
    expect(missingText).toContain("第 2 条");
    expect(missingText).toContain("text");
    const badCategory = refused(validateImport(file([{ ...good, category: "杂项" }])));
    expect(badCategory).toContain("第 1 条");
    expect(badCategory).toContain("category");
    expect(refused(validateImport(file([good, good, { ...good, themes: "理论学习" }])))).toMatch(
      /第 3 条.*themes/,
    );
    expect(refused(validateImport(file([{ ...good, team: "是" }])))).toContain("team");
    expect(refused(validateImport(file(["只有一句话"])))).toContain("第 1 条");
  });

  it("refuses markup in any text field, saying where", () => {
    const script = refused(
      validateImport(file([{ title: "正常", text: "学习<script>alert(1)</script>", category: "开头" }])),
    );
    expect(script).toContain("第 1 条");
    expect(script).toContain("text");
    expect(
      refused(validateImport(file([{ title: "<b>加粗</b>", text: "正文。", category: "开头" }]))),
    ).toContain("title");
    expect(
      refused(validateImport(file([{ title: "图", text: '<img src="x">', category: "开头" }]))),
    ).toContain("标记");
  });

  it("accepts angle brackets that are not markup and book-title marks", () => {
    const { snippets } = accepted(
      validateImport(
        file([{ title: "比较", text: "完成率 3 < 5 的单位要学习《条例》。", category: "查摆问题" }]),
      ),
    );
    expect(snippets[0]?.text).toContain("3 < 5");
  });

  it("accepts ordinary < and > in text: only tag-shaped markup is refused", () => {
    const { snippets } = accepted(
      validateImport(
        file([{ title: "比较", text: "完成率 a < b 且 c > d 的单位要补课。", category: "查摆问题" }]),
      ),
    );
    expect(snippets[0]?.text).toBe("完成率 a < b 且 c > d 的单位要补课。");
    expect(
      refused(validateImport(file([{ title: "链", text: "点<a href=x>这里</a>", category: "开头" }]))),
    ).toContain("网页标记");
  });

  it("takes only a numeric version", () => {
    expect(refused(validateImport('{"version": "99", "snippets": []}'))).toMatch(/version 字段.*应为数字/);
    expect(refused(validateImport('{"version": "1", "snippets": []}'))).toMatch(/应为数字/);
    expect(accepted(validateImport('{"version": 1, "snippets": []}')).snippets).toEqual([]);
  });

  it.each([
    ["NUL", "学习\u0000计划"],
    ["ESC", "学习\u001b[31m计划"],
    ["a lone high surrogate", "学习\ud83d计划"],
    ["a lone low surrogate", "学习\ude00计划"],
  ])("refuses %s in any field, saying which", (_label, bad) => {
    const text = refused(validateImport(file([{ title: "标题", text: bad, category: "开头" }])));
    expect(text).toMatch(/第 1 条短语的“text”字段含有控制字符或残缺的字符/);
    expect(
      refused(validateImport(file([{ title: "标题", text: "正文", category: "开头", themes: [bad] }]))),
    ).toContain("themes");
  });

  it("keeps line breaks, tabs and whole emoji", () => {
    const { snippets } = accepted(
      validateImport(file([{ title: "多行", text: "第一行\n\t第二行 👍", category: "开头" }])),
    );
    expect(snippets[0]?.text).toBe("第一行\n\t第二行 👍");
  });

  it("bounds every field, and quotes a refused value only in part", () => {
    const long = "x".repeat(100_000);
    expect(
      refused(validateImport(file([{ title: "标题", text: "正文", category: "开头", id: long }]))),
    ).toMatch(/“id”字段超过 64 个字符/);
    expect(refused(validateImport(file([{ title: long, text: "正文", category: "开头" }])))).toMatch(
      /“title”字段长达/,
    );
    const category = refused(validateImport(file([{ title: "标题", text: "正文", category: long }])));
    expect(category.length).toBeLessThan(200);
    const themes = Array.from({ length: 21 }, () => "理论学习");
    expect(
      refused(validateImport(file([{ title: "标题", text: "正文", category: "开头", themes }]))),
    ).toMatch(/最多 20 个/);
    const format = refused(validateImport(JSON.stringify({ format: long, snippets: [] })));
    expect(format.length).toBeLessThan(100);
    const dated = accepted(
      validateImport(
        file([{ title: "标题", text: "正文", category: "开头", createdAt: "2026-01-01" + " ".repeat(50) }]),
        {
          now: NOW,
        },
      ),
    );
    expect(dated.snippets[0]?.createdAt).toBe(NOW);
  });

  it("refuses more than 2,000 snippets", () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({
      title: "条",
      text: `第${i}条。`,
      category: "开头",
    }));
    expect(refused(validateImport(file(many)))).toContain("2000");
  });

  it("turns valid entries into user snippets, with warnings for what it had to adjust", () => {
    const { snippets, warnings } = accepted(
      validateImport(
        file([
          {
            title: "一个特别长的标题超过了十六个字的限制要截短",
            text: "每季度开展一次谈心谈话。",
            category: "整改措施",
            themes: ["组织生活", "天气"],
          },
          {
            id: "mine-1",
            title: "原因",
            text: "宗旨意识淡化。",
            category: "原因剖析",
            depth: "宗旨意识",
            team: true,
          },
        ]),
        { now: NOW },
      ),
    );
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toMatchObject({
      part: "measures",
      themes: ["组织生活"],
      source: "user",
      createdAt: NOW,
    });
    expect(Array.from(snippets[0]?.title ?? "").length).toBe(16);
    expect(snippets[1]).toMatchObject({ id: "mine-1", part: "causes", depth: "宗旨意识", team: true });
    expect(warnings.some((w) => w.includes("天气"))).toBe(true);
    expect(warnings.some((w) => w.includes("标题"))).toBe(true);
  });

  it("reads back exactly what exportSnippets wrote, version field included", () => {
    const list = [
      own("u1", "每月至少到联系点走访1次。", { themes: ["宗旨意识与群众工作"] }),
      own("u2", "年底前完成制度修订。", { team: true }),
    ];
    const text = exportSnippets(list);
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(accepted(validateImport(text)).snippets).toEqual(list);
  });

  it("gives entries without an id a stable one, unique within the file", () => {
    const entries = [
      { title: "甲", text: "每周学习一次。", category: "整改措施" },
      { id: "same", title: "乙", text: "每月总结一次。", category: "整改措施" },
      { id: "same", title: "丙", text: "每季度汇报一次。", category: "整改措施" },
    ];
    const first = accepted(validateImport(file(entries))).snippets.map((s) => s.id);
    const again = accepted(validateImport(file(entries))).snippets.map((s) => s.id);
    expect(new Set(first).size).toBe(3);
    expect(again).toEqual(first);
  });
});

describe("mergeSnippets", () => {
  it("merges duplicates by text, keeps every existing snippet, and counts both", () => {
    const existing = [own("a", "每月下基层调研2次，形成问题清单。"), own("b", "年底前完成台账清理。")];
    const incoming = [
      own("x", " 每月下基层调研2次,形成问题清单。 ", { themes: ["宗旨意识与群众工作"] }),
      own("c", "每季度开展一次警示教育。"),
      own("d", "每季度开展一次警示教育。"),
    ];
    const { snippets, added, merged } = mergeSnippets(existing, incoming);
    expect({ added, merged }).toEqual({ added: 1, merged: 2 });
    expect(snippets.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(snippets[0]?.text).toBe(existing[0]?.text);
    expect(snippets[0]?.themes).toEqual(["宗旨意识与群众工作"]);
    expect(existing[0]?.themes).toEqual([]); // the caller's list is not mutated
  });

  it("gives an incoming snippet a new id when its id is taken by a different text", () => {
    const { snippets, added } = mergeSnippets([own("a", "旧的内容。")], [own("a", "新的内容。")]);
    expect(added).toBe(1);
    expect(snippets.map((s) => s.text)).toEqual(["旧的内容。", "新的内容。"]);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(2);
  });
});

describe("snippetSlots", () => {
  it("returns each 【…】 slot with its offsets and label", () => {
    const text = "【时限】前完成，每月至少【次数】次。";
    const slots = snippetSlots(text);
    expect(slots.map((s) => s.label)).toEqual(["时限", "次数"]);
    for (const slot of slots) expect(text.slice(slot.start, slot.end)).toBe(`【${slot.label}】`);
    expect(snippetSlots("没有填空。")).toEqual([]);
  });
});
