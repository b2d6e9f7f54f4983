/**
 * A minimal .docx holding a title and one table, for `application.createDocument(base64)` (WordApi 1.3):
 * the only way before WordApiHiddenDocument to put content into a new document. Pure string building and
 * fflate's zip; no Office.js.
 */
/* eslint-disable no-control-regex -- which control characters XML 1.0 forbids is the point here */
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Characters XML 1.0 forbids (control characters pasted or typed into a report, unpaired surrogates):
 * a document.xml holding one does not open. Tabs and line breaks are kept as w:tab and w:br instead.
 */
const NOT_XML =
  /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Run content for `text`: tabs as w:tab, line breaks (\n, \r\n, Word's \v) as w:br, nothing XML forbids. */
function runContent(text: string): string {
  return text
    .replace(NOT_XML, "")
    .split(/(\t|\r\n|[\n\r\u000b\u000c])/)
    .filter((piece) => piece !== "")
    .map((piece) =>
      piece === "\t"
        ? "<w:tab/>"
        : /^[\r\n\u000b\u000c]+$/.test(piece)
          ? "<w:br/>"
          : `<w:t xml:space="preserve">${esc(piece)}</w:t>`,
    )
    .join("");
}

const FONT = '<w:rFonts w:ascii="仿宋" w:eastAsia="仿宋" w:hAnsi="仿宋"/>';

function paragraph(text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}): string {
  const ppr = `<w:pPr><w:jc w:val="${opts.center ? "center" : "left"}"/></w:pPr>`;
  const rpr = `<w:rPr>${FONT}${opts.bold ? "<w:b/>" : ""}${opts.size ? `<w:sz w:val="${opts.size * 2}"/>` : ""}</w:rPr>`;
  // A line break inside a cell stays in the same cell, as several causes or measures share one.
  return `<w:p>${ppr}<w:r>${rpr}${runContent(text)}</w:r></w:p>`;
}

/** Landscape A4 less two 1-inch margins, in twips. */
const TEXT_WIDTH = 16838 - 2 * 1440;

/** Column widths in twips: each column as wide as its longest line asks, within limits, filling the page. */
function columnWidths(values: string[][]): number[] {
  const cols = values[0]?.length ?? 0;
  const weights = Array.from({ length: cols }, (_, c) =>
    Math.min(
      24,
      Math.max(
        3,
        ...values.map((row) => Math.max(0, ...(row[c] ?? "").split(/\r?\n|\u000b/).map((l) => l.length))),
      ),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

function table(values: string[][]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  const widths = columnWidths(values);
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = values
    .map((cells, r) => {
      const trPr = r === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
      const tcs = widths
        .map(
          (w, c) =>
            `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${paragraph(cells[c] ?? "", { bold: r === 0, size: 12 })}</w:tc>`,
        )
        .join("");
      return `<w:tr>${trPr}${tcs}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${rows}</w:tbl>`;
}

/** The .docx bytes: `title` centred above a bordered table whose first row repeats on every page. */
export function tableDocx(title: string, values: string[][]): Uint8Array {
  const body = `${paragraph(title, { bold: true, size: 22, center: true })}${table(values)}<w:p/>`;
  // Landscape A4: seven columns need the width.
  const sect =
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}${sect}</w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(document),
  });
}

/** Base64 without Buffer (the pane runs in a webview). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
