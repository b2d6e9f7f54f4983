#!/usr/bin/env node
// Thin launcher: the command line itself is bundled into lib/cli.js by scripts/build-cli.mjs.
"use strict";
const path = require("path");
const fs = require("fs");

const cli = path.join(__dirname, "..", "lib", "cli.js");
if (!fs.existsSync(cli)) {
  process.stderr.write("duizhao: 命令行尚未构建，请先在项目目录运行 npm run build:cli\n");
  process.exit(2);
}
require(cli).main();
