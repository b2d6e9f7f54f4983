/**
 * prior-measures-unreported: a measure of last year's report that this year's 上年度整改落实情况 does not report on (with last year's report).
 *
 * Each of last year's measures is looked for in this year's 上年度整改落实情况 part (a level-1 part of that
 * name, or the passage before the problems that starts speaking of last year's rectification); without such a
 * part, in the whole report except this year's own measures, and the report is told so once. A sentence
 * reports on a measure when it takes up enough of its telling words (the matcher's content words, less those
 * the report uses all over).
 *
 * Why: the meeting first reviews whether last year's promises were kept; a measure nobody reports on looks
 * forgotten.
 *
 * WRONG: last year: （三）建立个人廉洁风险台账…… — this year's 上年度整改落实情况 says nothing of it
 * RIGHT: （四）廉洁风险台账已经建立。全年有2次商户托人打听检查安排，我都当天向所领导报告并作了登记。
 */
import type { Rule, RuleFinding } from "../../types";

/** Short enough to read in a message: the lead sentence, cut. */
function quoted(text: string, max = 40): string {
  const lead = text.split(/(?<=[。；！？])|\n/)[0] ?? text;
  return lead.length > max ? lead.slice(0, max) + "…" : lead;
}

export const priorMeasuresUnreportedRule: Rule = {
  id: "prior-measures-unreported",
  category: "correspondence",
  severity: "warning",
  name: "上年度措施未交代",
  check({ outline, options }) {
    const lastYear = options.compare?.lastYear;
    if (!lastYear) return [];
    const report = lastYear.unreported(outline);
    if (report.total === 0) return [];
    const findings: RuleFinding[] = [];
    if (report.scope === "whole") {
      findings.push({
        paragraph: report.paragraph,
        message:
          `本年度材料没有“上年度整改落实情况”部分，而上年度材料提出了${report.total}条整改措施。` +
          "请在开头或“一、”之前补写一段，逐条说明去年的措施落实了什么、效果如何、哪些还没有到位。",
      });
    }
    const where = report.scope === "part" ? "本年度的整改落实情况部分" : "本年度材料";
    for (const { measure, echo } of report.measures) {
      findings.push({
        paragraph: report.paragraph,
        echo,
        message:
          `上年度的${echo.label}“${quoted(measure.text)}”在${where}中没有提到。` +
          "请说明这条措施落实了什么、效果如何；没有落实的，写明原因和下一步打算。",
      });
    }
    return findings;
  },
};
