/** One line of the self-check: what was checked, green or red (or grey when it cannot be told), what to do. */

export type LineState = "ok" | "problem" | "unknown";

export interface CheckLine {
  /** A stable name for tests and for the line's element (data-check). */
  id: string;
  title: string;
  state: LineState;
  detail: string;
  /** What to do about a problem. */
  todo?: string;
}

const MARKS: Record<LineState | "pending", string> = {
  ok: "✓ 正常",
  problem: "✗ 有问题",
  unknown: "？无法判断",
  pending: "… 检查中",
};

/** Shows the line at once as "检查中", then as the check answers; a check that throws says so. */
export function showLine(list: HTMLElement, id: string, title: string, run: () => Promise<CheckLine>) {
  const item = document.createElement("li");
  item.dataset.check = id;
  list.appendChild(item);
  fill(item, { id, title, state: "unknown", detail: "" }, "pending");
  return run()
    .catch((error: unknown): CheckLine => {
      const detail = `检查本身出错：${error instanceof Error ? error.message : String(error)}`;
      return { id, title, state: "unknown", detail };
    })
    .then((line) => fill(item, line, line.state));
}

function fill(item: HTMLElement, line: CheckLine, mark: LineState | "pending"): void {
  item.className = line.state === "unknown" ? "" : line.state;
  item.replaceChildren();
  const head = document.createElement("div");
  head.append(span("mark", MARKS[mark]), strong(line.title));
  item.append(head);
  if (line.detail) item.append(para("detail", line.detail));
  if (line.todo) item.append(para("todo", `怎么办：${line.todo}`));
}

function span(className: string, text: string) {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

function strong(text: string) {
  const el = document.createElement("strong");
  el.textContent = text;
  return el;
}

/** A paragraph in which `…` marks a command or an address, shown as code. */
function para(className: string, text: string) {
  const el = document.createElement("p");
  el.className = className;
  text.split("`").forEach((part, i) => {
    if (i % 2 === 0) el.append(part);
    else el.append(Object.assign(document.createElement("code"), { textContent: part }));
  });
  return el;
}
