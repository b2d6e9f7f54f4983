import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export function previewUrl(path = "preview.html"): string {
  const base = process.env.PREVIEW_URL;
  if (!base) throw new Error("PREVIEW_URL is not set: run through jest.e2e.config.js");
  return base + path;
}

/** A screenshot into test-results/; `clip`: only that element (the 320 px pane: "[data-testid=pane-frame]"). */
export async function screenshot(page: Page, name: string, clip?: string): Promise<void> {
  mkdirSync("test-results", { recursive: true });
  const path = `test-results/${name}.png`;
  if (clip) await page.locator(clip).screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}

/** The pane's horizontal overflow in CSS pixels (0 when everything fits its width). */
export async function paneOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-testid=pane-frame]");
    if (!pane) return -1;
    return pane.scrollWidth - pane.clientWidth;
  });
}

/**
 * A screenshot for the 使用说明 (README and assets/support.html), kept in assets/screenshots/ and made anew by
 * every browser run, so the guide shows the pages as they are. `clip`: only that element.
 */
export async function guideShot(page: Page, name: string, clip?: string): Promise<void> {
  mkdirSync("assets/screenshots", { recursive: true });
  const path = `assets/screenshots/${name}.png`;
  if (clip) await page.locator(clip).screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}
