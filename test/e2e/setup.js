// Builds the pages when dist/ lacks them (CI builds first), then serves dist/ on a free loopback port.
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { serveDist } = require("../../scripts/serve-dist");

module.exports = async () => {
  if (!existsSync("dist/preview.html") || process.env.E2E_BUILD === "1") {
    const built = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("webpack build failed");
  }
  const server = await serveDist("dist", 0);
  globalThis.__duizhaoServer = server;
  process.env.PREVIEW_URL = `http://127.0.0.1:${server.address().port}/`;
};
