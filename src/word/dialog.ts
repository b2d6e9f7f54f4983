/**
 * Opens a page of the add-in (the 审阅台) in an Office dialog, beside the document. Office requires the page
 * to be https on the add-in's own domain and allows one dialog per pane at a time; the dialog needs
 * DialogApi 1.1. Without it the pane offers the page's address to open in a browser instead.
 */
import { GatewayError } from "./errors";

/** Office.js when loaded (the preview's host, or Office's own). */
function office(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

const REASONS: Record<number, string> = {
  12007: "审阅台已经打开（Office 一次只能打开一个对话框），请切换到已打开的审阅台窗口。",
  12004: "审阅台的地址不在加载项所在的网站上，无法在 Office 对话框中打开。",
  12005: "审阅台需要通过 https 打开，请联系部署加载项的管理员。",
};

/** The absolute address of `page` next to the pane's own page. */
export function pageUrl(page: string): string {
  return new URL(page, globalThis.location?.href ?? "https://localhost/").href;
}

/** Whether this Office can open a dialog at all. */
export function canOpenDialog(): boolean {
  const o = office();
  return !!o?.context.ui && o.context.requirements.isSetSupported("DialogApi", "1.1");
}

/** Opens `page` in a dialog of 80% of the screen; rejects with a Chinese reason when Office refuses. */
export function openDialog(page: string): Promise<void> {
  const ui = office()?.context.ui;
  if (!ui || !canOpenDialog()) {
    return Promise.reject(
      new GatewayError("unsupported", `此版本的 Office 不能打开对话框，请在浏览器中打开 ${pageUrl(page)}`),
    );
  }
  return new Promise((resolve, reject) => {
    ui.displayDialogAsync(pageUrl(page), { height: 80, width: 80 }, (result) => {
      // String literals, not Office's enums: the code loads without the Office global too.
      if ((result.status as unknown) === "succeeded") return resolve();
      const code = result.error?.code ?? 0;
      reject(new GatewayError("unsupported", REASONS[code] ?? `无法打开审阅台（Office 错误 ${code}）`));
    });
  });
}
