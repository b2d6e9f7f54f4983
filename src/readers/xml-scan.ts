/**
 * A small streaming XML scanner for the parts of a .docx: elements, attributes and text as events, in one
 * pass without recursion, so a part's size costs time in proportion and its depth costs no stack.
 * Namespaces are resolved (WordprocessingML is read prefix-agnostic); the five predefined entities and
 * character references are decoded; DTDs, other entities, comments and processing instructions are
 * skipped and never expanded, and nothing is ever fetched. Malformed markup is refused as a damaged part.
 */
import { LIMITS, badXml, nestedTooDeep } from "./limits";

/** Attributes as flat quadruples: qualified name, local name, namespace URI, value. */
export type XmlAttrs = string[];

export interface XmlVisitor {
  open(local: string, ns: string, attrs: XmlAttrs): void;
  close(): void;
  text(text: string): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NAME = /[A-Za-z_:\u00C0-\uFFFF][-.\w:\u00B7-\uFFFF]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:\u00C0-\uFFFF][-.\w:\u00B7-\uFFFF]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s>]+)\s*>/y;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]*);/g;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; any other entity is kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}

type Scope = Record<string, string>;

/** A namespace scope and the element names already resolved in it (Word declares prefixes once). */
interface Names {
  scope: Scope;
  resolved: Map<string, [local: string, ns: string]>;
}

function resolve(names: Names, qname: string): [string, string] {
  let hit = names.resolved.get(qname);
  if (!hit) {
    const colon = qname.indexOf(":");
    hit = [
      colon < 0 ? qname : qname.slice(colon + 1),
      names.scope[colon < 0 ? "" : qname.slice(0, colon)] ?? "",
    ];
    names.resolved.set(qname, hit);
  }
  return hit;
}

/** The index after the `<!…>` or `<?…?>` starting at `at`, or -1 when the text ends first. */
function declarationEnd(text: string, at: number): number {
  const after = (marker: string) => {
    const found = text.indexOf(marker, at + 2);
    return found < 0 ? -1 : found + marker.length;
  };
  if (text.startsWith("<!--", at)) return after("-->");
  if (text.charCodeAt(at + 1) === 63) return after("?>");
  // <!DOCTYPE …>, with an optional internal subset in brackets: skipped whole, never expanded.
  const close = text.indexOf(">", at);
  const bracket = text.indexOf("[", at);
  if (bracket < 0 || (close >= 0 && close < bracket)) return close < 0 ? -1 : close + 1;
  const subsetEnd = /\]\s*>/g;
  subsetEnd.lastIndex = bracket;
  const m = subsetEnd.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** Attributes after an element name: flat quadruples, and the namespaces the element declares. */
function readAttributes(
  text: string,
  at: number,
  outer: Names,
): { attrs: XmlAttrs; names: Names | null; end: number } {
  const raw: string[] = [];
  let declared: Scope | null = null;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const a = ATTRIBUTE.exec(text);
    if (!a) break;
    const qname = a[1] ?? "";
    const value = decodeEntities(a[2] ?? a[3] ?? "");
    if (qname === "xmlns" || qname.startsWith("xmlns:")) {
      declared ??= {};
      declared[qname === "xmlns" ? "" : qname.slice(6)] = value;
    } else raw.push(qname, value);
    at = ATTRIBUTE.lastIndex;
  }
  const names = declared
    ? { scope: Object.assign(Object.create(outer.scope) as Scope, declared), resolved: new Map() }
    : null;
  const scope = (names ?? outer).scope;
  const attrs: XmlAttrs = [];
  for (let i = 0; i < raw.length; i += 2) {
    const qname = raw[i] ?? "";
    const colon = qname.indexOf(":");
    // Unprefixed attributes are in no namespace, whatever the default namespace is.
    const ns = colon < 0 ? "" : (scope[qname.slice(0, colon)] ?? "");
    attrs.push(qname, colon < 0 ? qname : qname.slice(colon + 1), ns, raw[i + 1] ?? "");
  }
  return { attrs, names, end: at };
}

const NO_ATTRIBUTES: XmlAttrs = [];

/** Scans `text` (the XML of `part`), calling the visitor for each element, end tag and piece of text. */
export function scanXml(text: string, part: string, visitor: XmlVisitor): void {
  const open: string[] = [];
  // Namespace scopes: a new one only where an element declares prefixes.
  const scopes: Names[] = [{ scope: { xml: XML_NS, "": "" }, resolved: new Map() }];
  const scopeDepth: number[] = [];
  let rootSeen = false;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = () => badXml(part);
  const leave = () => {
    if (scopeDepth[scopeDepth.length - 1] === open.length + 1) {
      scopeDepth.pop();
      scopes.pop();
    }
    visitor.close();
  };

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const stop = lt < 0 ? text.length : lt;
    if (stop > pos && open.length > 0) visitor.text(decodeEntities(text.slice(pos, stop)));
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 47) {
      // </name>
      CLOSE_TAG.lastIndex = lt;
      const m = CLOSE_TAG.exec(text);
      if (!m || open.pop() !== m[1]) throw fail();
      leave();
      pos = lt + m[0].length;
      continue;
    }
    if (next === 33 && text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt + 9);
      if (close < 0 || open.length === 0) throw fail();
      visitor.text(text.slice(lt + 9, close));
      pos = close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      pos = declarationEnd(text, lt);
      if (pos < 0) throw fail();
      continue;
    }
    NAME.lastIndex = lt + 1;
    const name = NAME.exec(text)?.[0];
    if (!name || (rootSeen && open.length === 0)) throw fail();
    const afterName = lt + 1 + name.length;
    const c = text.charCodeAt(afterName);
    // Most elements carry no attributes: `<w:r>`, `<w:b/>`.
    const read =
      c === 62 || c === 47
        ? { attrs: NO_ATTRIBUTES, names: null, end: afterName }
        : readAttributes(text, afterName, scopes[scopes.length - 1] as Names);
    TAG_END.lastIndex = read.end;
    const tagEnd = TAG_END.exec(text);
    if (!tagEnd) throw fail();
    if (open.length >= LIMITS.xmlDepth) throw nestedTooDeep(part);
    open.push(name);
    if (read.names) {
      scopes.push(read.names);
      scopeDepth.push(open.length);
    }
    const [local, ns] = resolve(scopes[scopes.length - 1] as Names, name);
    rootSeen = true;
    visitor.open(local, ns, read.attrs);
    if (tagEnd[1] === "/") {
      open.pop();
      leave();
    }
    pos = TAG_END.lastIndex;
  }
  if (open.length > 0 || !rootSeen) throw fail();
}
