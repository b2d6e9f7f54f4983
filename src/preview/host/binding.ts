/** How a proxy finds its document target: lazily, in queue order, during sync, and only once. */
import type { ClientObject } from "./context";
import { HostError, MESSAGES } from "./errors";
import type { Node } from "./records";

export type Resolver<T> = () => T;

/** Binds once, on first use during a sync, and then keeps its target. */
export class Binding<T> {
  private bound = false;
  private target: T | undefined;
  constructor(private readonly resolver: Resolver<T>) {}
  get(): T {
    if (!this.bound) {
      this.target = this.resolver();
      this.bound = true;
    }
    return this.target as T;
  }
}

export function notFound(): HostError {
  return new HostError("ItemNotFound", MESSAGES.itemNotFound);
}

export function throwNotFound(): never {
  throw notFound();
}

/** A paragraph that still exists (deleted or merged-away paragraphs are ItemNotFound). */
export function liveNode(node: Node): Node {
  if (!node.alive) throw notFound();
  return node;
}

export function sameContext(a: ClientObject, b: ClientObject): void {
  if (a.context !== b.context) throw new HostError("InvalidRequestContext", MESSAGES.invalidRequestContext);
}
