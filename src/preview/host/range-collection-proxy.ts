/** Word.RangeCollection: what a search found, loaded as items or taken first. */
import { Binding, throwNotFound, type Resolver } from "./binding";
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

  /** Fails at sync with ItemNotFound when the collection is empty (a search that found nothing). */
  getFirst(): RangeProxy {
    return new RangeProxy(this.context, () => this.first() ?? throwNotFound());
  }

  /** WordApi 1.3: a null object (isNullObject) instead of failing when the collection is empty. */
  getFirstOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => this.first());
  }

  private first(): Anchor | null {
    const a = this.binding.get()[0];
    return a ? { start: { ...a.start }, end: { ...a.end } } : null;
  }
}
