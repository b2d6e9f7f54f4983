import type { Rule, RuleFinding } from "../../types";
import { findSlots } from "../detectors/placeholders";

/** Unfilled template slots left in the text (XX, ××, **, ____, 【…】, 20XX年 …). */
export const placeholderRule: Rule = {
  id: "placeholder",
  category: "wording",
  severity: "error",
  name: "未填写的占位符",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    outline.paragraphs.forEach((paragraph, index) => {
      for (const slot of findSlots(paragraph.text)) {
        const bracket = slot.text.startsWith("【");
        findings.push({
          paragraph: index,
          offset: slot.offset,
          length: slot.length,
          message: bracket
            ? `第${index + 1}段“${slot.text}”是模板留下的提示，尚未处理。请按提示写入实际内容，并删去整个【】部分。`
            : `第${index + 1}段“${slot.text}”是未填写的占位符。请替换为${slot.hint}。`,
        });
      }
    });
    return findings;
  },
};
