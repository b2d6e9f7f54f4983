/**
 * Words in an aspect heading (方面) that point to a snippet theme. Notices paraphrase the prescribed
 * aspects every year, so the pane maps the heading to themes through these words. Data only.
 */
import type { SnippetTheme } from "./taxonomy";

export const ASPECT_KEYWORDS: Readonly<Record<SnippetTheme, readonly string[]>> = {
  理论学习: ["理论学习", "理论", "学习", "新思想", "创新理论", "学懂弄通", "全会精神", "学思想"],
  政治忠诚: [
    "政治忠诚",
    "政治信仰",
    "政治素质",
    "政治能力",
    "政治纪律",
    "政治规矩",
    "全面领导",
    "两个确立",
    "两个维护",
    "忠诚",
  ],
  党性修养: ["党性修养", "党性", "党员意识", "固本培元", "理想信念", "初心使命"],
  宗旨意识与群众工作: ["宗旨", "群众", "人民", "为民", "服务群众", "群众纪律"],
  担当作为: ["担当", "作为", "担责", "履职尽责", "干事创业", "作用发挥", "先锋模范", "先锋作用"],
  纪律规矩与廉洁: ["纪律", "规矩", "廉洁", "清正", "法纪", "廉洁纪律", "守纪"],
  作风与形式主义官僚主义: ["作风", "形式主义", "官僚主义", "四风", "工作纪律"],
  勤俭节约: ["勤俭", "节约", "节俭", "生活纪律", "过紧日子"],
  能力本领与创新: ["能力本领", "能力", "本领", "创新"],
  管党治党责任: ["管党治党", "从严治党", "主体责任", "治党"],
  组织生活: ["组织生活", "三会一课", "组织纪律", "党内政治生活"],
};
