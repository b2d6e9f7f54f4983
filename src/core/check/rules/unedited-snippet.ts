import type { Rule } from "../../types";
import { itemLabel } from "../item-label";
import { titleSpan } from "../detectors/item-text";

/** An item that is one of the library's snippets with its slots left out or filled with a word or two. */
export const uneditedSnippet: Rule = {
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
