/**
 * One set of keys for every list of cards in the pane (findings, snippets): J or ↓ moves to the next card,
 * K or ↑ to the previous one, staying at the ends. Outside a card they go to the nearest card after (J, ↓)
 * or before (K, ↑) the focus, so ↓ in a search box above the list enters it. Letters typed into a text
 * field stay there, and the arrows stay with the controls that use them (menus, lists of options, radios).
 */
import { useCallback, useRef, type KeyboardEvent } from "react";

/** Marks an element as a card of a navigable list. */
export const CARD = { "data-card": "" } as const;

const NEXT = new Set(["j", "J", "ArrowDown"]);
const PREVIOUS = new Set(["k", "K", "ArrowUp"]);
const TEXT_FIELD = "input, textarea, [contenteditable=true]";
const OWN_ARROWS = "textarea, select, [role=menu], [role=listbox], [role=radiogroup], [role=combobox]";

const follows = (from: Element, el: Element): boolean =>
  (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Moves the focus as the keys above say; a handler for the list's (and its search box's) onKeyDown. */
export function moveBetweenCards(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
  if (step === 0) return;
  const target = event.target as HTMLElement;
  if (event.key.length === 1 && target.closest(TEXT_FIELD)) return;
  if (target.closest(OWN_ARROWS)) return;
  const cards = [...(list?.querySelectorAll<HTMLElement>("[data-card]") ?? [])];
  const at = cards.findIndex((c) => c.contains(target));
  const next =
    at >= 0
      ? cards[Math.max(0, Math.min(cards.length - 1, at + step))]
      : step > 0
        ? cards.find((c) => follows(target, c))
        : [...cards].reverse().find((c) => follows(c, target));
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.scrollIntoView?.({ block: "nearest" });
}

/** The list's ref and the key handler to put on it (and on a search box that leads into it). */
export function useCardNavigation<T extends HTMLElement = HTMLDivElement>() {
  const listRef = useRef<T>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => moveBetweenCards(event, listRef.current),
    [],
  );
  return { listRef, onKeyDown };
}
