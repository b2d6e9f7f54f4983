import { useCallback, useState } from "react";

/**
 * Runs one document operation at a time from the pane: marks the pane busy (buttons disable) and turns any
 * failure into the Chinese message shown in the pane's MessageBar.
 */
export function useDocumentAction(onError: (message: string) => void) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await action();
      } catch (error) {
        onError(messageOf(error));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );
  return { busy, run };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Word 返回了错误，文档没有被修改。（${detail}）`;
}
