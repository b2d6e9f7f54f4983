/** The real sample report (read-only, absent on CI) round-trips through the host and the gateway. */
import { createHost } from "../../src/preview/host";
import { createGateway, OperationQueue } from "../../src/word";
import { describeWithSample, sampleLines } from "../support/shared-sample";

describeWithSample("sample report in the simulated host", () => {
  const lines = sampleLines();

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
