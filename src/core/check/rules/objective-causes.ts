import type { Rule } from "../../types";
import cues from "../detectors/cues.json";
import { hasSlots } from "../detectors/placeholders";

const objective = new RegExp(cues.objectiveCause, "g");
const subjective = new RegExp(cues.subjectiveCause);

/**
 * The cause analysis names only objective reasons (任务重, 人手少, 时间紧): reviewers send such reports back,
 * because the causes must be dug in the writer's own thinking (思想, 党性, 宗旨意识, 纪律意识, 政绩观).
 */
export const objectiveCausesRule: Rule = {
  id: "objective-causes",
  category: "wording",
  severity: "warning",
  name: "只讲客观原因",
  check({ outline }) {
    const part = outline.parts.find((p) => p.role === "causes");
    if (!part) return [];
    const text = outline.paragraphs
      .slice(part.start + 1, part.end)
      .map((p) => p.text)
      .join("\n");
    if (hasSlots(text) || subjective.test(text)) return [];
    const found = [...new Set([...text.matchAll(objective)].map((m) => m[0]))];
    if (found.length === 0) return [];
    return [
      {
        paragraph: part.paragraph,
        message:
          `原因剖析只讲了${found.map((w) => `“${w}”`).join("、")}等客观原因，没有从思想、党性、宗旨意识、纪律意识、` +
          `政绩观等主观方面找根源。请把客观原因放在次要位置，重点剖析自己思想上的原因。`,
      },
    ];
  },
};
