/**
 * Last year's report for the 检查 tab, remembered in the document's settings (the file's name and a
 * fingerprint of its text), and the 审阅台 opened beside the document where Office can open a dialog.
 */
import { useCallback, useMemo } from "react";
import { canOpenDialog, openDialog, pageUrl } from "../../word/dialog";
import { useDocumentSettings } from "../document-settings";
import { messageOf } from "../use-document-action";
import { useLastYear, type LastYearState, type LastYearStore } from "./use-last-year";

/** The 审阅台's page, beside the pane's in dist/. */
const REVIEW_PAGE = "review.html";

export interface ReviewPage {
  /** Opens it in an Office dialog; absent where this Office cannot, and the pane links to `href` instead. */
  open?: () => void;
  href: string;
}

export function useDocumentLastYear(onError: (message: string) => void): LastYearState {
  const settings = useDocumentSettings();
  const store = useMemo<LastYearStore>(
    () => ({
      load: () => settings.read("lastYear") ?? undefined,
      save: (file) => {
        // The comparison works without being remembered: a refused save only becomes the pane's message.
        const saving = file ? settings.save("lastYear", file) : settings.clear("lastYear");
        saving.catch((error: unknown) => onError(messageOf(error)));
      },
    }),
    [settings, onError],
  );
  return useLastYear(store);
}

export function useReviewPage(onError: (message: string) => void): ReviewPage {
  const open = useCallback(
    () => void openDialog(REVIEW_PAGE).catch((error: unknown) => onError(messageOf(error))),
    [onError],
  );
  return { open: canOpenDialog() ? open : undefined, href: pageUrl(REVIEW_PAGE) };
}
