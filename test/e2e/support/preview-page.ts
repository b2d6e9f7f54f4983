import type { Browser, Page } from "playwright-core";
import { launch, previewUrl } from "../browser";

export interface PreviewSetup {
  /** The page to open, relative to the served dist/ (default the preview with its pane). */
  path?: string;
  viewport?: { width: number; height: number };
  /** What the page must show (or be given) before a test starts: a document loaded, a tab chosen, the pane drawn. */
  ready?: (page: Page) => Promise<unknown>;
}

/**
 * The setup the preview's browser tests share: one Chromium for the file (launched with the house flags, see
 * ../browser.ts), and for each test a new page (a new browser context: no localStorage left by an earlier
 * test) with the preview opened and `ready` awaited. `onPage` hands the test file each test's page.
 */
export function previewForEachTest(
  setup: PreviewSetup,
  onPage: (page: Page) => void,
): { browser: () => Browser } {
  let browser: Browser;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: setup.viewport ?? { width: 1280, height: 900 } });
    onPage(page);
    await page.goto(previewUrl(setup.path));
    await setup.ready?.(page);
  });
  afterEach(async () => {
    await page?.close();
  });
  return { browser: () => browser };
}
