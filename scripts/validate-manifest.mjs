#!/usr/bin/env node
// `npm run validate`: checks manifest.xml (and dist/manifest.xml when a build made one) against Microsoft's
// add-in manifest schema with xmllint, offline.
//   node scripts/validate-manifest.mjs [manifest files...]
// Schemas: $MANIFEST_SCHEMAS, else ../shared/schemas/office-addin/ next to the repository.
// Exit codes: 0 all valid, 1 a manifest is invalid or unreadable, 2 xmllint or the schemas are missing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

const schemaDir = resolve(
  process.env.MANIFEST_SCHEMAS || join(ROOT, "..", "shared", "schemas", "office-addin"),
);
const schema = join(schemaDir, SCHEMA_FILE);
if (!existsSync(schema)) {
  fail(
    2,
    `找不到清单架构文件 ${schema}。\n` +
      `请把 Office 加载项清单架构（${SCHEMA_FILE} 及其引用的 .xsd）放到该目录，` +
      `或用环境变量 MANIFEST_SCHEMAS 指向它们所在的目录。`,
  );
}

const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  fail(
    2,
    probe.error.code === "ENOENT"
      ? "找不到 xmllint。请先安装：sudo apt-get install libxml2-utils（macOS 自带；Windows 可在 WSL 中安装）。"
      : `无法运行 xmllint：${probe.error.message}`,
  );
}

const args = process.argv.slice(2);
const files = args.length
  ? args.map((f) => resolve(f))
  : [join(ROOT, "manifest.xml"), join(ROOT, "dist", "manifest.xml")].filter(
      (f, i) => i === 0 || existsSync(f),
    );

let failed = 0;
for (const file of files) {
  const near = relative(process.cwd(), file);
  const name = near && !near.startsWith("..") ? near : file;
  if (!existsSync(file)) {
    console.error(`✗ ${name}：文件不存在。`);
    failed++;
    continue;
  }
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`.trim();
  if (run.status === 0) {
    console.log(`✓ ${name} 符合清单架构`);
  } else {
    failed++;
    console.error(`✗ ${name} 不符合清单架构（xmllint 退出码 ${run.status}）：`);
    console.error(output);
    console.error(
      "请按上面的行号和“Expected is …”修改：顶层元素的顺序是固定的，见 docs/TESTING.md 的清单一节。",
    );
    continue;
  }
  if (
    file.endsWith(join("dist", "manifest.xml")) &&
    readFileSync(file, "utf8").includes("https://localhost:")
  ) {
    console.log(
      `  注意：${name} 仍指向 localhost，部署前请用 ADDIN_BASE_URL=https://…/ npm run build 重新生成。`,
    );
  }
}

process.exit(failed ? 1 : 0);
