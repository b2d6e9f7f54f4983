// Bundles the command line (src/cli/main.ts) into lib/cli.js, which bin/duizhao.js loads.
import { bundleForNode } from "./node-bundle.mjs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

await bundleForNode({
  entryPoints: [resolve(root, "src/cli/main.ts")],
  outfile: resolve(root, "lib/cli.js"),
  legalComments: "none",
});
console.log("lib/cli.js built");
