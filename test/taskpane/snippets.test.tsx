/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, type Host, type HostParagraph } from "../../src/preview/host";
import { builtinSnippets, type Snippet } from "../../src/core/snippets/library";
import { SnippetsTab } from "../../src/taskpane/tabs/SnippetsTab";
import { SnippetsPane } from "../../src/taskpane/snippets/SnippetsPane";
import { readFileText } from "../../src/taskpane/snippets/transfer";

const STORE = "duizhao:snippets";
const FANGSONG = { name: "仿宋_GB2312", size: 16 };

/** A short fictional report (own words): problems under an aspect, a cause, measures. */
const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料", styleBuiltIn: "Title" },
  { text: "按照支部通知要求，对照两个方面查找不足，现汇报如下：", font: FANGSONG },
  { text: "一、存在的主要问题", styleBuiltIn: "Heading1" },
  { text: "（一）理论学习方面", font: FANGSONG },
  { text: "1.学习计划坚持得不好。全年原定的读书计划只完成一半。", font: FANGSONG },
  { text: "（二）工作作风方面", font: FANGSONG },
  { text: "2.调研走过场。去桂溪街道调研时只听汇报，没有进农户。", font: FANGSONG },
  { text: "二、产生问题的原因", styleBuiltIn: "Heading1" },
  { text: "（一）理论学习的自觉性减弱。把学习当成软任务。", font: FANGSONG },
  { text: "三、整改措施", styleBuiltIn: "Heading1" },
  { text: "（一）改进工作作风。每季度到基层蹲点调研不少于3天。", font: FANGSONG },
  { text: "", font: FANGSONG },
  { text: "周晓岚" },
  { text: "2026年11月20日" },
];

let host: Host;

function setup(paragraphs: HostParagraph[] = REPORT) {
  host = createHost(paragraphs);
  host.install(globalThis);
  return render(
    <FluentProvider theme={webLightTheme}>
      <SnippetsPane />
    </FluentProvider>,
  );
}

const byId = new Map(builtinSnippets.map((s) => [s.id, s]));
/** The snippets the list shows, in order. */
function shown(): Snippet[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-snippet-id]")).map((el) => {
    const id = el.dataset.snippetId ?? "";
    return byId.get(id) ?? (stored().snippets.find((s) => s.id === id) as Snippet);
  });
}
function search(text: string) {
  fireEvent.change(screen.getByRole("searchbox", { name: "搜索短语" }), { target: { value: text } });
}
function stored(): {
  snippets: { id: string; title: string; text: string }[];
  favourites: string[];
  recent: string[];
} {
  return JSON.parse(localStorage.getItem(STORE) ?? '{"snippets":[],"favourites":[],"recent":[]}');
}
function upload(name: string, content: string) {
  const input = screen.getByTestId("snippet-import");
  fireEvent.change(input, { target: { files: [new File([content], name, { type: "application/json" })] } });
}
const mine = {
  id: "user-own-1",
  category: "整改措施",
  part: "measures",
  themes: ["组织生活"],
  title: "支部活动签到",
  text: "每次支部活动前一天提醒全体党员，会后当天整理签到表和记录。",
  createdAt: "2026-10-01T08:00:00.000Z",
  source: "user",
};

beforeEach(() => localStorage.clear());

describe("finding snippets", () => {
  // First in the file: the pinyin dictionary is loaded once per pane, so only here is it still missing.
  test("a pinyin query waits for the dictionary, then initials typed fast (lxl) find 理论学习", async () => {
    setup();
    search("lxl");
    expect(screen.getByText("拼音检索加载中，暂按汉字查找…")).toBeTruthy();
    await waitFor(() => expect(shown().length).toBeGreaterThan(0), { timeout: 5000 });
    expect(screen.queryByText("拼音检索加载中，暂按汉字查找…")).toBeNull();
    expect(shown()[0]?.themes).toContain("理论学习");
    expect(screen.getByText("搜索结果")).toBeTruthy();
  });

  test("characters match at once, in titles and text", () => {
    setup();
    search("浮在面上");
    const titles = shown().map((s) => s.title);
    expect(titles).toContain("理论学习浮在面上");
    expect(shown().every((s) => s.title.includes("浮在面上") || s.text.includes("浮在面上"))).toBe(true);
  });

  test("full pinyin finds the same snippets as the characters", async () => {
    setup();
    search("fuzaimianshang");
    await waitFor(() => expect(shown().map((s) => s.title)).toContain("理论学习浮在面上"));
  });

  test("the category and theme filters narrow the list, and a hopeless search says so", () => {
    setup();
    const category = screen.getByRole("combobox", { name: "类别" });
    fireEvent.change(category, { target: { value: "原因剖析" } });
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((s) => s.category === "原因剖析")).toBe(true);

    fireEvent.change(screen.getByRole("combobox", { name: "主题" }), { target: { value: "勤俭节约" } });
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((s) => s.category === "原因剖析" && s.themes.includes("勤俭节约"))).toBe(true);

    search("绝对不会出现的词语组合");
    expect(shown()).toHaveLength(0);
    expect(screen.getByText(/没有找到匹配的短语/)).toBeTruthy();
  });

  test("the library shows 50 snippets at first and 更多 shows the next 50", () => {
    setup();
    expect(shown()).toHaveLength(50);
    fireEvent.click(
      screen.getByRole("button", { name: `显示更多（还有 ${builtinSnippets.length - 50} 条）` }),
    );
    expect(shown()).toHaveLength(100);
  });

  test("当前位置 offers the measures of the part the cursor is in, the aspect's theme first", async () => {
    setup();
    host.document.setSelection(10, 4);
    fireEvent.click(screen.getByRole("button", { name: "当前位置" }));
    const caption = await screen.findByTestId("snippet-here");
    await waitFor(() => expect(caption.textContent).toContain("整改措施"));
    expect(caption.textContent).toContain("作风与形式主义官僚主义");
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((s) => s.part === "measures")).toBe(true);
    expect(shown()[0]?.themes[0]).toBe("作风与形式主义官僚主义");

    // The cursor moves to a problem under 理论学习: refreshing follows it.
    host.document.setSelection(4, 3);
    fireEvent.click(screen.getByRole("button", { name: "重新读取光标位置" }));
    await waitFor(() => expect(screen.getByTestId("snippet-here").textContent).toContain("查摆问题"));
    expect(shown().every((s) => s.part === "problems")).toBe(true);
    expect(shown()[0]?.themes).toContain("理论学习");
  });
});

describe("inserting", () => {
  test("a click inserts at the cursor in the paragraph's own formatting and selects the first slot", async () => {
    setup();
    const before = host.document.snapshot()[11]!;
    host.document.setSelection(11, 0);
    search("整改承诺");
    const snippet = builtinSnippets.find((s) => s.id === "closing-05")!;
    fireEvent.click(screen.getByRole("button", { name: `插入：${snippet.title}` }));
    await waitFor(() => expect(host.document.snapshot()[11]!.text).toBe(snippet.text));
    const after = host.document.snapshot()[11]!;
    expect(after.font).toEqual(before.font);
    expect(after.styleBuiltIn).toBe(before.styleBuiltIn);
    expect(host.document.snapshot()).toHaveLength(REPORT.length);
    expect(host.document.selection()).toMatchObject({ paragraph: 11, text: "【时限】" });
    expect(screen.getByRole("status").textContent).toContain("【时限】");
  });

  test("Enter on a focused card replaces the selected words", async () => {
    setup();
    host.document.setSelection(4, 2, 10); // "学习计划坚持得不好"
    const original = REPORT[4]!.text;
    search("浮在面上");
    const button = screen.getByRole("button", { name: "插入：理论学习浮在面上" });
    act(() => button.focus());
    // The focused card shows its full text and the slots to fill before anything is inserted.
    const card = button.closest<HTMLElement>("[data-snippet-id]")!;
    const snippet = byId.get(card.dataset.snippetId ?? "")!;
    expect(screen.getByTestId("snippet-preview").textContent).toBe(snippet.text);
    fireEvent.keyDown(button, { key: "Enter" });
    fireEvent.click(button); // a native button turns Enter into a click; jsdom needs it spelled out
    const expected = original.slice(0, 2) + snippet.text + original.slice(10);
    await waitFor(() => expect(host.document.snapshot()[4]!.text).toBe(expected));
    expect(host.document.selection().text).toBe(snippet.text.match(/【[^】]*】/)?.[0] ?? "");
  });
});

describe("the writer's own data", () => {
  test("favourites and recently used persist and lead the list while the search box is empty", async () => {
    const first = setup();
    const target = builtinSnippets[120]!;
    search(target.title);
    fireEvent.click(screen.getByRole("button", { name: `收藏：${target.title}` }));
    const used = builtinSnippets[200]!;
    search(used.title);
    host.document.setSelection(11, 0);
    fireEvent.click(screen.getByRole("button", { name: `插入：${used.title}` }));
    await waitFor(() => expect(stored().recent).toEqual([used.id]));
    expect(stored().favourites).toEqual([target.id]);
    first.unmount();

    setup();
    const favourites = screen.getByRole("list", { name: "收藏" });
    expect(within(favourites).getByText(target.title)).toBeTruthy();
    const recent = screen.getByRole("list", { name: "最近使用" });
    expect(within(recent).getByText(used.title)).toBeTruthy();
    expect(shown()[0]?.id).toBe(target.id);
    expect(shown()[1]?.id).toBe(used.id);
    // Un-starring takes it out of the favourites again.
    fireEvent.click(within(favourites).getByRole("button", { name: `取消收藏：${target.title}` }));
    expect(screen.queryByRole("list", { name: "收藏" })).toBeNull();
    expect(stored().favourites).toEqual([]);
  });

  test("新建 adds an own snippet that search finds; it can be edited and deleted", () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "新建" }));
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(screen.getByText("请填写标题。")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /标题/ }), { target: { value: "夜校授课" } });
    fireEvent.change(screen.getByRole("textbox", { name: /正文/ }), {
      target: { value: "每月为社区党员夜校讲一次课，讲稿提前【天数】天交支部审阅。" },
    });
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(stored().snippets.map((s) => s.title)).toEqual(["夜校授课"]);

    search("夜校");
    expect(shown().map((s) => s.title)).toEqual(["夜校授课"]);
    act(() => screen.getByRole("button", { name: "插入：夜校授课" }).focus());
    fireEvent.click(screen.getByRole("button", { name: "编辑" }));
    fireEvent.change(screen.getByRole("textbox", { name: /标题/ }), { target: { value: "党员夜校授课" } });
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(stored().snippets.map((s) => s.title)).toEqual(["党员夜校授课"]);

    act(() => screen.getByRole("button", { name: "插入：党员夜校授课" }).focus());
    fireEvent.click(screen.getByRole("button", { name: "删除" }));
    fireEvent.click(screen.getByRole("button", { name: "确认删除" }));
    expect(stored().snippets).toEqual([]);
    expect(shown()).toHaveLength(0);
  });

  test("存为短语 saves the selected text of the document as an own snippet of that part", async () => {
    setup();
    const sentence = "每季度到基层蹲点调研不少于3天。";
    const at = REPORT[10]!.text.indexOf(sentence);
    host.document.setSelection(10, at, at + sentence.length);
    fireEvent.click(screen.getByRole("button", { name: "存为短语" }));
    const title = await screen.findByRole("textbox", { name: /标题/ });
    expect((title as HTMLInputElement).value).toBe("每季度到基层蹲点调研不少于3天");
    expect((screen.getByRole("combobox", { name: "类别" }) as HTMLSelectElement).value).toBe("整改措施");
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(stored().snippets[0]).toMatchObject({ text: sentence, category: "整改措施" });
    search("蹲点");
    expect(shown()[0]?.title).toBe("每季度到基层蹲点调研不少于3天");
  });

  test("存为短语 without a selection asks for one and opens nothing", async () => {
    setup();
    host.document.setSelection(4, 3);
    fireEvent.click(screen.getByRole("button", { name: "存为短语" }));
    await screen.findByText("请先在文档中选中要保存的文字，再点“存为短语”。");
    expect(screen.queryByRole("textbox", { name: /标题/ })).toBeNull();
  });

  test("a bad import file shows a Chinese message and keeps every existing snippet", async () => {
    localStorage.setItem(STORE, JSON.stringify({ snippets: [mine], favourites: [mine.id], recent: [] }));
    const before = localStorage.getItem(STORE);
    setup();
    upload("坏文件.json", "{ 这不是 JSON");
    await screen.findByText(/文件不是有效的 JSON 格式，无法导入/);
    expect(screen.getByText("导入失败，原有短语未受影响")).toBeTruthy();
    expect(localStorage.getItem(STORE)).toBe(before);
    expect(within(screen.getByRole("list", { name: "收藏" })).getByText(mine.title)).toBeTruthy();

    const markup = [{ title: "带标记", text: "<script>alert(1)</script>学习", category: "查摆问题" }];
    upload("markup.json", JSON.stringify(markup));
    await screen.findByText(/含有网页标记/);
    expect(localStorage.getItem(STORE)).toBe(before);
    search("带标记");
    expect(shown()).toHaveLength(0);
  });

  test("a good import adds new snippets and merges duplicates without losing anything", async () => {
    localStorage.setItem(STORE, JSON.stringify({ snippets: [mine], favourites: [], recent: [] }));
    setup();
    const file = {
      format: "duizhao-snippets",
      version: 1,
      snippets: [
        { title: "同一句话", text: mine.text, category: "整改措施", themes: ["作风与形式主义官僚主义"] },
        {
          title: "谈心谈话",
          text: "每半年与支部每名党员至少谈心一次，记录【主要意见】。",
          category: "整改措施",
        },
      ],
    };
    upload("短语.json", JSON.stringify(file));
    await screen.findByText("已导入 1 条短语，另有 1 条与已有短语重复，已合并。");
    const snippets = stored().snippets as unknown as (typeof mine)[];
    expect(snippets.map((s) => s.title)).toEqual(["支部活动签到", "谈心谈话"]);
    expect(snippets[0]!.themes).toEqual(["组织生活", "作风与形式主义官僚主义"]);
  });

  test("an oversized import file is refused before it is read", async () => {
    setup();
    upload("big.json", "[" + " ".repeat(1024 * 1024 + 10) + "]");
    await screen.findByText(/文件过大（1\.\d MB），短语导入文件不能超过 1 MB/);
    expect(stored().snippets).toEqual([]);
  });

  test("markup stored in an own snippet is shown as text, never as HTML", () => {
    const odd = { ...mine, id: "user-odd", title: "<b>加粗</b>", text: "<img src=x onerror=alert(1)>正文" };
    localStorage.setItem(STORE, JSON.stringify({ snippets: [odd], favourites: [odd.id], recent: [] }));
    const { container } = setup();
    expect(screen.getByText("<b>加粗</b>")).toBeTruthy();
    expect(container.querySelector("b, img")).toBeNull();
  });

  test("导出 downloads the own snippets as a file that imports again", async () => {
    localStorage.setItem(STORE, JSON.stringify({ snippets: [mine], favourites: [], recent: [] }));
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => (blobs.push(blob), "blob:export"));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const exporting = setup();
    fireEvent.click(screen.getByRole("button", { name: "导入或导出我的短语" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "导出我的短语" }));
    expect(clicks[0]).toMatch(/^短语-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFileText(blobs[0]!);

    exporting.unmount();
    localStorage.clear();
    setup();
    upload("短语.json", text);
    await waitFor(() => expect(stored().snippets.map((s) => s.text)).toEqual([mine.text]));
  });
});

test("the tab loads the library on demand and then shows the search box", async () => {
  host = createHost(REPORT);
  host.install(globalThis);
  render(
    <FluentProvider theme={webLightTheme}>
      <SnippetsTab />
    </FluentProvider>,
  );
  expect(screen.getByText("正在打开短语库…")).toBeTruthy();
  await screen.findByRole("searchbox", { name: "搜索短语" });
  expect(shown()).toHaveLength(50);
});
