/** Hand-built outlines for the matcher tests, independent of the outline reader. */
import type { Item, ItemKind, Outline, Paragraph } from "../../src/core/types";
import { bareOutline } from "../support/bare-outline";

/** An item's text, or its number as written and its text. */
export type Entry = string | { number: string; text: string };

export interface OutlineSpec {
  aspects?: { name: string; problems: Entry[] }[];
  /** Problems without aspects. */
  problems?: Entry[];
  causes?: Entry[];
  measures?: Entry[];
  /** Leave a part out entirely (no heading, no items). */
  omit?: ("causes" | "measures")[];
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function lead(text: string): string {
  const match = /^[^。；！？]*[。；！？]?/.exec(text);
  return match ? match[0] : text;
}

/** Builds an outline whose paragraphs read like a report: headings, then one paragraph per item. */
export function outlineOf(spec: OutlineSpec): Outline {
  const paragraphs: Paragraph[] = [];
  const outline = bareOutline(paragraphs);
  const push = (text: string) => paragraphs.push({ text }) - 1;
  const item = (kind: ItemKind, index: number, number: string, body: string, aspect?: number): Item => {
    const paragraph = push(`${/^\d+$/.test(number) ? `${number}.` : `（${number}）`}${body}`);
    const id = `${kind === "problem" ? "P" : kind === "cause" ? "C" : "M"}${index + 1}`;
    return {
      id,
      kind,
      number,
      numbering: null,
      paragraph,
      start: paragraph,
      end: paragraph + 1,
      offset: 0,
      title: lead(body),
      text: body,
      ...(aspect !== undefined ? { aspect } : {}),
    };
  };

  let start = push("一、查摆存在的主要问题");
  const groups = spec.aspects ?? [{ name: "", problems: spec.problems ?? [] }];
  let count = 0;
  groups.forEach((group, a) => {
    if (spec.aspects) {
      const paragraph = push(`（${CN[a]}）${group.name}方面`);
      outline.aspects.push({
        paragraph,
        start: paragraph,
        end: paragraph + 1 + group.problems.length,
        heading: paragraphs[paragraph]?.text ?? "",
        number: null,
        name: group.name,
      });
    }
    for (const entry of group.problems) {
      const [number, body] =
        typeof entry === "string" ? [String(count + 1), entry] : [entry.number, entry.text];
      outline.problems.push(item("problem", count, number, body, spec.aspects ? a : undefined));
      count++;
    }
  });
  outline.parts.push({
    role: "problems",
    paragraph: start,
    start,
    end: paragraphs.length,
    heading: "一、查摆存在的主要问题",
    number: null,
  });

  const omit = new Set(spec.omit ?? []);
  let partNumber = 1;
  for (const role of ["causes", "measures"] as const) {
    if (omit.has(role)) continue;
    const heading = `${CN[partNumber++]}、${role === "causes" ? "产生问题的原因剖析" : "整改措施"}`;
    start = push(heading);
    const list = (role === "causes" ? spec.causes : spec.measures) ?? [];
    list.forEach((entry, i) => {
      const [number, body] =
        typeof entry === "string" ? [CN[i] ?? String(i + 1), entry] : [entry.number, entry.text];
      outline[role].push(item(role === "causes" ? "cause" : "measure", i, number, body));
    });
    outline.parts.push({ role, paragraph: start, start, end: paragraphs.length, heading, number: null });
  }
  outline.numbering = paragraphs.map(() => null);
  return outline;
}

const PART = /^\s*([一二三四五六七八九十]+)、(.*)$/;
const LEVEL2 = /^\s*[（(]([一二三四五六七八九十]+)[)）](.*)$/;
const LEVEL3 = /^\s*(\d+)[.．、](.*)$/;

/** A minimal reader for the well-formed fixture reports (one paragraph a line). */
export function specOfText(text: string): OutlineSpec {
  const spec: OutlineSpec = { aspects: [], causes: [], measures: [], omit: ["causes", "measures"] };
  let role: "problems" | "causes" | "measures" | "other" = "other";
  let last: { number: string; text: string } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const part = PART.exec(line);
    if (part) {
      const heading = part[2] ?? "";
      role = /原因|根源|剖析|根子/.test(heading)
        ? "causes"
        : /措施|方向|整改|打算/.test(heading)
          ? "measures"
          : /问题|查摆|对照|检视/.test(heading)
            ? "problems"
            : "other";
      if (role === "causes" || role === "measures") spec.omit = spec.omit?.filter((r) => r !== role);
      last = null;
      continue;
    }
    const level2 = LEVEL2.exec(line);
    const level3 = LEVEL3.exec(line);
    if (role === "problems" && level2) {
      spec.aspects?.push({ name: (level2[2] ?? "").replace(/方面$/, ""), problems: [] });
      last = null;
    } else if (role === "problems" && level3) {
      last = { number: level3[1] ?? "", text: level3[2] ?? "" };
      spec.aspects?.[spec.aspects.length - 1]?.problems.push(last);
    } else if ((role === "causes" || role === "measures") && level2) {
      last = { number: level2[1] ?? "", text: level2[2] ?? "" };
      spec[role]?.push(last);
    } else if (last) {
      last.text += `\n${line.trim()}`;
    }
  }
  return spec;
}
