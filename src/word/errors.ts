/** The one error type the gateway throws: a Chinese message for the pane, the Office error code kept for logs. */
export type GatewayErrorKind =
  | "changed" // the document no longer matches what the pane read
  | "readOnly" // AccessDenied: read-only or protected document
  | "unsupported" // the Word build lacks WordApi 1.3
  | "noHost" // not running inside Word
  | "busy" // Word refused an overlapping call
  | "invalid" // the caller asked for something impossible (span outside the paragraph …)
  | "failed"; // anything else

export const GATEWAY_MESSAGES = {
  changed: "文档已更改，找不到该段落，请重新检查",
  anchorChanged: "文档已更改：插入位置的段落内容与检查时不同，未做任何修改。请重新检查后再插入",
  replaced: "替换后的段落与预期不一致，请检查该处文字（可按 Ctrl+Z 撤销）",
  splitDiffers: "分段后的各段与预期不一致，请检查该处文字（可按 Ctrl+Z 撤销）",
  splitListItem:
    "该段是 Word 自动编号列表中的一项，分段后每段都会带上自动编号。请先取消该段的自动编号，再分段",
  splitTracked: "该段含有修订，没有分段：写入前请先接受或拒绝该段的修订（审阅 → 接受或拒绝）",
  readOnly: "文档为只读或受保护，无法修改。请取消保护或另存为可编辑的副本后再试",
  // Pinned to src/word/word-versions.json by test/word/version-truth.test.ts.
  unsupported:
    "这个 Word 不支持本助手需要的 WordApi 1.3。能用的有：Microsoft 365、Word 2021 及更新版本、装有 WebView2 的 Word 2019 零售版、Mac 版和网页版；Word 2016 等非订阅旧版不能用",
  noHost: "未连接到 Word：请在 Word 中打开本加载项",
  busy: "Word 正忙，请稍后再试",
  searchDialog: "请先关闭“查找和替换”对话框，再试一次",
  spanOutside: "要处理的文字超出了该段落的范围，请重新检查",
  settingsFailed: "无法把设置保存到文档中",
  settingsMismatch: "设置保存后读回的内容与写入的不一致，请保存文档后重试",
  failed: "Word 操作失败",
} as const;

export class GatewayError extends Error {
  readonly kind: GatewayErrorKind;
  /** The Office error code ("AccessDenied", "ItemNotFound" …) when the error came from Word. */
  readonly code?: string;
  override readonly cause?: unknown;

  constructor(kind: GatewayErrorKind, message: string, opts: { code?: string; cause?: unknown } = {}) {
    super(message);
    this.name = "GatewayError";
    this.kind = kind;
    this.code = opts.code;
    this.cause = opts.cause;
  }
}

/** Turns whatever Office.js (or the simulated host) threw into a GatewayError with a Chinese message. */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  const err = (e ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof err.code === "string" ? err.code : undefined;
  const message = typeof err.message === "string" ? err.message : String(e);
  if (code === "AccessDenied")
    return new GatewayError("readOnly", GATEWAY_MESSAGES.readOnly, { code, cause: e });
  if (/Wait until the previous call completes/i.test(message)) {
    return new GatewayError("busy", GATEWAY_MESSAGES.busy, { code, cause: e });
  }
  // Word refuses every search while its Find and Replace dialog is open (office-js #4922).
  if (code === "SearchDialogIsOpen")
    return new GatewayError("busy", GATEWAY_MESSAGES.searchDialog, { code, cause: e });
  if (code === "ItemNotFound" || code === "InvalidObjectPath") {
    return new GatewayError("changed", GATEWAY_MESSAGES.changed, { code, cause: e });
  }
  const detail = code ? `${message}（${code}）` : message;
  return new GatewayError("failed", `${GATEWAY_MESSAGES.failed}：${detail}`, { code, cause: e });
}
