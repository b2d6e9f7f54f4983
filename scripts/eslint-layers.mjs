// ESLint rule "layers": each folder of src/ may import only the folders its layer names, Node's built-in modules
// only where the layer runs in Node, React and Fluent only where it draws UI, and Office.js globals only where
// it talks to Office. The table itself lives in eslint.config.mjs, beside the rest of the lint setup.
import { builtinModules } from "node:module";
import path from "node:path";

const NODE_BUILTINS = new Set(builtinModules);
const UI_PACKAGES = /^(react|react-dom|@fluentui)(\/|$)/;
const OFFICE_GLOBALS = new Set(["Office", "Word", "OfficeExtension"]);
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self"]);
const NODE_GLOBALS = new Set(["process", "Buffer", "require", "__dirname", "__filename", "global"]);

/** The layer a path under src/ belongs to: the longest table key it starts with. */
function layerOf(table, srcPath) {
  let best = null;
  for (const key of Object.keys(table)) {
    if ((srcPath === key || srcPath.startsWith(key + "/")) && (!best || key.length > best.length)) best = key;
  }
  return best;
}

function isNodeBuiltin(spec) {
  return spec.startsWith("node:") || NODE_BUILTINS.has(spec.split("/")[0]);
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "imports and globals follow the layers of src/ (README, Architecture)" },
    schema: [{ type: "object" }],
    messages: {
      noLayer: "src/{{folder}} has no layer in eslint.config.mjs: add it with the folders it may import.",
      crossLayer: "{{layer}} may not import {{target}}: allowed are {{allowed}} (README, Architecture).",
      outsideSrc: "{{layer}} may not import files outside src/ ({{spec}}).",
      nodeModule: "{{layer}} runs outside Node: no Node built-in module ({{spec}}).",
      uiPackage: "{{layer}} draws no UI: no {{spec}}.",
      officeGlobal: "{{layer}} reaches Office only through src/word/: no {{name}} here.",
      nodeGlobal: "{{layer}} runs outside Node: no {{name}}.",
    },
  },
  create(context) {
    const table = context.options[0] ?? {};
    const srcRoot = path.join(context.cwd, "src");
    const file = path.relative(srcRoot, context.filename).split(path.sep).join("/");
    if (file.startsWith("..") || path.isAbsolute(file)) return {};
    const layer = layerOf(table, file);
    if (!layer) {
      return {
        Program(node) {
          context.report({ node, messageId: "noLayer", data: { folder: file.split("/")[0] } });
        },
      };
    }
    const rules = table[layer];
    const allowed = rules.imports ?? [layer];

    function checkSource(node) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const spec = node.value;
      if (spec.startsWith(".")) {
        const target = path
          .relative(srcRoot, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join("/");
        if (target.startsWith("..")) {
          if (!rules.outsideSrc) context.report({ node, messageId: "outsideSrc", data: { layer, spec } });
          return;
        }
        const ok = allowed.some((a) => target === a || target.startsWith(a + "/"));
        if (!ok) {
          const data = { layer, target: "src/" + target, allowed: allowed.join(", ") };
          context.report({ node, messageId: "crossLayer", data });
        }
      } else if (isNodeBuiltin(spec)) {
        if (!rules.node) context.report({ node, messageId: "nodeModule", data: { layer, spec } });
      } else if (UI_PACKAGES.test(spec)) {
        if (!rules.ui) context.report({ node, messageId: "uiPackage", data: { layer, spec } });
      }
    }

    return {
      ImportDeclaration: (node) => checkSource(node.source),
      ExportNamedDeclaration: (node) => checkSource(node.source),
      ExportAllDeclaration: (node) => checkSource(node.source),
      ImportExpression: (node) => checkSource(node.source),
      TSImportType: (node) => checkSource(node.argument?.literal ?? node.argument),
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require")
          checkSource(node.arguments[0]);
      },
      MemberExpression(node) {
        const { object, property } = node;
        if (object.type !== "Identifier" || !GLOBAL_OBJECTS.has(object.name) || node.computed) return;
        if (!rules.office && OFFICE_GLOBALS.has(property.name)) {
          context.report({
            node,
            messageId: "officeGlobal",
            data: { layer, name: `${object.name}.${property.name}` },
          });
        }
      },
      "Program:exit"(node) {
        // Globals nobody declared: Office.js's and Node's are the ones a layer may be barred from.
        for (const ref of context.sourceCode.getScope(node).through) {
          const name = ref.identifier.name;
          if (!rules.office && OFFICE_GLOBALS.has(name)) {
            context.report({ node: ref.identifier, messageId: "officeGlobal", data: { layer, name } });
          } else if (!rules.node && NODE_GLOBALS.has(name)) {
            context.report({ node: ref.identifier, messageId: "nodeGlobal", data: { layer, name } });
          }
        }
      },
    };
  },
};

export default { rules: { layers: rule } };
