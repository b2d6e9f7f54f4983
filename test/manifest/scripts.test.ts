// The manifest's build helpers: URL rewriting, schema validation (when xmllint and the schemas exist), icons.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEV_BASE, ROOT, allElements, parseManifest, readManifestText } from "./manifest-xml";

const { rewriteManifest } = require("../../scripts/manifest-urls.js") as {
  rewriteManifest: (xmlText: string, baseUrl: string) => string;
};

const manifest = readManifestText();
const SCHEMAS = process.env.MANIFEST_SCHEMAS || join(ROOT, "..", "shared", "schemas", "office-addin");
const haveSchemas = existsSync(join(SCHEMAS, "OfficeAppManifestV1_1.xsd"));
const haveXmllint = !spawnSync("xmllint", ["--version"]).error;
const withSchemas = haveSchemas && haveXmllint ? it : it.skip;

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "duizhao-manifest-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, MANIFEST_SCHEMAS: SCHEMAS, ...env },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("rewriteManifest", () => {
  const base = "https://addins.example.cn/duizhao/";

  it("points every URL at the deployment base and leaves no localhost", () => {
    const out = rewriteManifest(manifest, base);
    expect(out).not.toContain("localhost");
    const before = manifest.split(DEV_BASE).length - 1;
    expect(before).toBeGreaterThan(10);
    expect(out.split(base).length - 1).toBe(before);
    expect(out).toContain(`${base}taskpane.html?tab=check&amp;run=1`);
    // still well-formed XML with the same elements
    expect(allElements(parseManifest(out)).length).toBe(allElements(parseManifest(manifest)).length);
  });

  it.each([
    ["http://addins.example.cn/duizhao/", /https/],
    ["https://addins.example.cn/duizhao", /“\/” 结尾/],
    ["", /为空/],
    ["addins.example.cn/duizhao/", /不是有效的网址/],
    ["https://addins.example.cn/?v=2/", /查询参数/],
  ])("rejects %j with a message saying what to fix", (bad, message) => {
    expect(() => rewriteManifest(manifest, bad)).toThrow(message);
  });
});

describe("validate-manifest.mjs", () => {
  withSchemas("accepts manifest.xml", () => {
    const { code, out } = validate(["manifest.xml"]);
    expect(out).toContain("manifest.xml 符合清单架构");
    expect(code).toBe(0);
  });

  withSchemas("accepts the manifest rewritten for a deployment", () => {
    const file = join(scratch, "deployed.xml");
    writeFileSync(file, rewriteManifest(manifest, "https://addins.example.cn/duizhao/"));
    expect(validate([file]).code).toBe(0);
  });

  withSchemas("rejects elements out of the schema's order and says where", () => {
    const version = manifest.match(/<Version>[^<]*<\/Version>\s*/)?.[0] ?? "";
    expect(version).not.toBe("");
    const swapped = manifest
      .replace(version, "")
      .replace(/(<ProviderName>[^<]*<\/ProviderName>)/, `$1\n  ${version.trim()}`);
    const file = join(scratch, "swapped.xml");
    writeFileSync(file, swapped);
    const { code, out } = validate([file]);
    expect(code).toBe(1);
    expect(out).toContain("不符合清单架构");
    expect(out).toMatch(/ProviderName.*not expected/);
  });

  it("explains where the schemas should be when they are missing", () => {
    const { code, out } = validate([], { MANIFEST_SCHEMAS: join(scratch, "no-schemas") });
    expect(code).toBe(2);
    expect(out).toContain("MANIFEST_SCHEMAS");
  });

  it("tells how to install xmllint when it is missing", () => {
    const schemas = join(scratch, "schemas");
    mkdirSync(schemas);
    writeFileSync(join(schemas, "OfficeAppManifestV1_1.xsd"), "<!-- stand-in -->");
    const { code, out } = validate([], { MANIFEST_SCHEMAS: schemas, PATH: join(scratch, "empty-bin") });
    expect(code).toBe(2);
    expect(out).toContain("apt-get install libxml2-utils");
  });
});

describe("draw-icons.mjs", () => {
  it("draws exactly the committed icons", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "draw-icons.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
