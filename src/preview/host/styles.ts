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
