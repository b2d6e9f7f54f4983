/**
 * Word's automatic list numbers from word/numbering.xml, counted in document order the way Word does:
 * w:num → w:abstractNum (or its w:numStyleLink), w:lvlOverride/w:startOverride, lower levels restarting
 * when a higher level advances (unless w:lvlRestart says otherwise).
 */
import { formatListNumber } from "./number-formats";
import type { Styles } from "./docx-styles";
import { isW, wAttr, wChild, wChildren, wInt, wVal, elements, type XmlElement } from "./wordml";

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: 0 = never restart; n = restart when a level above n (1-based) advances. */
  restart?: number;
  isLgl: boolean;
  /** The paragraph style bound to this level (w:pStyle inside w:lvl). */
  pStyle: string | null;
}

interface AbstractDef {
  levels: Map<number, LevelDef>;
  numStyleLink: string | null;
}

interface NumDef {
  abstractId: number;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

function readLevel(lvl: XmlElement): LevelDef {
  const restart = wInt(lvl, "lvlRestart");
  const isLgl = wChild(lvl, "isLgl");
  return {
    start: wInt(lvl, "start") ?? 0,
    numFmt: wVal(lvl, "numFmt") ?? "decimal",
    lvlText: wVal(lvl, "lvlText") ?? "",
    ...(restart !== undefined ? { restart } : {}),
    isLgl: isLgl !== null && wAttr(isLgl, "val") !== "0" && wAttr(isLgl, "val") !== "false",
    pStyle: wVal(lvl, "pStyle"),
  };
}

export interface ListNumbering {
  /** The number string for the next paragraph of list `numId` at level `ilvl`, advancing the count. */
  next(numId: number, ilvl: number): string | undefined;
  /** The level whose w:pStyle is `styleId`, for paragraphs numbered through their style. */
  levelForStyle(numId: number, styleId: string): number | undefined;
}

export function readNumbering(root: XmlElement | null, styles: Styles): ListNumbering {
  const abstracts = new Map<number, AbstractDef>();
  const nums = new Map<number, NumDef>();
  if (root) {
    for (const el of elements(root)) {
      if (isW(el, "abstractNum")) {
        const id = Number(wAttr(el, "abstractNumId"));
        const levels = new Map<number, LevelDef>();
        for (const lvl of wChildren(el, "lvl")) levels.set(Number(wAttr(lvl, "ilvl") ?? 0), readLevel(lvl));
        abstracts.set(id, { levels, numStyleLink: wVal(el, "numStyleLink") });
      } else if (isW(el, "num")) {
        const numId = Number(wAttr(el, "numId"));
        const overrides = new Map<number, { start?: number; level?: LevelDef }>();
        for (const o of wChildren(el, "lvlOverride")) {
          const lvl = wChild(o, "lvl");
          const start = wInt(o, "startOverride");
          overrides.set(Number(wAttr(o, "ilvl") ?? 0), {
            ...(start !== undefined ? { start } : {}),
            ...(lvl ? { level: readLevel(lvl) } : {}),
          });
        }
        nums.set(numId, { abstractId: wInt(el, "abstractNumId") ?? -1, overrides });
      }
    }
  }

  /** The abstract definition holding the levels, following one w:numStyleLink hop. */
  function abstractOf(num: NumDef): AbstractDef | undefined {
    const abs = abstracts.get(num.abstractId);
    if (abs?.numStyleLink) {
      const linkedNum = nums.get(styles.numberingStyleNumId(abs.numStyleLink) ?? -1);
      const linked = linkedNum ? abstracts.get(linkedNum.abstractId) : undefined;
      if (linked && !linked.numStyleLink) return linked;
    }
    return abs;
  }

  function levelOf(num: NumDef, abs: AbstractDef, ilvl: number): LevelDef | undefined {
    const o = num.overrides.get(ilvl);
    const base = o?.level ?? abs.levels.get(ilvl);
    if (!base) return undefined;
    return o?.start !== undefined ? { ...base, start: o.start } : base;
  }

  // Lists sharing an abstract definition continue one count; a w:num with overrides is its own instance.
  const counters = new Map<string, (number | undefined)[]>();

  return {
    next(numId, ilvl) {
      if (numId === 0) return undefined;
      const num = nums.get(numId);
      if (!num) return undefined;
      const abs = abstractOf(num);
      if (!abs) return undefined;
      const level = levelOf(num, abs, ilvl);
      if (!level) return undefined;
      const key = num.overrides.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`;
      let counts = counters.get(key);
      if (!counts) counters.set(key, (counts = []));
      const current = counts[ilvl];
      const value = current === undefined ? level.start : current + 1;
      counts[ilvl] = value;
      for (let deeper = ilvl + 1; deeper < counts.length; deeper++) {
        const restart = levelOf(num, abs, deeper)?.restart;
        if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
      }
      if (level.numFmt === "bullet") return level.lvlText;
      return level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        const def = at === ilvl ? level : levelOf(num, abs, at);
        const shown = at === ilvl ? value : (counts[at] ?? def?.start ?? 1);
        const format = level.isLgl ? "decimal" : (def?.numFmt ?? "decimal");
        return formatListNumber(shown, format);
      });
    },
    levelForStyle(numId, styleId) {
      const num = nums.get(numId);
      const abs = num ? abstractOf(num) : undefined;
      if (!abs) return undefined;
      for (const [ilvl, level] of abs.levels) if (level.pStyle === styleId) return ilvl;
      return undefined;
    },
  };
}
