// One way to turn our TypeScript into a CommonJS file Node 20 runs: the command line, the benches, the fit and
// the rule docs all bundle with these settings.
import { build } from "esbuild";

/** esbuild with our Node settings; `options` adds the entry (or stdin) and the output. */
export function bundleForNode(options) {
  return build({
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
    ...options,
  });
}
