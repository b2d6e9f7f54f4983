/* Builds the task pane, the ribbon function file and the browser preview into dist/.
 *
 *   ADDIN_BASE_URL=https://host/path/  rewrites every URL of dist/manifest.xml to that base.
 *   OFFICE_JS=local                    copies the Office.js runtime into dist/office-js/ and points the pages there
 *                                      (for intranets that cannot reach Microsoft's CDN).
 *   --env pages=selfcheck,commands     builds only these pages; the manifest and assets are copied all the same
 *                                      (give --output-path elsewhere: the output folder is emptied first).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteManifest } = require("./scripts/manifest-urls");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const baseUrl = process.env.ADDIN_BASE_URL;
  const officeJsUrl = localOfficeJs ? "office-js/office.js" : CDN_OFFICE_JS;
  // The self-check page's Content-Security-Policy allows scripts from this host besides its own.
  const officeJsOrigin = localOfficeJs ? "" : new URL(CDN_OFFICE_JS).origin;

  const copies = [
    { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
    // The 使用说明's pictures (made by the browser tests), for the support page.
    { from: "assets/screenshots/*.png", to: "assets/screenshots/[name][ext]", noErrorOnMissing: true },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (baseUrl ? rewriteManifest(content.toString(), baseUrl) : content),
    },
  ];
  if (localOfficeJs) {
    // Copied as is: the runtime is large and already minified where it needs to be.
    copies.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      info: { minimized: true },
    });
  }

  const pages = {
    taskpane: ["./src/taskpane/index.tsx", "./src/taskpane/taskpane.html"],
    commands: ["./src/commands/commands.ts", "./src/commands/commands.html"],
    preview: ["./src/preview/index.tsx", "./src/preview/preview.html"],
    review: ["./src/review/index.tsx", "./src/review/review.html"],
    selfcheck: ["./src/selfcheck/index.ts", "./src/selfcheck/selfcheck.html"],
  };
  const chosen = env && env.pages ? String(env.pages).split(",") : Object.keys(pages);
  const unknown = chosen.filter((name) => !pages[name]);
  if (unknown.length)
    throw new Error(`--env pages: no page ${unknown.join(", ")} (pages: ${Object.keys(pages)})`);

  const config = {
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(chosen.map((name) => [name, pages[name][0]])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...chosen.map(
        (name) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: pages[name][1],
            chunks: [name],
            officeJsUrl,
            officeJsOrigin,
          }),
      ),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
  };

  if (env && env.WEBPACK_SERVE) {
    // https only when serving to Word: Office requires it, and the certificates are made on demand.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.resolve(__dirname, "dist") },
    };
  }
  return config;
};
