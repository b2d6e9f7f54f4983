/** Word.Comment (WordApi 1.4) as Range.insertComment returns it, and the body's comments (getComments). */
import { requireApi } from "./api-sets";
import { ClientObject, itemsLoad, type LoadTree, type RequestContext } from "./context";
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

/** Body.getComments(): the comments on live text when loaded, in the order they were added. */
export class CommentCollectionProxy extends ClientObject {
  private loaded?: CommentProxy[];

  constructor(context: RequestContext) {
    super(context);
    requireApi(context, "WordApi", "1.4", "Body.getComments");
  }

  override fill(tree: LoadTree): void {
    const sub = itemsLoad(tree);
    this.loaded = this.context.doc.comments().map((c) => {
      const proxy = new CommentProxy(this.context, c.text);
      proxy.fill(sub);
      return proxy;
    });
  }

  get items(): CommentProxy[] {
    return this.loaded ?? this.read("items");
  }
}
