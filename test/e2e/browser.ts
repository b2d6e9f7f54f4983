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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: false });
}

/** The pane's horizontal overflow in CSS pixels (0 when everything fits its width). */
export async function paneOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-testid=pane-frame]");
    if (!pane) return -1;
    return pane.scrollWidth - pane.clientWidth;
  });
}
