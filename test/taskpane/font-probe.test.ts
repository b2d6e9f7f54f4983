import { probeFonts, type FontEnvironment } from "../../src/taskpane/environment/font-probe";

const NAMES = ["仿宋_GB2312", "楷体", "方正小标宋简体"];

/** A machine with these families: text is drawn in the first one of a CSS font list it has. */
function machine(installed: string[], fallbacks: Record<string, string>): Required<FontEnvironment> {
  const drawnIn = (font: string) => {
    const list = font.replace(/^\d+px\s+/, "").split(/,\s*/);
    for (const f of list) {
      const name = f.replace(/"/g, "");
      if (installed.includes(name)) return name;
      if (fallbacks[name]) return fallbacks[name]!;
    }
    return "default";
  };
  return {
    check: () => true,
    measure: (font, text) => `${drawnIn(font)}:${text.length}`,
  };
}

const DISTINCT = { serif: "Times", "sans-serif": "Arial", monospace: "Courier" };

test("today's browsers: check() says yes to anything, so the drawing decides", () => {
  const env = machine(["楷体"], DISTINCT);
  expect(env.check('16px "no such font"')).toBe(true);
  expect(Object.fromEntries(probeFonts(NAMES, env))).toEqual({
    仿宋_GB2312: "missing",
    楷体: "installed",
    方正小标宋简体: "missing",
  });
});

test("a family that is itself one of the fallbacks still counts as installed", () => {
  const env = machine(["Times"], DISTINCT);
  expect(probeFonts(["Times"], env).get("Times")).toBe("installed");
});

test("when every fallback draws alike nothing can be told: unknown, not missing", () => {
  const env = machine(["楷体"], { serif: "WenQuanYi", "sans-serif": "WenQuanYi", monospace: "WenQuanYi" });
  expect([...probeFonts(NAMES, env).values()]).toEqual(["unknown", "unknown", "unknown"]);
});

test("a check() that can say no (Chromium before 120) is believed", () => {
  const installed = new Set(["仿宋_GB2312"]);
  const env: FontEnvironment = { check: (font) => installed.has(font.replace(/^\d+px\s+"|"$/g, "")) };
  expect(Object.fromEntries(probeFonts(NAMES, env))).toEqual({
    仿宋_GB2312: "installed",
    楷体: "missing",
    方正小标宋简体: "missing",
  });
});

test("no API at all, or one that throws, answers unknown", () => {
  expect(probeFonts(NAMES, {}).get("楷体")).toBe("unknown");
  const broken: FontEnvironment = {
    check: () => {
      throw new Error("not allowed");
    },
    measure: () => {
      throw new Error("no canvas");
    },
  };
  expect(probeFonts(NAMES, broken).get("楷体")).toBe("unknown");
});

test("a family that covers only part of the sample is not called installed", () => {
  // Draws the Chinese in the family, the Latin in each fallback: the drawings differ, and differ from the
  // fallbacks' own.
  const env: FontEnvironment = {
    check: () => true,
    measure: (font) => (font.includes('"半套字体"') ? `half+${font.split(", ")[1]}` : font),
  };
  expect(probeFonts(["半套字体"], env).get("半套字体")).toBe("unknown");
});
