// Bundles the command line (src/cli/main.ts) into lib/cli.js, which bin/duizhao.js loads.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [resolve(root, "src/cli/main.ts")],
  outfile: resolve(root, "lib/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
console.log("lib/cli.js built");
