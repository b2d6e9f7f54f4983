import type { Item } from "../types";

/** How a reviewer names an item in a message: 问题5, 原因（二）, 措施（第3条） when it has no number. */
export function itemLabel(item: Item): string {
  const noun = item.kind === "problem" ? "问题" : item.kind === "cause" ? "原因" : "措施";
  if (item.number === "") return `${noun}（第${item.id.slice(1)}条）`;
  return /^[0-9０-９]+$/.test(item.number) ? `${noun}${item.number}` : `${noun}（${item.number}）`;
}

/** An item's lead sentence in a message: 「…」, cut after `max` characters. */
export function quote(title: string, max = 24): string {
  const text = title.trim();
  return `「${text.length > max ? `${text.slice(0, max)}……` : text}」`;
}
