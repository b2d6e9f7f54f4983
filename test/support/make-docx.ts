/**
 * Test helper: writes a minimal valid .docx (as bytes) from a list of paragraphs, optionally with Word's
 * automatic numbering (numbering.xml), numbering inherited through a paragraph style, soft line breaks,
 * tables, content controls and tracked deletions/insertions.
 *
 *   makeDocx(["一、问题", { text: "第一行\n第二行" }, { table: [[["单元格"]]] }])
 *   const { blocks, options } = autoNumbered(lines); makeDocx(blocks, options)
 */
import { strToU8, zipSync } from "fflate";

export interface DocxRun {
  text: string;
  /** A tracked deletion (w:del/w:delText): Word does not show it in the final text. */
  deleted?: boolean;
  /** A tracked insertion (w:ins). */
  inserted?: boolean;
}

export interface DocxParagraph {
  /** The paragraph's text; "\n" becomes a soft line break (w:br), "\t" a tab. */
  text?: string;
  /** Runs instead of `text`, for tracked changes. */
  runs?: DocxRun[];
  /** w:pStyle (a style id, e.g. "Heading1" or one declared in `options.styles`). */
  style?: string;
  /** w:numPr on the paragraph itself; numId 0 removes numbering a style would give. */
  num?: { numId: number; ilvl?: number };
}

/** rows → cells → paragraphs. */
export interface DocxTable {
  table: (string | DocxParagraph)[][][];
}

/** A block-level content control (w:sdt) around some blocks. */
export interface DocxContentControl {
  sdt: DocxBlock[];
}

export type DocxBlock = string | DocxParagraph | DocxTable | DocxContentControl;

export interface DocxLevel {
  ilvl: number;
  /** w:numFmt: decimal, chineseCounting, ideographTraditional, decimalEnclosedCircle … */
  numFmt: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2" … */
  lvlText: string;
  start?: number;
  /** w:lvlRestart (0 = never restart). */
  restart?: number;
  /** w:pStyle: the paragraph style bound to this level. */
  pStyle?: string;
}

export interface DocxNumbering {
  abstracts: { id: number; levels: DocxLevel[] }[];
  /** w:num instances; `startOverrides` maps ilvl → w:startOverride. */
  nums: { numId: number; abstractId: number; startOverrides?: Record<number, number> }[];
}

export interface DocxStyle {
  id: string;
  name: string;
  basedOn?: string;
  /** w:numPr inside the style's w:pPr. */
  num?: { numId: number; ilvl?: number };
}

export interface MakeDocxOptions {
  numbering?: DocxNumbering;
  /** Paragraph styles besides the built-in Normal, Title and Heading1–3. */
  styles?: DocxStyle[];
  /** Leave word/styles.xml out of the package. */
  omitStyles?: boolean;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text → run content: w:t pieces with w:br for "\n" and w:tab for "\t". */
function runContent(text: string, tag: "t" | "delText"): string {
  return text
    .split(/(\n|\t)/)
    .map((piece) => {
      if (piece === "\n") return "<w:br/>";
      if (piece === "\t") return "<w:tab/>";
      return piece === "" ? "" : `<w:${tag} xml:space="preserve">${esc(piece)}</w:${tag}>`;
    })
    .join("");
}

function run(r: DocxRun): string {
  if (r.deleted) {
    return `<w:del w:id="1" w:author="审阅人" w:date="2026-01-01T00:00:00Z"><w:r>${runContent(r.text, "delText")}</w:r></w:del>`;
  }
  const body = `<w:r>${runContent(r.text, "t")}</w:r>`;
  return r.inserted
    ? `<w:ins w:id="2" w:author="审阅人" w:date="2026-01-01T00:00:00Z">${body}</w:ins>`
    : body;
}

function numPr(num: { numId: number; ilvl?: number }): string {
  const ilvl = num.ilvl !== undefined ? `<w:ilvl w:val="${num.ilvl}"/>` : "";
  return `<w:numPr>${ilvl}<w:numId w:val="${num.numId}"/></w:numPr>`;
}

function paragraph(p: string | DocxParagraph): string {
  const para = typeof p === "string" ? { text: p } : p;
  const props =
    (para.style ? `<w:pStyle w:val="${esc(para.style)}"/>` : "") + (para.num ? numPr(para.num) : "");
  const runs = para.runs ?? (para.text ? [{ text: para.text }] : []);
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs.map(run).join("")}</w:p>`;
}

function block(b: DocxBlock): string {
  if (typeof b === "object" && "table" in b) {
    const rows = b.table
      .map(
        (cells) =>
          `<w:tr>${cells.map((ps) => `<w:tc>${(ps.length ? ps : [""]).map(paragraph).join("")}</w:tc>`).join("")}</w:tr>`,
      )
      .join("");
    return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
  }
  if (typeof b === "object" && "sdt" in b) {
    return `<w:sdt><w:sdtPr/><w:sdtContent>${b.sdt.map(block).join("")}</w:sdtContent></w:sdt>`;
  }
  return paragraph(b);
}

function stylesXml(extra: DocxStyle[]): string {
  const builtIn: DocxStyle[] = [
    { id: "Title", name: "Title", basedOn: "Normal" },
    { id: "Heading1", name: "heading 1", basedOn: "Normal" },
    { id: "Heading2", name: "heading 2", basedOn: "Normal" },
    { id: "Heading3", name: "heading 3", basedOn: "Normal" },
  ];
  const style = (s: DocxStyle) =>
    `<w:style w:type="paragraph" w:styleId="${esc(s.id)}"><w:name w:val="${esc(s.name)}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${esc(s.basedOn)}"/>` : "") +
    (s.num ? `<w:pPr>${numPr(s.num)}</w:pPr>` : "") +
    `</w:style>`;
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${W}">` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    [...builtIn, ...extra].map(style).join("") +
    `</w:styles>`
  );
}

function numberingXml(n: DocxNumbering): string {
  const lvl = (l: DocxLevel) =>
    `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${esc(l.numFmt)}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : "") +
    (l.pStyle ? `<w:pStyle w:val="${esc(l.pStyle)}"/>` : "") +
    `<w:lvlText w:val="${esc(l.lvlText)}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const abstracts = n.abstracts
    .map((a) => `<w:abstractNum w:abstractNumId="${a.id}">${a.levels.map(lvl).join("")}</w:abstractNum>`)
    .join("");
  const nums = n.nums
    .map((num) => {
      const overrides = Object.entries(num.startOverrides ?? {})
        .map(
          ([ilvl, start]) =>
            `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
        )
        .join("");
      return `<w:num w:numId="${num.numId}"><w:abstractNumId w:val="${num.abstractId}"/>${overrides}</w:num>`;
    })
    .join("");
  return XML_HEAD + `<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
}

/** A minimal .docx package holding `blocks` as its body. */
export function makeDocx(blocks: DocxBlock[], options: MakeDocxOptions = {}): Uint8Array {
  const withStyles = !options.omitStyles;
  const withNumbering = options.numbering !== undefined;
  const overrides =
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    (withStyles
      ? `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`
      : "") +
    (withNumbering
      ? `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`
      : "");
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const docRels =
    (withStyles ? `<Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/>` : "") +
    (withNumbering ? `<Relationship Id="rId2" Type="${rel}/numbering" Target="numbering.xml"/>` : "");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      XML_HEAD +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ),
    "_rels/.rels": strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels}</Relationships>`,
    ),
    "word/document.xml": strToU8(
      XML_HEAD +
        `<w:document xmlns:w="${W}"><w:body>${blocks.map(block).join("")}` +
        `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    ),
  };
  if (withStyles) files["word/styles.xml"] = strToU8(stylesXml(options.styles ?? []));
  if (options.numbering) files["word/numbering.xml"] = strToU8(numberingXml(options.numbering));
  return zipSync(files);
}

/**
 * The usual report numbering as Word lists: numId 1 = 一、 / （一） (one multi-level list, so （一） restarts
 * under each 一、); numId 2 = 1. / （1） (a separate list, so 1–10 run on across aspects).
 */
export const REPORT_NUMBERING: DocxNumbering = {
  abstracts: [
    {
      id: 1,
      levels: [
        { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、" },
        { ilvl: 1, numFmt: "chineseCounting", lvlText: "（%2）" },
      ],
    },
    {
      id: 2,
      levels: [
        { ilvl: 0, numFmt: "decimal", lvlText: "%1." },
        { ilvl: 1, numFmt: "decimal", lvlText: "（%2）" },
      ],
    },
  ],
  nums: [
    { numId: 1, abstractId: 1 },
    { numId: 2, abstractId: 2 },
  ],
};

const CN = "〇一二三四五六七八九";

function cnValue(s: string): number {
  if (s === "十") return 10;
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? CN.indexOf(m[1]) : 1) * 10 + (m[2] ? CN.indexOf(m[2]) : 0);
  return CN.indexOf(s);
}

const PREFIXES: { re: RegExp; list: 1 | 2; ilvl: 0 | 1; value: (m: RegExpExecArray) => number }[] = [
  { re: /^([一二三四五六七八九十]{1,3})、/, list: 1, ilvl: 0, value: (m) => cnValue(m[1] ?? "") },
  { re: /^（([一二三四五六七八九十]{1,3})）/, list: 1, ilvl: 1, value: (m) => cnValue(m[1] ?? "") },
  { re: /^(\d{1,3})\./, list: 2, ilvl: 0, value: (m) => Number(m[1]) },
  { re: /^（(\d{1,3})）/, list: 2, ilvl: 1, value: (m) => Number(m[1]) },
];

/**
 * Turns lines with literal numbers (一、 （一） 1. （1）) into paragraphs numbered by Word lists: the number
 * leaves the text and comes back as Word's list number. Where the literal numbers restart or jump, a new
 * w:num with a w:startOverride reproduces them, so every list number equals the literal one.
 * With `viaStyle`, numbering comes from paragraph styles (ListCn1, ListCn2, ListNum1, ListNum2) instead
 * of w:numPr on the paragraph.
 */
export function autoNumbered(
  lines: string[],
  opts: { viaStyle?: boolean } = {},
): { blocks: DocxParagraph[]; options: MakeDocxOptions } {
  const numbering: DocxNumbering = {
    abstracts: REPORT_NUMBERING.abstracts,
    nums: REPORT_NUMBERING.nums.map((n) => ({ ...n })),
  };
  // Simulated Word counters per list family, mirroring Word's rules (level 0 advancing restarts level 1).
  const current: Record<1 | 2, number> = { 1: 1, 2: 2 };
  const counts: Record<1 | 2, (number | undefined)[]> = { 1: [], 2: [] };
  let nextNumId = 3;
  const styleIds: Record<string, string> = {
    "1-0": "ListCn1",
    "1-1": "ListCn2",
    "2-0": "ListNum1",
    "2-1": "ListNum2",
  };
  const blocks = lines.map((line): DocxParagraph => {
    for (const p of PREFIXES) {
      const m = p.re.exec(line);
      if (!m) continue;
      const value = p.value(m);
      const c = counts[p.list];
      const expected = (c[p.ilvl] ?? 0) + 1;
      if (value !== expected) {
        // A fresh instance starting at the literal value; its counters start empty.
        const numId = nextNumId++;
        numbering.nums.push({ numId, abstractId: p.list, startOverrides: { [p.ilvl]: value } });
        current[p.list] = numId;
        counts[p.list] = [];
      }
      const cc = counts[p.list];
      cc[p.ilvl] = value;
      if (p.ilvl === 0) cc[1] = undefined;
      const text = line.slice(m[0].length);
      const num = { numId: current[p.list], ilvl: p.ilvl };
      if (!opts.viaStyle || num.numId !== p.list) return { text, num };
      return { text, style: styleIds[`${p.list}-${p.ilvl}`] };
    }
    return { text: line };
  });
  const styles: DocxStyle[] = opts.viaStyle
    ? [
        { id: "ListCn1", name: "报告一级编号", basedOn: "Normal", num: { numId: 1, ilvl: 0 } },
        { id: "ListCn2", name: "报告二级编号", basedOn: "Normal", num: { numId: 1, ilvl: 1 } },
        { id: "ListNum1", name: "报告三级编号", basedOn: "Normal", num: { numId: 2, ilvl: 0 } },
        { id: "ListNum2", name: "报告四级编号", basedOn: "Normal", num: { numId: 2, ilvl: 1 } },
      ]
    : [];
  return { blocks, options: { numbering, styles } };
}
