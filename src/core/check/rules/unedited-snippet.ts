/**
 * unedited-snippet: an item that is one of the phrase library's snippets with its slots left out or filled with a word or two.
 *
 * An item holding at least 85% of a library snippet's fixed text and at most 10 characters of its own per
 * slot. A snippet whose 【…】 slots still show is left to `placeholder`.
 *
 * Why: a stock phrase fits anyone; reviewers want the writer's own matter (见人见事见思想).
 *
 * WRONG: 迎难而上的勇气不够足，遇到复杂问题有畏难情绪。对涉及多方利益、历史遗留的难点问题，推进时瞻前顾后……
 * RIGHT: the same lead, then the writer's own matter: 比如今年4月幸福里小区3号楼的加装电梯方案，我拖了两个多月……
 */
import type { Rule } from "../../types";
import { itemLabel } from "../item-label";
import { titleSpan } from "../detectors/item-text";

export const uneditedSnippetRule: Rule = {
  id: "unedited-snippet",
  category: "wording",
  severity: "info",
  name: "短语未改写",
  check({ outline, options }) {
    const snippets = options.compare?.snippets;
    if (!snippets) return [];
    return snippets.unedited(outline).map(({ item, echo }) => ({
      ...titleSpan(outline, item),
      items: [item.id],
      echo,
      message:
        `${itemLabel(item)}基本就是${echo.source}中的${echo.label}，需要填写的地方没有写出自己的内容。` +
        "短语只是参考，请补上本人的具体事例、时间和数字，让它成为自己的话。",
    }));
  },
};
