/** Word.ParagraphCollection: the paragraphs of the body or of a range, loaded as items or picked first/last. */
import { throwNotFound, type Resolver } from "./binding";
import { ClientObject, itemsLoad, type LoadTree, type RequestContext } from "./context";
import { ParagraphProxy } from "./paragraph-proxy";
import type { Node } from "./records";

export class ParagraphCollectionProxy extends ClientObject {
  private loaded?: ParagraphProxy[];

  constructor(
    context: RequestContext,
    private readonly source: Resolver<Node[]>,
  ) {
    super(context);
  }

  override fill(tree: LoadTree): void {
    const sub = itemsLoad(tree);
    this.loaded = this.source().map((n) => {
      const p = new ParagraphProxy(this.context, () => n, false);
      p.fill(sub);
      return p;
    });
  }

  get items(): ParagraphProxy[] {
    return this.loaded ?? this.read("items");
  }

  /** The first or last paragraph; an empty collection fails at sync, or gives a null object (`orNull`). */
  private pick(which: "first" | "last", orNull: boolean): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const nodes = this.source();
      const node = which === "first" ? nodes[0] : nodes[nodes.length - 1];
      return node ?? (orNull ? null : throwNotFound());
    });
  }

  getFirst(): ParagraphProxy {
    return this.pick("first", false);
  }
  getLast(): ParagraphProxy {
    return this.pick("last", false);
  }
  getFirstOrNullObject(): ParagraphProxy {
    return this.pick("first", true);
  }
  getLastOrNullObject(): ParagraphProxy {
    return this.pick("last", true);
  }
}
