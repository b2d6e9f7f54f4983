/**
 * Which Word runs the add-in is data (src/word/word-versions.json, from Microsoft's requirement-set and
 * webview tables). The README table, the support page and every message a user on another Word can see
 * must say the same.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import versions from "../../src/word/word-versions.json";
import { GATEWAY_MESSAGES } from "../../src/word";
import { t } from "../../src/taskpane/strings";

const root = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const label = (outcome: string) => (versions.outcomes as Record<string, string>)[outcome]!;
const shorts = (outcome: string) => versions.rows.filter((r) => r.outcome === outcome).map((r) => r.short);

test("the README's 哪些 Word 能用 table is the data, row by row", () => {
  const readme = read("README.md");
  for (const r of versions.rows)
    expect(readme).toContain(`| ${r.word} | ${r.api} | ${r.webview} | ${label(r.outcome)} |`);
});

test("the support page lists every row with what the user sees", () => {
  const page = read("assets/support.html");
  for (const r of versions.rows)
    expect(page).toContain(`<tr><td>${r.word}</td><td>${r.webview}</td><td>${label(r.outcome)}</td></tr>`);
});

test("below WordApi 1.3 the messages name the Words that work and the ones that cannot", () => {
  for (const message of [GATEWAY_MESSAGES.unsupported, t.apiTooOld]) {
    for (const name of [...shorts("works"), ...shorts("hidden")]) expect(message).toContain(name);
    expect(message).not.toMatch(/需要 Word 2016/);
  }
});

test("the webview notice names the Words that show it and where to go instead", () => {
  const html = read("src/taskpane/taskpane.html");
  const notice = html.slice(html.indexOf('<div id="too-old">'), html.indexOf("</div>")).replace(/\s+/g, "");
  for (const name of shorts("notice")) expect(notice).toContain(name.replace(/\s+/g, ""));
  for (const name of ["Microsoft 365", "Word 2021", "网页版"])
    expect(notice).toContain(name.replace(/\s+/g, ""));
});

test("the manifest asks for the WordApi version the table's rows are judged by", () => {
  expect(read("manifest.xml")).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\s*\/>/);
});
