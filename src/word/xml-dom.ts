/**
 * An XML parser and serializer for the OOXML getOoxml returns: the webview's own DOMParser and
 * XMLSerializer in Word (so the pane ships no parser), @xmldom/xmldom where there are none (Node, tests),
 * loaded on demand.
 */
export interface XmlDom {
  /** The document, or null when the text is not well-formed XML. */
  parse(xml: string): Document | null;
  serialize(node: Node): string;
}

let loaded: Promise<XmlDom> | undefined;

export function xmlDom(): Promise<XmlDom> {
  return (loaded ??= (async () => {
    const g = globalThis as { DOMParser?: typeof DOMParser; XMLSerializer?: typeof XMLSerializer };
    if (g.DOMParser && g.XMLSerializer) {
      const parser = new g.DOMParser();
      const serializer = new g.XMLSerializer();
      return {
        // A browser reports bad XML as a <parsererror> element instead of throwing.
        parse: (xml) => {
          const doc = parser.parseFromString(xml, "application/xml");
          return doc.getElementsByTagName("parsererror").length > 0 ? null : doc;
        },
        serialize: (node) => serializer.serializeToString(node),
      };
    }
    const x = await import(/* webpackChunkName: "xmldom" */ "@xmldom/xmldom");
    const serializer = new x.XMLSerializer();
    return {
      parse: (xml) => {
        let failed = false;
        try {
          const doc = new x.DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) });
          const parsed = doc.parseFromString(xml, "text/xml");
          return failed ? null : (parsed as unknown as Document);
        } catch {
          return null;
        }
      },
      serialize: (node) => serializer.serializeToString(node as never),
    };
  })());
}
