/**
 * Where the cursor is: the main text, or a header, footer, footnote, comment or text box (Body.type of the
 * selection's parent body, WordApi 1.3). Text meant for the report must not land in those.
 */
import { GatewayError } from "./errors";

/** Body.type → where that is, as the user knows it. */
const STORY_NAMES: Record<string, string> = {
  Header: "页眉",
  Footer: "页脚",
  Footnote: "脚注",
  Endnote: "尾注",
  NoteItem: "脚注或尾注",
  Comment: "批注",
  Shape: "文本框",
  TextBox: "文本框",
};

/** Stories text for the report may go into. */
const MAIN = new Set(["MainDoc", "TableCell"]);

export const STORY_MESSAGE = (where: string, what: string): string =>
  `光标在${where}里：${what}只能插入正文。请在正文中要插入的位置单击一下再试，文档没有改动。`;

/** Throws the Chinese reason when `type` (loaded) is not the main text; `what` names what was to be inserted. */
export function requireMainStory(type: string, what: string): void {
  if (MAIN.has(type)) return;
  throw new GatewayError(
    "invalid",
    STORY_MESSAGE(STORY_NAMES[type] ?? "页眉、页脚、脚注、批注或文本框等正文以外的地方", what),
  );
}
