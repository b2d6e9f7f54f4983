/** Text and attribute values for the OOXML the gateway writes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

/** One part of a flat-OPC package (the form insertOoxml takes). */
export function packagePart(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/**
 * A flat-OPC package of one document part holding `bodyXml`, with a styles part (`stylesXml`, the inside
 * of w:styles) related to it, as Word requires to read the styles, and any further relationships.
 */
export function documentPackage(
  bodyXml: string,
  stylesXml: string,
  opts: { namespaces?: string; relationships?: string } = {},
): string {
  const ns = opts.namespaces ?? `xmlns:w="${W_NS}" xmlns:r="${R_NS}"`;
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    packagePart(
      "/_rels/.rels",
      RELS_TYPE,
      `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    packagePart(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document ${ns}><w:body>${bodyXml}</w:body></w:document>`,
    ) +
    packagePart(
      "/word/_rels/document.xml.rels",
      RELS_TYPE,
      `<Relationships xmlns="${RELS_NS}"><Relationship Id="duizhaoStyles" Type="${STYLES_REL}" Target="styles.xml"/>${opts.relationships ?? ""}</Relationships>`,
    ) +
    packagePart(
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      `<w:styles xmlns:w="${W_NS}">${stylesXml}</w:styles>`,
    ) +
    "</pkg:package>"
  );
}
