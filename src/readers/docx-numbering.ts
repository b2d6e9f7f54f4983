/**
 * Word's automatic list numbers from word/numbering.xml, counted in document order the way Word does:
 * w:num → w:abstractNum (or its w:numStyleLink), w:lvlOverride/w:startOverride, lower levels restarting
 * when a higher level advances (unless w:lvlRestart says otherwise). Values outside what Word itself
 * allows are tamed as Word would (limits.ts): levels other than 0–8 are ignored, starts clamped to
 * 0–32767, level texts and the numbers they make cut at 255 characters.
 */
import { formatListNumber } from "./number-formats";
import type { Styles } from "./docx-styles";
import { LIMITS } from "./limits";
import { isW, wAttr, wChild, wChildren, wInt, wVal, elements, type XmlElement } from "./wordml";

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** lvlText split once: literal text at even indices, the level (0–8) a %N stands for at odd ones. */
  pieces: (string | number)[];
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

/** A level index Word knows (0–8), or undefined. */
function levelIndex(value: string | null): number | undefined {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n < LIMITS.listLevels ? n : undefined;
}

function clampStart(start: number | undefined): number | undefined {
  return start === undefined ? undefined : Math.min(Math.max(start, 0), LIMITS.listStart);
}

function readLevel(lvl: XmlElement): LevelDef {
  const lvlText = (wVal(lvl, "lvlText") ?? "").slice(0, LIMITS.lvlTextChars);
  const restart = wInt(lvl, "lvlRestart");
  const isLgl = wChild(lvl, "isLgl");
  return {
    start: clampStart(wInt(lvl, "start")) ?? 0,
    numFmt: wVal(lvl, "numFmt") ?? "decimal",
    lvlText,
    pieces: lvlText.split(/%([1-9])/).map((piece, i) => (i % 2 === 1 ? Number(piece) - 1 : piece)),
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
        for (const lvl of wChildren(el, "lvl")) {
          const ilvl = levelIndex(wAttr(lvl, "ilvl"));
          if (ilvl !== undefined) levels.set(ilvl, readLevel(lvl));
        }
        abstracts.set(id, { levels, numStyleLink: wVal(el, "numStyleLink") });
      } else if (isW(el, "num")) {
        const numId = Number(wAttr(el, "numId"));
        const overrides = new Map<number, { start?: number; level?: LevelDef }>();
        for (const o of wChildren(el, "lvlOverride")) {
          const lvl = wChild(o, "lvl");
          const start = clampStart(wInt(o, "startOverride"));
          const ilvl = levelIndex(wAttr(o, "ilvl"));
          if (ilvl === undefined) continue;
          overrides.set(ilvl, {
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
      if (numId === 0 || levelIndex(String(ilvl)) === undefined) return undefined;
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
      // Each level's number is formatted once, however often the level text repeats it.
      const shown = new Map<number, string>();
      const number = (at: number) => {
        const def = at === ilvl ? level : levelOf(num, abs, at);
        const n = at === ilvl ? value : (counts[at] ?? def?.start ?? 1);
        return formatListNumber(n, level.isLgl ? "decimal" : (def?.numFmt ?? "decimal"));
      };
      let text = "";
      for (const piece of level.pieces) {
        if (typeof piece === "string") text += piece;
        else {
          if (!shown.has(piece)) shown.set(piece, number(piece));
          text += shown.get(piece);
        }
        if (text.length >= LIMITS.lvlTextChars) break;
      }
      return text.slice(0, LIMITS.lvlTextChars);
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
