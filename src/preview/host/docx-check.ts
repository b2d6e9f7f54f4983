/**
 * What Word checks when it opens a .docx the add-in made (application.createDocument): every XML part
 * must be well-formed XML 1.0, which forbids most control characters, and a table needs its w:tblGrid
 * (the schema requires it; Word reports unreadable content without it). A file failing this does not open.
 */
/* eslint-disable no-control-regex -- which control characters XML 1.0 forbids is the point here */
import { unzipSync, strFromU8 } from "fflate";
import { HostError } from "./errors";
import { W, parseXml } from "./ooxml";

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function corrupt(why: string): HostError {
  return new HostError("GeneralException", `Word cannot open the file: ${why}`);
}

export function checkDocx(base64: string): void {
  if (base64 === "") return;
  let files: Record<string, Uint8Array>;
  try {
    const binary = atob(base64);
    files = unzipSync(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    throw corrupt("not a zip package");
  }
  const main = files["word/document.xml"];
  if (!main) throw corrupt("no word/document.xml");
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(bytes);
    const bad = NOT_XML.exec(xml);
    if (bad)
      throw corrupt(`${name} holds the character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")}`);
    try {
      parseXml(xml);
    } catch {
      throw corrupt(`${name} is not well-formed XML`);
    }
  }
  const tables = parseXml(strFromU8(main)).getElementsByTagNameNS(W, "tbl");
  for (let i = 0; i < tables.length; i++) {
    if (tables[i]!.getElementsByTagNameNS(W, "tblGrid").length === 0)
      throw corrupt("a table has no w:tblGrid");
  }
}
