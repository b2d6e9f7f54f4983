/** The browser engine line: the name and version this page runs in. */
import type { CheckLine } from "./check-line";
import { s } from "./strings";

/** The engine and its major version, from the user agent string. */
export function browserEngine(userAgent: string): string {
  const at = (re: RegExp) => re.exec(userAgent)?.[1];
  const edge = at(/Edg\/(\d+)/);
  if (edge) return `Microsoft Edge / WebView2（Chromium ${edge}）`;
  const chromium = at(/Chrom(?:e|ium)\/(\d+)/);
  if (chromium) return `Chromium ${chromium}`;
  const firefox = at(/Firefox\/(\d+)/);
  if (firefox) return `Firefox ${firefox}`;
  const webkit = at(/AppleWebKit\/([\d.]+)/);
  if (webkit) {
    const safari = at(/Version\/([\d.]+)/);
    return safari ? `Safari ${safari}（WebKit ${webkit}）` : `WebKit ${webkit}`;
  }
  return userAgent || "未知";
}

/**
 * Green whenever it can be drawn: this page's script has the pane's language level, so an engine too old for
 * the pane never runs it, and the page's own static text then stays red (selfcheck.html).
 */
export function engineLine(userAgent: string): CheckLine {
  return { id: "engine", title: s.engine.title, state: "ok", detail: s.engine.ok(browserEngine(userAgent)) };
}
