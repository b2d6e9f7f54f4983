/** The usual wordings of the three part headings; the first of each is the default. Data only. */

export const PART_HEADINGS = {
  problems: ["查摆存在的主要问题", "存在的主要问题", "对照检查情况"],
  causes: ["产生问题的原因剖析", "原因分析", "问题根源剖析"],
  measures: ["下一步努力方向和整改措施", "整改措施", "今后努力方向和改进措施"],
} as const;

/** The heading of the negative example case part (民主生活会 since 2024). */
export const CASE_STUDY_HEADING = "反面典型案例剖析";
