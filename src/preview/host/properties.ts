/**
 * Proxy properties from a table. One entry says how sync loads a property from the proxy's target and, for
 * a settable one, how a write applies to it; the getters read the loaded value (PropertyNotLoaded before)
 * and the setters queue the write for the next sync, as Office.js does.
 */
import type { ClientObject } from "./context";
import { HostError, MESSAGES } from "./errors";

export interface ReadOnlyProperty<T, V> {
  load(target: T): V;
  /** A requirement set the property belongs to: outside it the property does not load, a write fails at sync. */
  requires?: readonly [set: string, version: string];
}

export interface SettableProperty<T, V> extends ReadOnlyProperty<T, V> {
  apply(target: T, value: V): void;
}

type AnyProperty<T> = ReadOnlyProperty<T, unknown> & { apply?(target: T, value: unknown): void };
export type PropertyTable<T> = Record<string, AnyProperty<T>>;

export const readOnly = <T, V>(load: (target: T) => V): ReadOnlyProperty<T, V> => ({ load });

export const settable = <T, V>(
  load: (target: T) => V,
  apply: (target: T, value: V) => void,
): SettableProperty<T, V> => ({ load, apply });

type ValueOf<P> = P extends ReadOnlyProperty<never, infer V> ? V : never;
type SettableKeys<P> = {
  [K in keyof P]: P[K] extends { apply(t: never, v: never): void } ? K : never;
}[keyof P];

/** The instance type a table adds to its proxy class (merged into the class by an interface of its name). */
export type Properties<P> = { readonly [K in Exclude<keyof P, SettableKeys<P>>]: ValueOf<P[K]> } & {
  [K in SettableKeys<P>]: ValueOf<P[K]>;
};

function supported(self: ClientObject, p: AnyProperty<unknown>): boolean {
  return !p.requires || self.context.host.supports?.(...p.requires) === true;
}

/** What `scalars()` returns: the table's loaders over `target`, evaluated during sync. */
export function loaders<O extends ClientObject, T>(
  self: O,
  table: PropertyTable<T>,
  target: (self: O) => T,
): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  for (const [name, p] of Object.entries(table)) {
    if (supported(self, p)) out[name] = () => p.load(target(self));
  }
  return out;
}

/** Puts a getter (and a setter for settable entries) for every entry of `table` on the class. */
export function defineProperties<O extends ClientObject, T>(
  cls: { prototype: O },
  table: PropertyTable<T>,
  target: (self: O) => T,
): void {
  for (const [name, p] of Object.entries(table)) {
    const apply = p.apply;
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: O) {
        return this.read(name);
      },
      set: apply
        ? function (this: O, value: unknown) {
            this.write(name, value, () => {
              // Like Office.js, an API outside the supported sets fails when the batch reaches Word.
              if (!supported(this, p)) throw new HostError("ApiNotFound", MESSAGES.apiNotFound);
              apply(target(this), value);
            });
          }
        : undefined,
    });
  }
}
