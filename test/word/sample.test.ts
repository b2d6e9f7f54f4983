/** The real sample report (read-only, absent on CI) round-trips through the host and the gateway. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHost } from "../../src/preview/host";
import { createGateway, OperationQueue } from "../../src/word";

const SAMPLE = join(__dirname, "..", "..", "..", "shared", "samples", "2021-organization-life-report.txt");
const maybe = existsSync(SAMPLE) ? describe : describe.skip;

maybe("sample report in the simulated host", () => {
  const lines = existsSync(SAMPLE) ? readFileSync(SAMPLE, "utf8").replace(/\r/g, "").split("\n") : [];

  test("every line reads back as one paragraph, in 2 syncs at most", async () => {
    const host = createHost(lines.map((text) => ({ text })));
    const gw = createGateway(host, new OperationQueue());
    const paragraphs = await gw.readParagraphs();
    expect(paragraphs.map((p) => p.text)).toEqual(lines);
    expect(host.syncCount()).toBeLessThanOrEqual(2);
  });

  test("selecting a span in every non-empty line selects exactly those characters", async () => {
    const host = createHost(lines.map((text) => ({ text })));
    const gw = createGateway(host, new OperationQueue());
    for (const [i, text] of lines.entries()) {
      if (text.length < 4) continue;
      const offset = Math.floor(text.length / 2);
      await gw.selectParagraph(i, text, { offset, length: 2 });
      expect(host.document.selection()).toMatchObject({ paragraph: i, text: text.slice(offset, offset + 2) });
    }
  });
});
