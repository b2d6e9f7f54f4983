import { useEffect, useMemo, useState } from "react";
import { createSnippetIndex, type SnippetIndex } from "../../core/snippets/search";
import { loadPinyin, type PinyinOf } from "../../core/snippets/pinyin";
import type { Snippet } from "../../core/snippets/library";

/** One dictionary load per pane, however often the tab is opened; a failure leaves character search. */
let pinyinPromise: Promise<PinyinOf | null> | null = null;
let pinyinLoaded: PinyinOf | null = null;

function pinyinOnce(): Promise<PinyinOf | null> {
  pinyinPromise ??= loadPinyin().then(
    (of) => (pinyinLoaded = of),
    () => null,
  );
  return pinyinPromise;
}

/**
 * The search index over `snippets`: characters at once, rebuilt with pinyin when the dictionary arrives
 * (dynamic import, so pinyin-pro stays out of the pane's initial bundle).
 */
export function useSnippetIndex<T extends Snippet>(
  snippets: readonly T[],
): { index: SnippetIndex<T>; pinyinReady: boolean } {
  const [pinyinOf, setPinyinOf] = useState<PinyinOf | null>(() => pinyinLoaded);
  useEffect(() => {
    if (pinyinOf) return;
    let live = true;
    void pinyinOnce().then((of) => {
      if (live && of) setPinyinOf(() => of);
    });
    return () => {
      live = false;
    };
  }, [pinyinOf]);
  const index = useMemo(() => createSnippetIndex(snippets, pinyinOf ?? undefined), [snippets, pinyinOf]);
  return { index, pinyinReady: pinyinOf !== null };
}
