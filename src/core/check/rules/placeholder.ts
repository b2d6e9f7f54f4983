/**
 * placeholder: template slots left unfilled.
 *
 * XX / ×× / xx, 20XX年, **, *年度, 2025年*月*日, ____, ○○ (not in 二〇〇八), □, and any 【…】 (the product's
 * own snippet slots). Span = the slot; no automatic fix.
 *
 * Why: a slot left in shows the text was taken from a template and never finished; such a report is sent back
 * unread.
 *
 * WRONG: 20XX年我参加主题党日的次数偏少，【此处写一件具体的事】。
 * RIGHT: 2025年我参加主题党日只有7次，其中两次因出差缺席且没有补学。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { paragraphFindings } from "../detectors/paragraph-hits";
import { findSlots } from "../detectors/placeholders";

export const placeholderRule: Rule = {
  id: "placeholder",
  name: "未填写的占位符",
  category: "wording",
  severity: "error",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return paragraphFindings(outline, findSlots, (slot, index) => ({
    message: slot.text.startsWith("【")
      ? `第${index + 1}段“${slot.text}”是模板留下的提示，尚未处理。请按提示写入实际内容，并删去整个【】部分。`
      : `第${index + 1}段“${slot.text}”是未填写的占位符。请替换为${slot.hint}。`,
  }));
}
