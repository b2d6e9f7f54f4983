/**
 * glued-structure: several headings or items run together in one paragraph (pasted from a web page); read as
 * the paragraphs they would be, with 分段 as the fix.
 *
 * The check reads such a paragraph as the paragraphs it contains: a number starts a new one after a sentence,
 * a colon or a heading such as ……方面, and only when it continues the count of its level. Parts, problems and
 * links are then found as usual, and 定位 still selects the right characters. Numbers that enumerate inside
 * one entry (3.……主要表现：（1）……（2）……) or refer to another (针对问题4，……) stay where they are. The fix
 * 分段 inserts a paragraph mark before each of those numbers in Word and changes nothing else (refused when
 * the paragraph changed since the check); the 检查 tab offers it as the card's 分段 button and checks again.
 * The JSON report gives the offsets as `split`.
 *
 * Why: a report pasted from a web page or a chat often loses its paragraph marks; as one paragraph it cannot
 * be typeset, numbered or reviewed item by item.
 *
 * WRONG: ……现汇报如下：一、存在的主要问题（一）理论学习方面。1.学习不够系统。……2.……（二）工作作风方面。3.……
 * RIGHT: ……现汇报如下： / 一、存在的主要问题 / （一）理论学习方面 / 1.学习不够系统。…… / 2.…… (one paragraph each)
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";

export const gluedStructureRule: Rule = {
  id: "glued-structure",
  name: "标题条目连成一段",
  category: "structure",
  severity: "warning",
  check,
};

/** How many of the glued numbers the message names before 等. */
const NAMED = 4;

function check({ outline }: RuleContext): RuleFinding[] {
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
}
