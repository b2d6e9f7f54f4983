/**
 * problem-without-cause: nothing in the report speaks for a cause of the problem (names the closest candidate
 * and why it was not enough).
 *
 * Causes explain problems and measures answer them, many to many. Each problem gets one of three verdicts per
 * kind. Linked: an explicit reference (针对问题3, 针对第3个问题, 对应上述第四条, 对应第（二）方面, 针对第（一）（二）方面,
 * 对应第（三）方面第二个问题, 针对工作作风方面的问题 with the aspect named by its words, or an item opening with
 * 第8个问题…; it links exactly the problems it names, and other word matches of that item then need stronger evidence), a broad item (its wording says it covers everything:
 * 上述问题的根源在于…, 针对以上问题…; or it is the only item of its part), or a pair the fitted model scores at or above its bar;
 * a pair needs a shared word of note, a shared quoted term (“两委”), the order or the cause at the same place to
 * link; a cause whose lead names a root and a problem whose lead shows one of its symptoms (宗旨意识 ↔ 对群众诉求回应慢, 担当 ↔
 * 拖延、畏难, 八项规定 ↔ 宴请、公车私用: match/root-symptoms.json) share a matter of note too, and the evidence says so
 * (原因所说的根源见于问题的表现). A shared theme alone never links, nor a broad word (学习, 会议, 材料, 业务, 数据…:
 * match/broad-words.json): such a pair is at most uncertain, named as the closest candidate; 总开关 or 理想信念 are a
 * theme, not a claim to explain everything. Uncertain (`uncertain-link`): no link, but a target has some evidence
 * (a shared word of note or theme). Missing (this warning): no link, and the fitted missing layer (which also
 * weighs whether any cause names a root the problem shows a symptom of) finds nothing that speaks for any target, or no target shares a word of note, a theme or the order. A problem about a
 * concrete matter (保密, 档案与卷宗, 报送与时限, 公车, 值班 …: match/lapse-domains.json) that no cause names at all is
 * not kept uncertain by a shared theme, and its warning says which matter it is (它讲的是“保密”这样的具体事项，现有各条原因都没有谈到).
 * The writer's own wording may leave a problem out: a broad item that sets it aside (除第8条外，上述问题的根源在于…;
 * 以上问题，除了花名册那件事另当别论，其余…: by its number, or by the words only that problem holds; 除了客观原因外 sets nothing aside) does not cover it,
 * and when every item of the part says which problems it answers (针对问题2…, 对应第（三）方面…), a problem none names
 * is left out. Such a problem is missing unless a strong pair links it, and the warning says why (原因（一）「…」写明把它
 * 除外; 各条措施都写明了针对哪些问题，没有一条针对它).
 *
 * The signals of a pair (shared words and character pairs weighted by rarity, how much of each lead sentence the
 * other holds, shared themes, a shared quoted term, the order, the cause a mirrored measure follows, a cause's
 * root meeting the problem's symptom, the cause's lead naming what the problem's aspect heading names) and the
 * bars are fitted by `npm run fit` on the fit split of the link corpus (test/fixtures/corpus, written apart from
 * the matcher and labelled twice) and stored as data in src/core/check/match/weights.json with the date, the split
 * and the fit split's scores; the missing layer and the bars are fitted on held-out problems (each writer
 * judged by layers fitted without that writer). To refit after changing a signal, a word list or a theme, or when reports join the corpus
 * (the folder and split.json are read as they are): `npm run fit`, then `npm run bench -- corpus --fit-only` to
 * read the fit split and its leave-one-writer-out cross-validation; the test split is for reporting only (`npm run
 * bench -- corpus` prints both splits and every file). Only pairs that share a word, a character pair, a theme or
 * a root and its symptom are scored, and each problem keeps its best few candidates, so time and memory grow with
 * the report.
 *
 * Why: every problem needs a cause and a measure: it is the first thing reviewers check, and a problem nobody
 * explains was listed without being thought through.
 *
 * WRONG: 5.勤俭节约意识淡化。比如聚餐时常点得过多。 — and no cause speaks of 节约, 享乐 or 艰苦奋斗
 * RIGHT: （三）艰苦奋斗的意识有所淡化，觉得生活条件好了，多点几个菜、浪费一点无关紧要。
 */
import { missingLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

export const problemWithoutCauseRule: Rule = {
  id: "problem-without-cause",
  name: "问题缺少原因剖析",
  category: "correspondence",
  severity: "warning",
  check: (ctx) => missingLinkFindings(ctx, "cause"),
};
