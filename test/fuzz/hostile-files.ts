/**
 * Crafted and oversized inputs, generated small in the test: each row of the hostile-input table as a
 * file, plus random byte flips of real reports. Every generator is deterministic.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { deflateBomb, deflated, rawZip, type RawEntry } from "../support/raw-zip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const FIXTURES = join(__dirname, "../fixtures");
/** A complete small report (16 paragraphs: title, three parts, signature, date). */
export const REPORT_LINES = readFileSync(join(FIXTURES, "cli/complete-report.txt"), "utf8")
  .replace(/\r?\n$/, "")
  .split(/\r?\n/);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface ParaProps {
  numId?: number;
  ilvl?: string | number;
  style?: string;
}

export function para(text: string, props: ParaProps = {}): string {
  const style = props.style ? `<w:pStyle w:val="${props.style}"/>` : "";
  const num =
    props.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="${props.ilvl ?? 0}"/><w:numId w:val="${props.numId}"/></w:numPr>`
      : "";
  const pPr = style || num ? `<w:pPr>${style}${num}</w:pPr>` : "";
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

export const documentXml = (body: string) =>
  `${HEAD}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** The package parts around a body: content types and relationships to styles and numbering if given. */
function packageParts(parts: {
  document: string;
  styles?: string;
  numbering?: string;
}): Record<string, string> {
  const rels =
    (parts.styles ? `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` : "") +
    (parts.numbering ? `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` : "");
  const relsXml = (body: string) =>
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  return {
    "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": relsXml(
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`,
    ),
    "word/_rels/document.xml.rels": relsXml(rels),
    "word/document.xml": parts.document,
    ...(parts.styles ? { "word/styles.xml": parts.styles } : {}),
    ...(parts.numbering ? { "word/numbering.xml": parts.numbering } : {}),
  };
}

/** A .docx of the given XML parts, zipped normally (deflated unless `stored`). */
export function docx(
  parts: { document: string; styles?: string; numbering?: string },
  stored = false,
): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(packageParts(parts)).map(([name, text]) => [name, strToU8(text)]),
  );
  return zipSync(files, { level: stored ? 0 : 6 });
}

/** The report as body paragraphs, every problem numbered by a list instead of typed. */
function listedReport(props: ParaProps): string {
  return REPORT_LINES.map((line) => {
    const m = /^(\d+)\.(.*)$/.exec(line);
    return m ? para(m[2] ?? "", props) : para(line);
  }).join("");
}

const numbering = (levels: string, nums = `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`) =>
  `${HEAD}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${levels}</w:abstractNum>${nums}</w:numbering>`;

const level = (ilvl: string, fmt: string, text: string, start = "1") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/** Rows of the table, one generator each. */
export const crafted = {
  hugeIlvl: () =>
    docx({
      document: documentXml(listedReport({ numId: 1, ilvl: "4294967294" }) + para("尾", { numId: 1 })),
      numbering: numbering(level("0", "decimal", "%1.") + level("4294967294", "decimal", "%1.%2.")),
    }),
  hugeStart: () =>
    docx({
      document: documentXml(listedReport({ numId: 1 })),
      numbering: numbering(level("0", "lowerLetter", "%1)", "13000000000")),
    }),
  hugeStartOverride: () =>
    docx({
      document: documentXml(listedReport({ numId: 1 })),
      numbering: numbering(
        level("0", "upperLetter", "%1."),
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999"/></w:lvlOverride></w:num>`,
      ),
    }),
  longLvlText: () =>
    docx({
      document: documentXml(listedReport({ numId: 1 }).repeat(20)),
      numbering: numbering(level("0", "decimal", "%1".repeat(100_000))),
    }),
  styleChain: () => {
    const count = 30_000;
    const styles = Array.from(
      { length: count },
      (_, i) =>
        `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/>` +
        (i + 1 < count
          ? `<w:basedOn w:val="S${i + 1}"/>`
          : `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>`) +
        `</w:style>`,
    ).join("");
    const body = Array.from({ length: 1000 }, (_, i) => para(`第${i}段`, { style: `S${i * 29}` })).join("");
    return docx({
      document: documentXml(listedReport({}) + body),
      styles: `${HEAD}<w:styles xmlns:w="${W}">${styles}</w:styles>`,
      numbering: numbering(level("0", "decimal", "%1.")),
    });
  },
  /** A document.xml of about `megabytes` MB whose zip entry says so. */
  bigDocument: (megabytes: number) => {
    const unit = para("在具体工作中，对照年初确定的目标任务逐项检视，发现有的环节推进不够有力。");
    const body = listedReport({}) + unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length / 1.2));
    return rawZip([deflated("word/document.xml", documentXml(body))]);
  },
  /** 40 junk parts of 250 MB each beside a normal report: only the parts the reader uses are inflated. */
  junkParts: () => {
    const junk = deflateBomb("", "<x/>", 250, "");
    const entries: RawEntry[] = Object.entries(packageParts({ document: documentXml(listedReport({})) })).map(
      ([name, text]) => deflated(name, text),
    );
    for (let i = 0; i < 40; i++) {
      entries.push({ name: `word/junk${i}.xml`, data: junk.data, method: 8, size: junk.size });
    }
    return rawZip(entries);
  },
  /** 2,000 names over one deflate stream of 20 MB. */
  sharedEntries: () => {
    const shared = deflateBomb(
      `${HEAD}<w:document xmlns:w="${W}"><w:body>`,
      para("共用"),
      20,
      "</w:body></w:document>",
    );
    const entry = { data: shared.data, method: 8 as const, size: shared.size };
    const entries: RawEntry[] = [{ name: "word/document.xml", ...entry }];
    for (let i = 1; i < 2000; i++) entries.push({ name: `word/part${i}.xml`, ...entry, sharesWith: 0 });
    return rawZip(entries);
  },
  /** A document.xml inflating to 1.5 GB, its size written either truthfully or as a few kilobytes. */
  inflationBomb: (declared: "true" | "small") => {
    const bomb = deflateBomb(
      `${HEAD}<w:document xmlns:w="${W}"><w:body>`,
      para("膨胀"),
      1536,
      "</w:body></w:document>",
    );
    const size = declared === "true" ? bomb.size : 4096;
    return rawZip([{ name: "word/document.xml", data: bomb.data, method: 8, size }]);
  },
  /** `depth` nested elements at the given place. */
  nested: (where: "body" | "paragraph" | "styles", depth = 100_000) => {
    const open = "<w:sdt><w:sdtContent>".repeat(depth);
    const close = "</w:sdtContent></w:sdt>".repeat(depth);
    if (where === "body")
      return docx({ document: documentXml(listedReport({}) + open + para("深") + close) });
    if (where === "paragraph") {
      return docx({
        document: documentXml(
          listedReport({}) + `<w:p>${"<w:r>".repeat(depth)}${"</w:r>".repeat(depth)}</w:p>`,
        ),
      });
    }
    return docx({
      document: documentXml(listedReport({})),
      styles: `${HEAD}<w:styles xmlns:w="${W}">${"<w:style>".repeat(depth)}${"</w:style>".repeat(depth)}</w:styles>`,
    });
  },
  /** 16 MB of empty elements: within the inflated budget, millions of elements to scan. */
  tinyElements: () => {
    const bomb = deflateBomb(
      `${HEAD}<w:document xmlns:w="${W}"><w:body><w:p>`,
      "<w:b/>",
      16,
      "</w:p></w:body></w:document>",
    );
    return rawZip([{ name: "word/document.xml", data: bomb.data, method: 8, size: bomb.size }]);
  },
  /** `paragraphs` empty numbered paragraphs: the numbers alone would make a report of them. */
  manyParagraphs: (paragraphs: number) =>
    docx({
      document: documentXml(para("", { numId: 1 }).repeat(paragraphs)),
      numbering: numbering(level("0", "decimal", "%1.")),
    }),
};

/** A report of `problems` problems with as many causes and measures, as .txt lines. */
export function manyItems(problems: number): string {
  const lines = ["2025年度组织生活会个人对照检查材料", "一、存在的主要问题"];
  for (let i = 1; i <= problems; i++) lines.push(`${i}.第${i}个问题，学习不够深入，联系群众不够紧密。`);
  lines.push("二、问题产生的原因");
  for (let i = 1; i <= problems; i++) lines.push(`${i}.第${i}条原因，理想信念有所弱化。`);
  lines.push("三、整改措施");
  for (let i = 1; i <= problems; i++) lines.push(`${i}.第${i}条措施，每月至少学习2次。`);
  return lines.join("\n") + "\n";
}

/** The fixture reports, repeated until the text reaches `bytes`. */
export function repeatedReports(bytes: number): string {
  const names = [
    "2022-personal-six-aspects.txt",
    "2023-democratic-life-errors.txt",
    "2024-six-disciplines-separators.txt",
  ];
  const texts = names.map((n) => readFileSync(join(FIXTURES, "reports", n), "utf8"));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length] ?? "";
    out.push(t);
    size += Buffer.byteLength(t);
  }
  return out.join("\n");
}

/** A small deterministic generator (mulberry32), so a failing flip can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `bytes` with `flips` random bytes replaced. */
export function flipBytes(bytes: Uint8Array, flips: number, seed: number): Uint8Array {
  const next = random(seed);
  const out = Uint8Array.from(bytes);
  for (let i = 0; i < flips; i++) out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
  return out;
}
