/**
 * `duizhao list FILE --format csv|md`: the rectification list (整改清单) of one report, for Excel or for a
 * Markdown page. CSV starts with a UTF-8 BOM and uses CRLF, so Excel on Chinese Windows opens it correctly.
 */
import { check } from "../core/check";
import {
  buildRectification,
  rectificationGrid,
  type RectificationRow,
} from "../core/check/rectification-list";
import type { Command, ListFormat } from "./args";
import type { CliIo } from "./main";
import { printable } from "./printable";
import { fileLine, reasonOf, readWithNotes } from "./run-check";

const BOM = "\uFEFF";

/**
 * One CSV cell. A cell Excel would read as a formula (=, +, -, @, or a tab or carriage return first) gets a
 * leading ' so it stays text: a report's words must never run as =HYPERLINK(…) on the reviewer's machine.
 */
export function csvCell(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? "'" + raw : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV; several causes or measures stay in one cell, one per line. */
export function toCsv(rows: RectificationRow[]): string {
  const lines = rectificationGrid(rows, "\n").map((cells) =>
    cells.map((c) => csvCell(printable(c))).join(","),
  );
  return BOM + lines.join("\r\n") + "\r\n";
}

function mdCell(value: string): string {
  return printable(value).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>") || " ";
}

/** A GitHub-flavoured Markdown table. */
export function toMarkdown(rows: RectificationRow[]): string {
  const [header = [], ...body] = rectificationGrid(rows, "\n");
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...body.map(line)].join("\n") + "\n";
}

/** The list in the requested format, or null when the report has no problems to list. */
export function renderList(paragraphs: Parameters<typeof check>[0], format: ListFormat): string | null {
  const rows = buildRectification(check(paragraphs));
  if (rows.length === 0) return null;
  return format === "csv" ? toCsv(rows) : toMarkdown(rows);
}

/** Runs `duizhao list`: exit 0 with the list on stdout, 2 with a one-line reason when there is no list. */
export function runList(
  command: Extract<Command, { name: "list" }>,
  io: Pick<CliIo, "stdout" | "stderr">,
): number {
  const file = command.files[0] ?? "";
  let text: string | null;
  try {
    text = renderList(readWithNotes(file, io), command.format);
  } catch (err) {
    io.stderr(fileLine(file, reasonOf(err, "生成整改清单时")));
    return 2;
  }
  if (text === null) {
    io.stderr(
      fileLine(file, "没有找到可列入整改清单的问题。请确认材料的“查摆问题”部分用 1. 2. 编号逐条列出问题"),
    );
    return 2;
  }
  io.stdout(text);
  return 0;
}
