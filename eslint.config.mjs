import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import layers from "./scripts/eslint-layers.mjs";

// The Office add-in rules (load before read, sync after load, no sync in loops) apply to .ts and .tsx alike.
const officeRules = officeAddins.configs.recommended.find(
  (c) => c.rules && c.rules["office-addins/call-sync-after-load"],
);

// The layers of src/ (README, Architecture: arrows point inward). `imports`: the folders a layer may import;
// `office`: may use the Office.js globals; `node`: runs in Node; `ui`: draws with React and Fluent.
export const LAYERS = {
  core: { imports: ["core"] },
  readers: { imports: ["readers", "core"] },
  word: { imports: ["word", "core"], office: true },
  commands: { imports: ["commands", "word", "core"], office: true },
  taskpane: { imports: ["taskpane", "word", "readers", "core"], ui: true },
  preview: { imports: ["preview", "taskpane", "readers", "core"], ui: true },
  // The 审阅台 page: files through readers, the pane's finding and outline components, never Word.
  review: { imports: ["review", "taskpane/components", "taskpane/strings", "readers", "core"], ui: true },
  // The administrator's self-check page: no React, Office.js only through word/office-host.ts.
  selfcheck: {
    imports: ["selfcheck", "taskpane/environment", "taskpane/strings", "word/office-host", "core"],
  },
  // The simulated host implements Office.js, so it stands apart from the code that uses it.
  "preview/host": { imports: ["preview/host"], office: true },
  cli: { imports: ["cli", "readers", "core"], node: true, outsideSrc: true },
};

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: officeRules.plugins,
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      ...officeRules.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { duizhao: layers },
    rules: { "duizhao/layers": ["error", LAYERS] },
  },
  {
    // What the pane loads before any tab is chosen (its root files and the 结构 tab) stays small: the matcher,
    // the rules and the 检查 tab's code load with that tab. A dynamic import() is how they are reached.
    files: ["src/taskpane/*.{ts,tsx}", "src/taskpane/structure/**", "src/taskpane/tabs/StructureTab.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "core/check(/index|/match.*|/rules.*)?$",
              message:
                "The matcher and the rules load with the 检查 tab: import them there, not in the pane's initial script.",
            },
            {
              group: ["**/taskpane/check/*", "**/components/check/*", "./check/*", "../check/*"],
              message: "The 检查 tab's code loads with that tab: not in the pane's initial script.",
            },
          ],
        },
      ],
    },
  },
  {
    // The preview implements the Word API (its tests exercise it, misuse included) and uses the browser's own
    // Selection: the client-side rules do not apply there.
    files: ["src/preview/**", "test/**"],
    rules: Object.fromEntries(
      Object.keys(officeRules.rules)
        .filter((r) => r.startsWith("office-addins/"))
        .map((r) => [r, "off"]),
    ),
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        globalThis: "readonly",
      },
    },
  },
];
