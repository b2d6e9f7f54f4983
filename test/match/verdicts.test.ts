import { candidatesFor, decisionFor, matchLinks, verdictsFor } from "../../src/core/check/match";
import type { Link, Outline } from "../../src/core/types";
import { outlineOf } from "./helpers";

function targetsOf(links: Link[], problem: string, kind: Link["kind"]): string[] {
  return links
    .filter((l) => l.problem === problem && l.kind === kind)
    .map((l) => l.target)
    .sort();
}

const verdicts = (outline: Outline, kind: Link["kind"], links = matchLinks(outline, [])) =>
  Object.fromEntries(verdictsFor(outline, kind, links));

const village = [
  "村“两委”干部值班制度落实不严。上半年有六个晚上值班室没有人，村民夜里报修自来水找不到人。",
  "村务公开不及时。村里修路的开支明细拖了三个月才上墙，群众在微信群里议论纷纷。",
  "对留守老人关心不够。全村四十多位独居老人，我上半年只走访了九户，群众反映见不到村干部。",
  "村集体经济增收办法不多。合作社的茶园去年亏损，村里群众分红比上年少了一半。",
];

describe("explicit references", () => {
  it("link the problem a measure names, and not the others it shares words with", () => {
    const outline = outlineOf({
      problems: village,
      causes: ["为民服务的意识淡了。把群众的小事当成可以慢慢办的事。"],
      measures: [
        "针对第3个问题，建立独居老人走访台账，村干部每人包联五户，每周上门一次，群众的事当天登记当天答复。",
        "重订村“两委”干部值班制度，值班电话上墙，值班情况每周在村里公示。",
        "村务开支每月公开，修路等项目完工后十日内上墙，接受群众监督。",
        "请农技站指导茶园管理，合作社分红方案年底前经村民代表会议通过。",
      ],
    });
    const links = matchLinks(outline, []);
    const byReference = links.filter((l) => l.target === "M1");
    expect(byReference.map((l) => [l.problem, l.source])).toEqual([["P3", "reference"]]);
    expect(byReference[0]?.evidence).toContain("明确引用：针对第3个问题");
  });

  it("link a measure that repeats a problem's quoted words", () => {
    const outline = outlineOf({
      problems: village,
      causes: ["为民服务的意识淡了。"],
      measures: [
        "重订村“两委”干部值班制度，值班电话上墙，值班情况每周在村里公示。",
        "村务开支每月公开，修路等项目完工后十日内上墙。",
      ],
    });
    expect(targetsOf(matchLinks(outline, []), "P1", "measure")).toEqual(["M1"]);
  });

  // When every measure says which problems it answers, the writer has drawn the map: a problem none names has
  // no measure, whatever words it shares with them.
  it("leave a problem no measure names without a measure when every measure names its problems", () => {
    const measures = [
      "针对第1个问题，重订村“两委”干部值班制度，值班电话上墙，值班情况每周在村里公示。",
      "针对第2、3个问题，村务开支每月公开，独居老人每周走访一次，群众的事当天登记。",
    ];
    const outline = outlineOf({ problems: village, causes: ["为民服务的意识淡了。"], measures });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P4", "measure")).toEqual([]);
    expect(verdicts(outline, "measure", links)).toMatchObject({ P1: "linked", P3: "linked", P4: "missing" });
    // One measure without a reference: the writer did not map them all, and P4 is judged by its words.
    const unmapped = outlineOf({
      problems: village,
      causes: ["为民服务的意识淡了。"],
      measures: [...measures, "合作社茶园请农技站指导，村集体经济分红方案年底前经群众代表会议通过。"],
    });
    expect(verdicts(unmapped, "measure").P4).toBe("linked");
  });
});

describe("broad causes", () => {
  const problems = [
    "理论学习不够系统。读原著计划一忙就搁下，全年读书笔记只有三篇。",
    "联系群众不够。到窗口听取办事群众意见只有两次，群众反映的排队问题拖了两个月。",
    "保密纪律执行不严。把一份内部文件拍照发到了工作群，事后才撤回。",
  ];
  const measures = ["每月精读原著一章，读书笔记全年不少于十二篇。", "每周到窗口值班半天，群众意见当周答复。"];

  // 除了客观原因外 speaks of causes, not of a problem: it sets nothing aside.
  it.each([
    ["their wording says so", problems, "上述问题的根源在于党性修养有所放松。对自己要求不严，满足于过得去。"],
    [
      "they set aside causes, not a problem",
      [...problems.slice(0, 2), "调研走访偏少。工作任务重的时候，客观上就把下基层往后放。"],
      "以上问题的产生，除了工作任务重等客观原因外，根本在于党性修养有所放松。",
    ],
  ])("cover every problem when %s", (_, listed, broad) => {
    const outline = outlineOf({ problems: listed, causes: [broad, "学习的自觉性不强。"], measures });
    const links = matchLinks(outline, []);
    for (const problem of ["P1", "P2", "P3"]) expect(targetsOf(links, problem, "cause")).toContain("C1");
  });

  it("do not cover a problem nothing explains because they speak of the 总开关", () => {
    const outline = outlineOf({
      problems,
      causes: [
        "理想信念这个“总开关”拧得不够紧。读原著浅尝辄止，理论学习没有系统计划，把学习当成软任务。",
        "群众观点淡化。对窗口办事群众的意见不够重视，把群众的急事当成可以慢慢办的事。",
      ],
      measures,
    });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P3", "cause")).toEqual([]);
    expect(verdicts(outline, "cause", links).P3).toBe("missing");
  });

  // The writer says the broad cause does not speak for one problem: it is no link, and the problem is missing.
  it.each([
    ["by its number", "除第3个问题外，上述问题的根源在于党性修养有所放松。对自己要求不严，满足于过得去。"],
    [
      "by its words",
      "以上问题，除了内部文件拍照那件事另当别论，其余的根源都在于党性修养有所放松，满足于过得去。",
    ],
    ["by its number in a list", "除问题3以外，前面查摆的这些问题，归根结底是党性修养放松了。"],
  ])("leave out the problem they set aside %s", (_, broad) => {
    const outline = outlineOf({ problems, causes: [broad, "学习的自觉性不强。"], measures });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P1", "cause")).toContain("C1");
    expect(targetsOf(links, "P2", "cause")).toContain("C1");
    expect(targetsOf(links, "P3", "cause")).toEqual([]);
    expect(verdicts(outline, "cause", links).P3).toBe("missing");
  });

  it("set nothing aside for 除特殊情况外 or outside broad wording", () => {
    const outline = outlineOf({
      problems,
      causes: ["上述问题的根源在于党性修养有所放松，除特殊情况外都能找到理由推脱。", "学习的自觉性不强。"],
      measures: [
        "针对上述问题，除出差外每周到窗口值班半天，内部文件一律不进工作群。",
        "除了读原著以外，每月再读一本党史著作，读书笔记全年不少于十二篇。",
      ],
    });
    const links = matchLinks(outline, []);
    for (const problem of ["P1", "P2", "P3"]) {
      expect(targetsOf(links, problem, "cause")).toContain("C1");
      expect(targetsOf(links, problem, "measure")).toContain("M1");
    }
  });
});

describe("three verdicts", () => {
  const outline = outlineOf({
    problems: [
      "读原著坚持不好。读书笔记全年只写了五篇，读书计划一忙就搁下。",
      "研讨发言准备不充分。交流研讨时照着稿子念，心得体会写得空。",
      "公车使用登记不规范。有三次出车没有登记去向。",
    ],
    causes: [
      "读书学习的劲头衰减。把读原著当成额外负担，读书计划让位于日常事务。",
      "理论武装不够自觉。满足于浅尝辄止，学思践悟不够。",
    ],
    measures: [
      "重订读书计划。每月精读原著一章，读书笔记全年不少于十二篇。",
      "研讨前先写提纲。交流研讨不念稿，心得体会写出自己的问题。",
    ],
  });
  const links = matchLinks(outline, []);

  it("link what shares words of note, and warn only where nothing speaks for any target", () => {
    expect(targetsOf(links, "P1", "cause")).toEqual(["C1"]);
    expect(targetsOf(links, "P2", "measure")).toEqual(["M2"]);
    expect(verdicts(outline, "measure", links)).toEqual({ P1: "linked", P2: "linked", P3: "missing" });
  });

  it("call a problem uncertain when a target shares only its theme, and name that target", () => {
    expect(targetsOf(links, "P2", "cause")).toEqual([]);
    expect(verdicts(outline, "cause", links).P2).toBe("uncertain");
    expect(candidatesFor(outline, outline.problems[1]!, "cause")[0]?.target.id).toBe("C2");
  });

  it("turn uncertain into linked once the writer confirms the closest target", () => {
    const decision = decisionFor(outline.problems[1]!, outline.causes[1]!, "confirm");
    const confirmed = matchLinks(outline, [decision]);
    expect(confirmed.find((l) => l.problem === "P2" && l.target === "C2")?.source).toBe("confirmed");
    expect(verdicts(outline, "cause", confirmed).P2).toBe("linked");
  });
});

describe("roots and symptoms", () => {
  it("link a cause whose lead names the root of the symptom the problem's lead shows, and say so", () => {
    const outline = outlineOf({
      problems: [
        "读原著坚持不好。读书笔记全年只写了五篇，读书计划一忙就搁下。",
        "遇到难题有畏难情绪。老旧小区加装电梯的协调工作，我拖了半年没有推进。",
      ],
      causes: [
        "读书学习的劲头衰减。把读原著当成额外负担，读书计划让位于日常事务。",
        "担当精神弱化。怕矛盾、怕得罪人，瞻前顾后，缺少迎难而上的劲头。",
      ],
      measures: ["每月精读原著一章。", "老旧小区加装电梯年内推进三处。"],
    });
    const links = matchLinks(outline, []);
    expect(targetsOf(links, "P2", "cause")).toEqual(["C2"]);
    expect(links.find((l) => l.problem === "P2" && l.target === "C2")?.evidence.join("；")).toContain(
      "担当作为",
    );
  });
});

describe("pairs scored", () => {
  it("only for targets that share a word or a theme with the problem", () => {
    const outline = outlineOf({
      problems: ["公车使用登记不规范。有三次出车没有登记去向。"],
      causes: ["对八项规定的认识有偏差。"],
      measures: ["每月精读原著一章，读书笔记全年不少于十二篇。", "公车出车一律登记去向和里程，每月公示。"],
    });
    expect(candidatesFor(outline, outline.problems[0]!, "measure").map((c) => c.target.id)).toEqual(["M2"]);
  });

  it("at most a few per problem however many targets share its words", () => {
    const outline = outlineOf({
      problems: ["窗口排队时间长。办事群众平均要等四十分钟。"],
      causes: ["作风不实。"],
      measures: Array.from(
        { length: 300 },
        (_, i) => `第${i + 1}项：窗口排队叫号系统升级，等候时间压到${i + 10}分钟以内。`,
      ),
    });
    expect(candidatesFor(outline, outline.problems[0]!, "measure").length).toBeLessThanOrEqual(6);
  });
});
