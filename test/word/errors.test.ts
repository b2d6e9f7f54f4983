import { createHost } from "../../src/preview/host";
import { GatewayError, OperationQueue, createGateway, toGatewayError } from "../../src/word";

describe("toGatewayError", () => {
  test("keeps the Office error code and says in Chinese that Word failed", () => {
    const e = toGatewayError(
      Object.assign(new Error("Something odd happened."), { code: "GeneralException" }),
    );
    expect(e).toBeInstanceOf(GatewayError);
    expect(e).toMatchObject({ kind: "failed", code: "GeneralException" });
    expect(e.message).toBe("Word 操作失败：Something odd happened.（GeneralException）");
  });

  test("maps AccessDenied, lost objects and overlapping calls to their own Chinese messages", () => {
    expect(toGatewayError({ code: "AccessDenied", message: "x" })).toMatchObject({ kind: "readOnly" });
    expect(toGatewayError({ code: "ItemNotFound", message: "x" }).message).toBe(
      "文档已更改，找不到该段落，请重新检查",
    );
    expect(toGatewayError(new Error("Wait until the previous call completes."))).toMatchObject({
      kind: "busy",
    });
  });

  test("passes a GatewayError through unchanged", () => {
    const original = new GatewayError("invalid", "要处理的文字超出了该段落的范围，请重新检查");
    expect(toGatewayError(original)).toBe(original);
  });

  test("with Word's Find and Replace dialog open, 定位 asks to close it instead of an English code", async () => {
    const host = createHost([{ text: "学习党章党规" }]);
    host.document.setSearchDialog(true);
    const gw = createGateway(host, new OperationQueue());
    await expect(gw.selectParagraph(0, "学习党章党规", { offset: 4, length: 2 })).rejects.toMatchObject({
      code: "SearchDialogIsOpen",
      message: "请先关闭“查找和替换”对话框，再试一次",
    });
  });
});
