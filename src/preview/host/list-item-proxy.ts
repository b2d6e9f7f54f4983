/** Word.ListItem of a paragraph, or its null object (listItemOrNullObject) for a paragraph outside a list. */
import { Binding, liveNode, notFound } from "./binding";
import { ClientObject, type LoadTree, type RequestContext } from "./context";
import type { ParagraphProxy } from "./paragraph-proxy";
import { defineProperties, loaders, readOnly, type Properties } from "./properties";
import type { Node } from "./records";

const LIST_ITEM = {
  listString: readOnly((n: Node | null) => n?.rec.listString),
  level: readOnly((n: Node | null) => n?.rec.listLevel),
};

const boundNode = (item: ListItemProxy): Node | null => item.bind();

export interface ListItemProxy extends Properties<typeof LIST_ITEM> {}

export class ListItemProxy extends ClientObject {
  private readonly binding: Binding<Node | null>;

  constructor(context: RequestContext, paragraph: ParagraphProxy, orNull: boolean) {
    super(context);
    this.binding = new Binding(() => {
      const n = liveNode(paragraph.node());
      if (n.rec.isListItem) return n;
      if (orNull) return null;
      throw notFound();
    });
    context.bindNowOrLater(() => void this.bind());
  }

  bind(): Node | null {
    const n = this.binding.get();
    this.markNull(n === null);
    return n;
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, LIST_ITEM, boundNode);
  }

  override fill(tree: LoadTree): void {
    this.bind();
    super.fill(tree);
  }
}

defineProperties(ListItemProxy, LIST_ITEM, boundNode);
