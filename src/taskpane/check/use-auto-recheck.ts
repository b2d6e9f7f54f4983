/**
 * 自动重新检查: after edits (WordApi 1.6 paragraph events), a check once the writer pauses, never per
 * keystroke. Off unless the user turns it on; the choice is kept per user.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { loadPrefs, updatePrefs } from "../user-prefs";
import { useGateway } from "../word-context";
import { useCheckVerbs } from "./use-report-outputs";

const AUTO_DELAY_MS = 2000;

export interface AutoRecheck {
  /** Whether this Word can report edits (WordApi 1.6); the switch shows only then. */
  available: boolean;
  on: boolean;
  toggle(on: boolean): void;
}

export function useAutoRecheck(runCheck: () => Promise<unknown>): AutoRecheck {
  const gateway = useGateway();
  const { watchParagraphChanges } = useCheckVerbs();
  const available = useMemo(() => supported(() => gateway.requirements().wordApi16), [gateway]);
  const [on, setOn] = useState(() => loadPrefs().autoRecheck === true);

  const latestCheck = useRef(runCheck);
  latestCheck.current = runCheck;
  useEffect(() => {
    if (!on || !available) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    void watchParagraphChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void latestCheck.current(), AUTO_DELAY_MS);
    }).then(
      (s) => (cancelled ? void s() : (stop = s)),
      () => setOn(false),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [on, available, watchParagraphChanges]);

  return {
    available,
    on,
    toggle: (next) => {
      setOn(next);
      updatePrefs((p) => ({ ...p, autoRecheck: next }));
    },
  };
}

/** A requirement check that cannot fail the pane (outside Word there is nothing to support). */
export function supported(ask: () => boolean): boolean {
  try {
    return ask();
  } catch {
    return false;
  }
}
