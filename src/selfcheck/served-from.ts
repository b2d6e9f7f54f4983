/** The first line: where this copy of the add-in is served from, and whether that is where Word will look. */
import type { CheckLine } from "./check-line";
import { s } from "./strings";

/** `pageBase`: the folder of this page; `manifestBase`: the folder the manifest sends Word to. */
export function servedFromLine(pageBase: string, manifestBase: string | undefined): CheckLine {
  const line = { id: "served-from", title: s.servedFrom.title };
  if (!pageBase.startsWith("https:")) {
    const detail = s.servedFrom.notHttps(pageBase);
    return { ...line, state: "problem", detail, todo: s.servedFrom.notHttpsTodo };
  }
  if (manifestBase === undefined)
    return { ...line, state: "unknown", detail: s.servedFrom.noManifest(pageBase) };
  if (manifestBase !== pageBase) {
    const detail = s.servedFrom.elsewhere(pageBase, manifestBase);
    return { ...line, state: "problem", detail, todo: s.servedFrom.elsewhereTodo(pageBase, manifestBase) };
  }
  return { ...line, state: "ok", detail: s.servedFrom.ok(pageBase) };
}
