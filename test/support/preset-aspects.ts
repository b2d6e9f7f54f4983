/** The six aspect headings 插入完整框架 writes for 2022年度组织生活会（六个方面）, in the notice's order and wording. */
export const ASPECTS_2022 = [
  "（一）政治信仰方面",
  "（二）党员意识方面",
  "（三）理论学习方面",
  "（四）能力本领方面",
  "（五）作用发挥方面",
  "（六）纪律作风方面",
];
