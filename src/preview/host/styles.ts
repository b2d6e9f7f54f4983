/** Built-in styles the simulated host knows: localized (Chinese Word) names and the formatting a style resets to. */
export interface StyleDefinition {
  localized: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  alignment: "Left" | "Centered" | "Right" | "Justified";
  outlineLevel: number;
  spaceBefore: number;
  spaceAfter: number;
}

const body = { name: "等线", size: 10.5, bold: false, italic: false, color: "#000000" };

export const BUILT_IN_STYLES: Record<string, StyleDefinition> = {
  Normal: {
    localized: "正文",
    font: body,
    alignment: "Justified",
    outlineLevel: 10,
    spaceBefore: 0,
    spaceAfter: 0,
  },
  Title: {
    localized: "标题",
    font: { ...body, name: "等线 Light", size: 16, bold: true },
    alignment: "Centered",
    outlineLevel: 1,
    spaceBefore: 12,
    spaceAfter: 3,
  },
  Subtitle: {
    localized: "副标题",
    font: { ...body, name: "等线 Light", size: 16, bold: true },
    alignment: "Centered",
    outlineLevel: 2,
    spaceBefore: 12,
    spaceAfter: 3,
  },
  Heading1: {
    localized: "标题 1",
    font: { ...body, size: 22, bold: true },
    alignment: "Justified",
    outlineLevel: 1,
    spaceBefore: 17,
    spaceAfter: 16.5,
  },
  Heading2: {
    localized: "标题 2",
    font: { ...body, name: "等线 Light", size: 16, bold: true },
    alignment: "Justified",
    outlineLevel: 2,
    spaceBefore: 13,
    spaceAfter: 13,
  },
  Heading3: {
    localized: "标题 3",
    font: { ...body, size: 16, bold: true },
    alignment: "Justified",
    outlineLevel: 3,
    spaceBefore: 13,
    spaceAfter: 13,
  },
  Heading4: {
    localized: "标题 4",
    font: { ...body, name: "等线 Light", size: 14, bold: true },
    alignment: "Justified",
    outlineLevel: 4,
    spaceBefore: 14,
    spaceAfter: 14.5,
  },
  ListParagraph: {
    localized: "列表段落",
    font: body,
    alignment: "Justified",
    outlineLevel: 10,
    spaceBefore: 0,
    spaceAfter: 0,
  },
};

/**
 * A style the document itself defines (an OOXML styles part brings it): any property it leaves out comes
 * from the style it is based on, and in the end from Normal.
 */
export interface HostStyle {
  name: string;
  /** The w:styleId an OOXML package refers to it by. */
  id: string;
  /** Name of the style this one is based on (Normal when absent). */
  basedOn?: string;
  font?: Partial<StyleDefinition["font"] & { nameFarEast: string }>;
  alignment?: StyleDefinition["alignment"];
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  lineSpacingRule?: "multiple" | "atLeast" | "exact";
  spaceBefore?: number;
  spaceAfter?: number;
  outlineLevel?: number;
}

/** Everything applying a style sets: what a paragraph of that style looks like without direct formatting. */
export interface ResolvedStyle {
  name: string;
  builtIn: string;
  font: StyleDefinition["font"] & { nameFarEast?: string };
  alignment: StyleDefinition["alignment"];
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  lineSpacingRule: "multiple" | "atLeast" | "exact";
  spaceBefore: number;
  spaceAfter: number;
  outlineLevel: number;
}

export function resolveBuiltIn(builtIn: string): ResolvedStyle {
  const known = BUILT_IN_STYLES[builtIn];
  const def = known ?? BUILT_IN_STYLES.Normal!;
  return {
    name: def.localized,
    builtIn: known ? builtIn : "Other",
    font: { ...def.font },
    alignment: def.alignment,
    firstLineIndent: 0,
    leftIndent: 0,
    // Single spacing: 12 pt is one line as the API counts it.
    lineSpacing: 12,
    lineSpacingRule: "multiple",
    spaceBefore: def.spaceBefore,
    spaceAfter: def.spaceAfter,
    outlineLevel: def.outlineLevel,
  };
}

/** Hops followed along basedOn, as the readers' budget has it: Word's own styles are two or three deep. */
const STYLE_CHAIN_HOPS = 16;

/**
 * A style and the styles it is based on, nearest first: the walk stops at a loop, at a name `lookup` does
 * not know, or after STYLE_CHAIN_HOPS styles (a crafted chain of thousands is not followed to its end).
 */
export function baseChain(
  style: HostStyle | undefined,
  lookup: (name: string) => HostStyle | undefined,
): HostStyle[] {
  const chain: HostStyle[] = [];
  for (
    let s = style;
    s && !chain.includes(s) && chain.length < STYLE_CHAIN_HOPS;
    s = s.basedOn ? lookup(s.basedOn) : undefined
  )
    chain.push(s);
  return chain;
}

/** A document style with its base styles' properties filled in (a loop in basedOn stops at Normal). */
export function resolveCustom(
  style: HostStyle,
  lookup: (name: string) => HostStyle | undefined,
): ResolvedStyle {
  const chain = baseChain(style, lookup).reverse();
  const base = resolveBuiltIn("Normal");
  const out: ResolvedStyle = { ...base, name: style.name, builtIn: "Other", font: { ...base.font } };
  const own = new Set(["name", "id", "basedOn", "font"]);
  for (const s of chain) {
    for (const [k, v] of Object.entries(s.font ?? {}))
      if (v !== undefined) Object.assign(out.font, { [k]: v });
    for (const [k, v] of Object.entries(s))
      if (!own.has(k) && v !== undefined) Object.assign(out, { [k]: v });
  }
  return out;
}
