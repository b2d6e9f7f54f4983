/**
 * The self-check page (dist/selfcheck.html) for the administrator who deploys the add-in: one line per
 * check, green or red, with what to do. It reaches nothing but its own host and the Office.js location
 * (selfcheck.html's Content-Security-Policy holds it to that).
 */
import { browserFontEnvironment, probeFonts } from "../taskpane/environment/font-probe";
import { showLine, type CheckLine } from "./check-line";
import { engineLine } from "./engine";
import { FONT_NAMES, fontLines } from "./fonts";
import { manifestBase, manifestLine } from "./manifest";
import { loadOfficeJs, officeJsLine } from "./office-js";
import { servedFromLine } from "./served-from";
import { s } from "./strings";

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

const answers = async (url: string) => {
  try {
    return (await fetch(url, { cache: "no-store" })).ok;
  } catch {
    return false;
  }
};

function run(deploy: HTMLElement, fonts: HTMLElement): void {
  const pageBase = new URL(".", location.href).href;
  const manifestUrl = new URL("manifest.xml", pageBase).href;
  const manifest = fetchText(manifestUrl);
  const officeJs = document.querySelector<HTMLMetaElement>('meta[name="office-js"]')?.content ?? "";
  const officeJsUrl = new URL(officeJs, pageBase).href;

  void showLine(deploy, "served-from", s.servedFrom.title, async () => {
    const xml = await manifest;
    return servedFromLine(pageBase, xml === undefined ? undefined : manifestBase(xml));
  });
  void showLine(deploy, "office-js", s.officeJs.title, async () =>
    officeJsLine(officeJsUrl, await loadOfficeJs(officeJsUrl), pageBase),
  );
  void showLine(deploy, "manifest", s.manifest.title, async () =>
    manifestLine(await manifest, manifestUrl, answers),
  );
  void showLine(deploy, "engine", s.engine.title, async () => engineLine(navigator.userAgent));

  const presence = probeFonts(FONT_NAMES, browserFontEnvironment());
  for (const line of fontLines(presence))
    void showLine(fonts, line.id, line.title, async (): Promise<CheckLine> => line);
}

const deploy = document.getElementById("deploy");
const fonts = document.getElementById("fonts");
if (deploy && fonts) {
  document.getElementById("not-started")?.remove();
  run(deploy, fonts);
}
