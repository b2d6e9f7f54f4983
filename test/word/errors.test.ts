import { GatewayError, toGatewayError } from "../../src/word";

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
});
