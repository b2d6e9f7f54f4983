/** Word.Comment (WordApi 1.4), as Range.insertComment returns it: its text. */
import { ClientObject, type RequestContext } from "./context";
import { defineProperties, loaders, readOnly, type Properties } from "./properties";

const COMMENT = { content: readOnly((text: string) => text) };

const textOf = (comment: CommentProxy): string => comment.commentText;

export interface CommentProxy extends Properties<typeof COMMENT> {}

export class CommentProxy extends ClientObject {
  constructor(
    context: RequestContext,
    readonly commentText: string,
  ) {
    super(context);
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, COMMENT, textOf);
  }
}

defineProperties(CommentProxy, COMMENT, textOf);
