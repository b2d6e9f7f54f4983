/** The Office.js line: the runtime loads from where the pane loads it (Microsoft's CDN or dist/office-js/). */
import { OFFICE_JS_TIMEOUT_MS, officeJsReady } from "../word/office-host";
import type { CheckLine } from "./check-line";
import { s } from "./strings";

export type OfficeJsResult = "loaded" | "failed" | "timeout";

/** Adds the script as the pane's page does, and waits until Office.js answers, fails or runs out of time. */
export function loadOfficeJs(url: string, timeoutMs = OFFICE_JS_TIMEOUT_MS): Promise<OfficeJsResult> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    script.onload = () => {
      clearTimeout(timer);
      // A page that is not Office.js (a server's error page sent as 200) loads but brings no Office.
      void officeJsReady(timeoutMs).then((ready) => resolve(ready ? "loaded" : "failed"));
    };
    script.onerror = () => {
      clearTimeout(timer);
      resolve("failed");
    };
    script.src = url;
    document.head.appendChild(script);
  });
}

/** `url`: the address as the page resolved it; local when it lies under `pageBase`. */
export function officeJsLine(url: string, result: OfficeJsResult, pageBase: string): CheckLine {
  const local = url.startsWith(pageBase);
  const line = {
    id: "office-js",
    title: `${s.officeJs.title}（${local ? s.officeJs.local : s.officeJs.cdn}）`,
  };
  if (result === "loaded") {
    return local
      ? { ...line, state: "ok", detail: s.officeJs.okLocal(url) }
      : { ...line, state: "ok", detail: s.officeJs.okCdn(url), todo: s.officeJs.okCdnTodo(pageBase) };
  }
  const late = result === "timeout" ? s.officeJs.timeout(OFFICE_JS_TIMEOUT_MS / 1000) : "";
  return local
    ? {
        ...line,
        state: "problem",
        detail: s.officeJs.failedLocal(url) + late,
        todo: s.officeJs.failedLocalTodo,
      }
    : {
        ...line,
        state: "problem",
        detail: s.officeJs.failedCdn(url) + late,
        todo: s.officeJs.failedCdnTodo(pageBase),
      };
}
