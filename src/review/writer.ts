/** Who wrote a report: the signature's name, else what the file name says once the genre's words are gone. */
import type { Outline } from "../core/types";

const LABEL = /^(对照检查人|发言人|检查人|署名|签名|姓名)[：:]\s*/;
const GENRE_WORDS =
  /(20\d\d|二〇[一二三]\S)年?度?|组织生活会|民主生活会|专题|个人|对照检查|检视剖析|发言提纲|检视|检查|材料|发言|提纲|终稿|定稿|修改稿|副本|\(\d+\)|（\d+）/g;

function stem(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  return base.replace(/\.[^.]+$/, "");
}

export function writerOf(outline: Outline | null, file: string): string {
  const signed = outline?.signature?.text.replace(LABEL, "").replace(/[\s\u3000]+/g, "");
  // A signature line holding the date too (张三2025年12月1日) keeps only the name.
  if (signed) return signed.replace(/(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年.*$/, "") || signed;
  // Bracketed notes (（修改稿）, (2)) say which version, not who.
  const rest = stem(file)
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, " ")
    .replace(GENRE_WORDS, " ")
    .replace(/[-_—–·.\s]+/g, " ")
    .trim();
  return rest || stem(file);
}
