/** A short fictional report (own words) as simulated Word paragraphs. */
import type { HostParagraph } from "../../src/preview/host";

export const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料", styleBuiltIn: "Title" },
  { text: "按照支部通知要求，我对照三个方面认真查找了自身不足，现汇报如下：" },
  { text: "一、存在的主要问题", styleBuiltIn: "Heading1" },
  { text: "（一）理论学习方面", styleBuiltIn: "Heading2" },
  {
    text: "学习计划执行不严格。今年原定每周两次的自学，有五周没有完成。",
    isListItem: true,
    listString: "1.",
  },
  {
    text: "调研深度不够。走访青禾社区只看了台账，没有与居民面对面交流。",
    isListItem: true,
    listString: "2.",
  },
  { text: "" },
  { text: "二、问题产生的原因", styleBuiltIn: "Heading1" },
  { text: "（一）学习的主动性有所减弱。把业务工作当作硬任务，把学习当作软任务。" },
  { text: "姓名", tableNestingLevel: 1 },
  { text: "三、整改措施", styleBuiltIn: "Heading1" },
  { text: "（一）每月至少读完一本理论书籍，年底前交两篇心得。" },
  { text: "李明远" },
  { text: "2026年11月20日" },
];

/** ~300 pages: `n` paragraphs of ordinary body text, every tenth a numbered list item. */
export function bigDocument(n: number): HostParagraph[] {
  const out: HostParagraph[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      i % 10 === 0
        ? { text: `第${i}段：按期完成整改任务并记录台账。`, isListItem: true, listString: `${i / 10 + 1}.` }
        : { text: `第${i}段：深入基层了解群众诉求，把问题解决在萌芽状态，每季度回访一次。` },
    );
  }
  return out;
}
