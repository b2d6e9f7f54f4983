/** Word.RangeCollection: what a search found, loaded as items or taken first. */
import { Binding, notFound, type Resolver } from "./binding";
import { ClientObject, itemsLoad, type LoadTree, type RequestContext } from "./context";
import type { Anchor } from "./records";
import { RangeProxy } from "./range-proxy";

export class RangeCollectionProxy extends ClientObject {
  private readonly binding: Binding<Anchor[]>;
  private loaded?: RangeProxy[];

  constructor(context: RequestContext, resolver: Resolver<Anchor[]>) {
    super(context);
    this.binding = new Binding(resolver);
    context.bindNowOrLater(() => void this.binding.get());
  }

  override fill(tree: LoadTree): void {
    const sub = itemsLoad(tree);
    this.loaded = this.binding.get().map((a) => {
      const r = new RangeProxy(this.context, () => a, false);
      r.fill(sub);
      return r;
    });
  }

  get items(): RangeProxy[] {
    return this.loaded ?? this.read("items");
  }

  getFirst(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.binding.get()[0];
      if (!a) throw notFound();
      return { start: { ...a.start }, end: { ...a.end } };
    });
  }
}
