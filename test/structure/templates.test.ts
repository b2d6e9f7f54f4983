import {
  aspectHeading,
  customTemplate,
  findTemplate,
  templates,
  validateAspects,
} from "../../src/core/compose/templates";

describe("templates", () => {
  it("ship the presets with their aspects, case study and prior-year flags", () => {
    const t2022 = findTemplate("2022-organization-life")!;
    expect(t2022.aspects).toEqual(["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"]);
    expect(t2022.meeting).toBe("组织生活会");
    expect(findTemplate("2025-democratic-life")).toMatchObject({ meeting: "民主生活会", caseStudy: true });
    expect(findTemplate("2024-democratic-life")!.aspects).toHaveLength(4);
    expect(findTemplate("2024-organization-life")!.aspects).toContain("廉洁纪律");
    // Typical cases were analysed from the 2023 主题教育 meetings on, in democratic-life meetings only.
    expect(templates.filter((t) => t.caseStudy).map((t) => t.id)).toEqual([
      "2023-theme-education-democratic-life",
      "2023-theme-education-democratic-life-five",
      "2024-democratic-life",
      "2025-democratic-life",
      "2026-democratic-life",
    ]);
    for (const t of templates) expect(t.caseStudy).toBe(t.meeting === "民主生活会" && t.year >= 2023);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(findTemplate("nope")).toBeUndefined();
    for (const t of templates) expect(validateAspects(t.aspects)).toEqual([]);
  });

  it("write headings with 方面 unless the name ends in 情况", () => {
    expect(aspectHeading("理论学习")).toBe("理论学习方面");
    expect(aspectHeading("党性修养提高情况")).toBe("党性修养提高情况");
  });
});

describe("custom aspects", () => {
  const base = findTemplate("2022-organization-life")!;

  it("accept an edited list and drop a typed 方面", () => {
    const made = customTemplate(base, ["理论学习方面", " 担当作为 ", "廉洁自律"]);
    expect("template" in made && made.template).toMatchObject({
      aspects: ["理论学习", "担当作为", "廉洁自律"],
      custom: true,
      meeting: "组织生活会",
    });
  });

  it("refuse an empty list", () => {
    expect(validateAspects([])).toEqual([expect.stringContaining("至少填写1个方面")]);
    expect(validateAspects(["", "  "])[0]).toContain("至少填写1个方面");
  });

  it("refuse 30 entries", () => {
    const many = Array.from({ length: 30 }, (_, i) => `第${i + 1}项检视内容`);
    const errors = validateAspects(many);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("现在有30个，最多20个");
  });

  it("refuse duplicates, too short and too long names, saying which", () => {
    const errors = validateAspects(["理论学习", "学", "理论学习方面", "很".repeat(41)]);
    expect(errors).toEqual([
      expect.stringContaining("第2个方面“学”太短"),
      expect.stringContaining("第3个方面“理论学习”与第1个方面重复"),
      expect.stringContaining("第4个方面"),
    ]);
    expect(errors[2]).toContain("41个字");
    const made = customTemplate(base, ["理论学习", "理论学习"]);
    expect("errors" in made && made.errors).toHaveLength(1);
  });
});
