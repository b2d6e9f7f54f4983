/** Expected aspects (from the template or the opening's list) and fuzzy matching against aspect headings. */

const FILLER = /方面|情况|内容|问题|党的|等|在|的|上|[“”"'‘’《》（）()、，,。；;：:\s]/g;
const LEADING_NUMBER = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])/;

/** The aspect name reduced to its key characters ("在政治信仰方面" → "政治信仰"). */
export function aspectKey(text: string): string {
  return text.replace(LEADING_NUMBER, "").replace(FILLER, "");
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/** Share of the expected aspect's character bigrams the heading contains (1 when one contains the other). */
export function aspectSimilarity(expected: string, heading: string): number {
  const e = aspectKey(expected);
  const h = aspectKey(heading);
  if (!e || !h) return 0;
  if (h.includes(e) || e.includes(h)) return 1;
  const eb = bigrams(e);
  const hb = bigrams(h);
  let shared = 0;
  for (const b of eb) if (hb.has(b)) shared++;
  return shared / eb.size;
}

export const MATCH_THRESHOLD = 0.5;

const LIST_RE = /对照(?:检查)?(.{4,200}?)(?:等)?(?:[0-9０-９]+|[一二三四五六七八九十]+)个方面/;

/** "对照A、B和C3个方面" → ["A", "B", "C"]; null when the opening names no list. */
export function openingAspects(text: string): string[] | null {
  const m = LIST_RE.exec(text);
  if (!m?.[1]) return null;
  const parts = m[1].split(/[、，,；;]|”\s*“/).map((s) => s.replace(/[“”"]/g, "").trim());
  const last = parts.pop() ?? "";
  // Split the last entry at 和/及 only when both halves are aspects (坚持和加强… stays whole).
  const tail = /^(.{4,})(?:和|及|以及)(.{4,})$/.exec(last);
  if (tail?.[1] && tail[2]) parts.push(tail[1], tail[2]);
  else parts.push(last);
  const names = parts.filter((s) => aspectKey(s).length >= 2);
  return names.length >= 2 ? names : null;
}
