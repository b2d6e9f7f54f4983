/** The manifest line: every address in dist/manifest.xml answers from this machine, none points elsewhere. */
import type { CheckLine } from "./check-line";
import { s } from "./strings";

const unescape = (v: string) =>
  v
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** Every address the manifest gives Office (DefaultValue and Override Value attributes), each once. */
export function manifestUrls(xml: string): string[] {
  const found = [...xml.matchAll(/\s(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) =>
    unescape(m[1]!),
  );
  return [...new Set(found)];
}

/** The folder the task pane is served from (SourceLocation), e.g. https://host/duizhao/. */
export function manifestBase(xml: string): string | undefined {
  const m = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  return m ? new URL(".", unescape(m[1]!)).href : undefined;
}

/**
 * `answers(url)` fetches one address of this page's own host; addresses on other hosts are not fetched
 * (the page reaches nothing but its own host and Office.js).
 */
export async function manifestLine(
  xml: string | undefined,
  manifestUrl: string,
  answers: (url: string) => Promise<boolean>,
): Promise<CheckLine> {
  const line = { id: "manifest", title: s.manifest.title };
  if (xml === undefined) {
    return {
      ...line,
      state: "problem",
      detail: s.manifest.missing(manifestUrl),
      todo: s.manifest.missingTodo,
    };
  }
  const urls = manifestUrls(xml);
  const origin = new URL(manifestUrl).origin;
  const elsewhere = [...new Set(urls.map((u) => new URL(u).origin))].filter((o) => o !== origin);
  if (elsewhere.length > 0) {
    const todo = s.manifest.elsewhereTodo(new URL(".", manifestUrl).href);
    return { ...line, state: "problem", detail: s.manifest.elsewhere(elsewhere, origin), todo };
  }
  const results = await Promise.all(urls.map(async (u) => ((await answers(u)) ? null : u)));
  const broken = results.filter((u): u is string => u !== null);
  if (broken.length > 0) {
    return { ...line, state: "problem", detail: s.manifest.broken(broken), todo: s.manifest.brokenTodo };
  }
  return { ...line, state: "ok", detail: s.manifest.ok(urls.length) };
}
