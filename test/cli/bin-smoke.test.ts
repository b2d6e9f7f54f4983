/** The packaged command line, run as a child process the way users run it (bin → lib/cli.js). */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { TempDir } from "./cli-helpers";

const root = join(__dirname, "../..");
const bin = join(root, "bin/duizhao.js");
const fixture = (name: string) => join(root, "test/fixtures/cli", name);

function duizhao(args: string[], script = bin) {
  const r = spawnSync(process.execPath, [script, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root, stdio: "pipe" });
}, 60_000);

describe("bin/duizhao.js", () => {
  it("checks files and sets the exit code", () => {
    const ok = duizhao(["check", fixture("complete-report.txt"), fixture("gbk-report.txt")]);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("汇总（2 个文件）：");
    expect(ok.stdout).toContain("署名：孙海燕");
    expect(ok.code).toBe(0);
    const bad = duizhao(["check", "--json", fixture("term-error.txt")]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ file: fixture("term-error.txt"), paragraphs: 10 });
  });

  it("reports unusable input in one line, without a stack trace", () => {
    const r = duizhao(["check", join(root, "test/fixtures/cli")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `duizhao: ${join(root, "test/fixtures/cli")}: 这是一个文件夹，不是文件：请指定要检查的文件（例如 文件夹/*.docx）`,
    ]);
  });

  it("says how to build the command line when lib/cli.js is missing", () => {
    const tmp = new TempDir();
    try {
      mkdirSync(join(tmp.path, "bin"));
      copyFileSync(bin, join(tmp.path, "bin/duizhao.js"));
      const r = duizhao(["--version"], join(tmp.path, "bin/duizhao.js"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/npm run build:cli/);
    } finally {
      tmp.remove();
    }
  });
});
