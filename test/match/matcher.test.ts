import { candidatesFor, decisionFor, matchLinks, verdictsFor } from "../../src/core/check/match";
import type { Link, Outline } from "../../src/core/types";
import { outlineOf } from "./helpers";

function targetsOf(links: Link[], problem: string, kind: Link["kind"]): string[] {
  return links
    .filter((l) => l.problem === problem && l.kind === kind)
    .map((l) => l.target)
    .sort();
}

const study = "读书学习不够系统。本年度自学笔记只写了五篇，读原著坚持不下来，学习强国多是碎片化浏览。";
const masses = "走访困难职工不够经常。车间夜班职工反映食堂只有冷饭，拖了两个月才解决，职工意见很大。";
const feast = "生活上讲排场。女儿升学宴办了二十桌，选了市里最贵的酒店，花销超出家庭收入水平。";

describe("matchLinks", () => {
  it("links a measure to the problems it names explicitly, even without shared words", () => {
    const outline = outlineOf({
      problems: [study, masses],
      causes: ["理论学习的自觉性不强。把自学当成软任务，读原著的计划一忙就搁下。"],
      measures: [
        "针对问题2，建立夜班诉求台账，三天内答复，每月跟一次夜班。",
        "每月精读原著一章，读书笔记全年不少于十二篇。",
      ],
    });
    const links = matchLinks(outline, []);
    const reference = links.find((l) => l.problem === "P2" && l.target === "M1");
    expect(reference?.source).toBe("reference");
    expect(reference?.evidence).toContain("明确引用：针对问题2");
    expect(targetsOf(links, "P1", "measure")).toEqual(["M2"]);
  });

  // A shared theme alone never links (no shared word, no order, no cause at the same place): the pair is named
  // as the closest candidate instead, for the writer to confirm.
  it("does not link a problem and a measure that share only a theme, and names the measure as uncertain", () => {
    const outline = outlineOf({
      problems: [study, feast],
      causes: ["理论学习的自觉性不强。把自学当成软任务。", "艰苦奋斗的本色淡化。把奢华当体面，忘了节俭。"],
      measures: [
        "每月精读原著一章，读书笔记全年不少于十二篇。",
        "过紧日子。家中大小事务一律从简，不搞大操大办，不比阔气。",
        "建立夜班职工诉求台账，三天内答复。",
      ],
    });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P2", "measure")).toEqual([]);
    expect(verdictsFor(outline, "measure", links).get("P2")).toBe("uncertain");
    const [closest] = candidatesFor(outline, outline.problems[1]!, "measure");
    expect(closest?.target.id).toBe("M2");
    expect(closest?.themes).toContain("勤俭节约与享乐主义");
    expect(closest?.words).toEqual([]);
  });

  it("lets one broad cause explain every problem", () => {
    const outline = outlineOf({
      problems: [study, masses, feast],
      causes: ["党性修养放松是总根子。归结起来，是世界观、人生观、价值观这个总开关拧得不够紧。"],
      measures: ["每月精读原著一章。", "建立夜班职工诉求台账。", "家中大小事务一律从简，不讲排场。"],
    });
    const links = matchLinks(outline, []);
    for (const problem of ["P1", "P2", "P3"]) expect(targetsOf(links, problem, "cause")).toEqual(["C1"]);
  });

  it("links many problems to many measures", () => {
    const outline = outlineOf({
      problems: [
        "读原著不够系统。自学计划一忙就搁下，读书笔记只写了五篇。",
        "理论联系实际不够。学了城市更新的培训内容，没有转化成养护办法。",
        "回应市民报修不及时。路灯报修拖了三天才派单，市民意见较大。",
        "听取居民意见少。管网改造没有开居民座谈会，停水安排给老人带来不便。",
      ],
      causes: ["学用结合意识淡薄。把读原著、参加培训当任务，没有当成解决养护难题的钥匙。"],
      measures: [
        "制定读原著和培训转化清单。每月精读一章原著，每季度把一项培训内容转化为养护办法。",
        "建立报修限时办结和居民座谈机制。路灯报修当日派单，管网改造开工前召开居民座谈会。",
      ],
    });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P1", "measure")).toEqual(["M1"]);
    expect(targetsOf(links, "P2", "measure")).toEqual(["M1"]);
    expect(targetsOf(links, "P3", "measure")).toEqual(["M2"]);
    expect(targetsOf(links, "P4", "measure")).toEqual(["M2"]);
  });

  it("does not link a problem nobody answers", () => {
    const outline = outlineOf({
      problems: [study, feast],
      causes: ["理论学习的自觉性不强。把自学当成软任务，读原著的计划一忙就搁下。", "学习方法单一。"],
      measures: ["每月精读原著一章，读书笔记全年不少于十二篇。", "学习强国每天坚持系统学习。"],
    });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P2", "cause")).toEqual([]);
    expect(targetsOf(links, "P2", "measure")).toEqual([]);
  });

  describe("writer's decisions", () => {
    const base = (numberShift: number, edit = false): Outline =>
      outlineOf({
        problems: [study, masses, feast].map((text, i) => ({
          number: String(i + 1 + numberShift),
          text: edit && i === 2 ? text.replace("生活上讲排场。", "生活上爱讲排场。") : text,
        })),
        causes: ["理论学习的自觉性不强。", "艰苦奋斗的本色淡化。"],
        measures: ["每月精读原著一章，读书笔记不少于十二篇。", "建立夜班职工诉求台账，三天内答复。"],
      });

    it("adds a confirmed link that survives renumbering and a small edit of the title", () => {
      const original = base(0);
      const problem = original.problems[2]!;
      const measure = original.measures[1]!;
      expect(targetsOf(matchLinks(original, []), "P3", "measure")).not.toContain("M2");
      const decision = decisionFor(problem, measure, "confirm");
      const changed = base(4, true);
      expect(changed.problems[2]?.title).not.toBe(problem.title);
      const link = matchLinks(changed, [decision]).find((l) => l.problem === "P3" && l.target === "M2");
      expect(link?.source).toBe("confirmed");
    });

    it("drops a matched link the writer removed, and only that one", () => {
      const original = base(0);
      const before = matchLinks(original, []);
      expect(targetsOf(before, "P1", "measure")).toEqual(["M1"]);
      const decision = decisionFor(original.problems[0]!, original.measures[0]!, "remove");
      const after = matchLinks(base(2), [decision]);
      expect(targetsOf(after, "P1", "measure")).toEqual([]);
      expect(targetsOf(after, "P2", "measure")).toEqual(targetsOf(before, "P2", "measure"));
    });
  });
});
