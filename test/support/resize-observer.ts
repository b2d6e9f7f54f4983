/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Call in beforeAll. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
