import type { Rule, RuleFinding } from "../../types";

/** How many of the glued numbers the message names before 等. */
const NAMED = 4;

export const gluedStructure: Rule = {
  id: "glued-structure",
  category: "structure",
  severity: "warning",
  name: "标题条目连成一段",
  check({ outline }): RuleFinding[] {
    return outline.glued.map((g) => {
      const numbers = g.numbers.slice(1).map((n) => `“${n?.raw.trim() ?? ""}”`);
      const named = numbers.slice(0, NAMED).join("") + (numbers.length > NAMED ? "等" : "");
      const first = g.numbers[1];
      return {
        paragraph: g.paragraph,
        offset: g.breaks[0]!,
        length: first ? first.length - first.offset : 0,
        split: g.breaks,
        message:
          `这一段里还连着写了${numbers.length}个标题或条目（${named}），多半是粘贴时丢了分段。` +
          `检查已按${numbers.length + 1}段来读；请在这些编号前分段（“分段”只在编号前插入段落标记，文字不变），` +
          `让每个标题、每个条目各占一段，排版、编号和定位才准确。`,
      };
    });
  },
};
