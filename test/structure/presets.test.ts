import { check } from "../../src/core/check";
import { buildSkeleton, openingSentence, SLOT } from "../../src/core/compose/skeleton";
import { customTemplate, findTemplate, templates, titleYear } from "../../src/core/compose/templates";
import { DATE } from "./helpers";

/** Each preset's aspect headings as the skeleton writes them: the notices' wording, 、 and 带头 kept. */
const HEADINGS: Record<string, string[]> = {
  "2021-party-history": ["坚定理想信念方面", "增强历史自觉方面", "弘扬优良传统方面", "加强党性锤炼方面"],
  "2021-organization-life": [
    "对照党中央和习近平总书记的号召和要求方面",
    "对照新时代合格党员标准方面",
    "对照入党誓词方面",
    "对照革命先辈和先进典型方面",
  ],
  "2022-organization-life": [
    "政治信仰方面",
    "党员意识方面",
    "理论学习方面",
    "能力本领方面",
    "作用发挥方面",
    "纪律作风方面",
  ],
  "2022-democratic-life": [
    "带头深刻领悟“两个确立”的决定性意义方面",
    "带头学习贯彻习近平新时代中国特色社会主义思想方面",
    "带头贯彻落实党中央决策部署方面",
    "带头践行以人民为中心的发展思想方面",
    "带头发扬斗争精神方面",
    "带头落实全面从严治党政治责任方面",
  ],
  "2023-theme-education-democratic-life": [
    "理论学习方面",
    "政治素质方面",
    "能力本领方面",
    "担当作为方面",
    "工作作风方面",
    "廉洁自律方面",
  ],
  "2023-theme-education-democratic-life-five": [
    "带头旗帜鲜明讲政治方面",
    "带头学懂弄通做实习近平新时代中国特色社会主义思想方面",
    "带头贯彻党中央决策部署方面",
    "带头践行宗旨为民造福方面",
    "带头履行全面从严治党责任方面",
  ],
  "2023-theme-education-organization-life": [
    "学习贯彻党的创新理论情况",
    "党性修养提高情况",
    "联系服务群众情况",
    "发挥先锋模范作用情况",
  ],
  "2024-democratic-life": [
    "带头严守政治纪律和政治规矩，维护党的团结统一方面",
    "带头增强党性、严守纪律、砥砺作风方面",
    "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面",
    "带头履行全面从严治党政治责任方面",
  ],
  "2024-organization-life": [
    "政治纪律方面",
    "组织纪律方面",
    "廉洁纪律方面",
    "群众纪律方面",
    "工作纪律方面",
    "生活纪律方面",
  ],
  "2025-eight-rules-organization-life": [
    "学习贯彻中央八项规定精神方面",
    "反对“四风”特别是违规吃喝方面",
    "纪律规矩方面",
    "联系服务群众方面",
  ],
  "2025-democratic-life": [
    "带头强化政治忠诚、提高政治能力方面",
    "带头固本培元、增强党性方面",
    "带头敬畏人民、敬畏组织、敬畏法纪方面",
    "带头干事创业、担当作为方面",
    "带头坚决扛起管党治党责任方面",
  ],
  "2025-organization-life": ["理论学习方面", "作风建设方面", "担当作为方面", "纪律规矩方面"],
  "2026-democratic-life": [
    "树立和践行正确政绩观方面",
    "立党为公、为民造福方面",
    "科学决策、真抓实干方面",
    "锲而不舍落实中央八项规定精神方面",
    "履行全面从严治党政治责任方面",
  ],
  "2026-organization-life": [
    "学习贯彻党的创新理论方面",
    "践行为民宗旨方面",
    "立足岗位真抓实干方面",
    "严守纪律规矩方面",
  ],
};

const headingsOf = (id: string) =>
  buildSkeleton(findTemplate(id)!, { variant: "personal", date: DATE })
    .filter((b) => b.role === "level2" && !/^（[一二三四五六七八九]）【/.test(b.text))
    .map((b) => b.text.replace(/^（[一二三四五六七八九十]+）/, ""));

describe("presets in the notices' wording", () => {
  it("has a heading fixture for every preset", () => {
    expect(Object.keys(HEADINGS).sort()).toEqual(templates.map((t) => t.id).sort());
  });

  it.each(Object.entries(HEADINGS))("%s: the aspect headings", (id, headings) => {
    expect(headingsOf(id)).toEqual(headings);
  });

  it("names where every list comes from", () => {
    for (const t of templates) expect(t.source?.length ?? 0).toBeGreaterThan(4);
  });

  it("lists aspects that hold their own 、 or ，with ； in the opening, so the list still reads", () => {
    const text = openingSentence(findTemplate("2024-democratic-life")!, "personal");
    expect(text).toContain(
      "对照带头严守政治纪律和政治规矩，维护党的团结统一；带头增强党性、严守纪律、砥砺作风；" +
        "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新；带头履行全面从严治党政治责任等4个方面",
    );
    expect(openingSentence(findTemplate("2022-organization-life")!, "personal")).toContain(
      "对照政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风6个方面",
    );
  });

  it("reads its own ；-list back: the opening announces as many aspects as the headings hold", () => {
    const blocks = buildSkeleton(findTemplate("2025-democratic-life")!, { variant: "team", date: DATE });
    const { outline } = check(blocks.map((b) => ({ text: b.text })));
    expect(outline.announcedAspects?.count).toBe(5);
    expect(outline.aspects.map((a) => a.name)).toEqual(findTemplate("2025-democratic-life")!.aspects);
  });
});

describe("provisional and unconfirmed lists", () => {
  it("marks the 2026年度 entries provisional in the label and with a slot the check flags", () => {
    for (const id of ["2026-democratic-life", "2026-organization-life"]) {
      const t = findTemplate(id)!;
      expect(t).toMatchObject({ provisional: true, year: 2026 });
      expect(t.label).toContain("待通知发布后核对");
      const blocks = buildSkeleton(t, { variant: "personal", date: DATE });
      expect(blocks[2]).toEqual({ text: SLOT.provisional, role: "body" });
      const result = check(blocks.map((b) => ({ text: b.text })));
      expect(result.findings.some((f) => f.rule === "placeholder" && f.paragraph === 2)).toBe(true);
    }
  });

  it("asks the writer to check a list that no public notice confirmed", () => {
    const unconfirmed = templates.filter((t) => t.verify).map((t) => t.id);
    expect(unconfirmed).toEqual([
      "2022-democratic-life",
      "2025-eight-rules-organization-life",
      "2025-organization-life",
    ]);
    for (const id of unconfirmed) {
      expect(findTemplate(id)!.label).toContain("待核对");
      expect(buildSkeleton(findTemplate(id)!, { variant: "personal", date: DATE })[2]!.text).toBe(
        SLOT.verify,
      );
    }
    expect(
      buildSkeleton(findTemplate("2024-democratic-life")!, { variant: "personal", date: DATE })[2]!.text,
    ).not.toMatch(/核对/);
  });

  it("drops both marks once the writer edits the aspects", () => {
    const made = customTemplate(findTemplate("2026-democratic-life")!, ["树立和践行正确政绩观", "真抓实干"]);
    const template = "template" in made ? made.template : null;
    expect(template).toMatchObject({ custom: true, provisional: undefined, verify: undefined });
    const blocks = buildSkeleton(template!, { variant: "personal", date: DATE });
    expect(blocks.some((b) => b.text === SLOT.provisional || b.text === SLOT.verify)).toBe(false);
  });
});

describe("the study campaign's rectification", () => {
  it("adds a slot for the 八项规定 study to the 2025年度 meetings, after last year's rectification", () => {
    const blocks = buildSkeleton(findTemplate("2025-democratic-life")!, { variant: "personal", date: DATE });
    const at = blocks.findIndex((b) => b.text.startsWith("深入贯彻中央八项规定精神学习教育整改落实情况。【"));
    expect(at).toBeGreaterThan(blocks.findIndex((b) => b.text === SLOT.priorYear));
    expect(blocks.findIndex((b) => b.role === "level1")).toBeGreaterThan(at);
    const t2024 = buildSkeleton(findTemplate("2024-democratic-life")!, { variant: "personal", date: DATE });
    expect(t2024.some((b) => b.text.includes("学习教育整改落实情况"))).toBe(false);
  });
});

describe("the title year", () => {
  const t2025 = findTemplate("2025-democratic-life")!;

  it("is the preset's meeting year", () => {
    expect(titleYear(t2025, new Date(2026, 10, 28))).toBe(2025);
    expect(
      buildSkeleton(t2025, { variant: "personal", date: DATE, year: titleYear(t2025, DATE) })[0]!.text,
    ).toBe("2025年度民主生活会个人对照检查材料");
  });

  it("is the year under review for an edited template, not the year it was made from", () => {
    const made = customTemplate(t2025, ["带头强化政治忠诚", "带头树立和践行正确政绩观"]);
    const custom = "template" in made ? made.template : t2025;
    expect(titleYear(custom, new Date(2026, 10, 28))).toBe(2026);
    // 年度 meetings written in January to March review the year before.
    expect(titleYear(custom, new Date(2027, 0, 15))).toBe(2026);
    expect(titleYear(custom, new Date(2027, 3, 1))).toBe(2027);
    const title = buildSkeleton(custom, { variant: "personal", date: DATE, year: 2026 })[0]!.text;
    expect(title).toBe("2026年度民主生活会个人对照检查材料");
  });
});
