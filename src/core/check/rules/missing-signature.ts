/**
 * missing-signature: no signature, or no date.
 *
 * Why: the signature and the date say who answers for the report and when; the 整改清单 takes its responsible
 * person from the signature.
 *
 * WRONG: the report ends with the last measure
 * RIGHT: the name (or 城建科科长 林某, or ××党支部班子) on its own line, then the date: 2025年3月5日
 */
import { firstContent, lastContent } from "../../outline/queries";
import type { Rule, RuleContext, RuleFinding } from "../../types";

export const missingSignatureRule: Rule = {
  id: "missing-signature",
  name: "署名和日期",
  category: "structure",
  severity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  if (firstContent(outline) < 0 || (outline.signature && outline.date)) return [];
  const last = lastContent(outline);
  let message: string;
  if (!outline.signature && !outline.date) {
    message =
      "缺少署名和日期：正文结束后应另起一行署名（个人写姓名，班子写“××领导班子”），再下一行写日期，如“2025年3月5日”。";
  } else if (!outline.signature) {
    message = "缺少署名：日期上方应另起一行写上姓名（班子材料写“××领导班子”）。";
  } else {
    message = "缺少日期：署名下方应另起一行写上日期，用阿拉伯数字、不补零，如“2025年3月5日”。";
  }
  return [{ paragraph: last, message }];
}
