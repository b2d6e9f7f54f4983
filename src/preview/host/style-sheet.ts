/** The styles a simulated document defines beyond Word's built-in ones, and looking a style up by name or id. */
import { builtInFromLocalized } from "./records";
import { resolveBuiltIn, resolveCustom, type HostStyle, type ResolvedStyle } from "./styles";

export class StyleSheet {
  private readonly own = new Map<string, HostStyle>();

  /** Adds styles the document does not have yet; one it has keeps its own definition, as Word does. */
  define(styles: readonly HostStyle[]): void {
    for (const s of styles) if (!this.own.has(s.name)) this.own.set(s.name, { ...s });
  }

  clear(): void {
    this.own.clear();
  }

  /** The styles the document defines (not the built-in ones). */
  list(): HostStyle[] {
    return [...this.own.values()].map((s) => ({ ...s, font: { ...s.font } }));
  }

  /** A style by its name (built-in ones by English or localized name too); undefined when there is none. */
  named(name: string): ResolvedStyle | undefined {
    const own = this.own.get(name);
    if (own) return resolveCustom(own, (n) => this.own.get(n));
    const builtIn = builtInFromLocalized(name);
    return builtIn === "Other" ? undefined : resolveBuiltIn(builtIn);
  }

  /** A style by the w:styleId an OOXML package uses: the document's own, or a built-in one by its English id. */
  withId(id: string): ResolvedStyle | undefined {
    for (const s of this.own.values()) if (s.id === id) return this.named(s.name);
    return this.named(id);
  }

  /** The w:styleId to write for a paragraph of style `name` (built-in: `builtIn`, its English id). */
  idOf(name: string, builtIn: string): string {
    return this.own.get(name)?.id ?? (builtIn === "Other" ? "Normal" : builtIn);
  }
}
