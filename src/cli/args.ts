/** Command-line arguments: `duizhao <command> [options] FILE…`, one entry per subcommand. */

export type ListFormat = "csv" | "md";

export type Command =
  | { name: "check"; json: boolean; color?: boolean; files: string[]; compare?: string }
  | { name: "list"; format: ListFormat; files: string[] }
  | { name: "help"; topic?: string }
  | { name: "version" };

export type Parsed = { ok: true; command: Command } | { ok: false; error: string };

export const COMMANDS = ["check", "list"] as const;

function isOption(arg: string): boolean {
  return arg.startsWith("-") && arg !== "-";
}

export function parseArgs(argv: string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined) return { ok: true, command: { name: "help" } };
  if (first === "--help" || first === "-h") return { ok: true, command: { name: "help" } };
  if (first === "--version" || first === "-v" || first === "-V")
    return { ok: true, command: { name: "version" } };
  if (first === "help")
    return { ok: true, command: { name: "help", ...(rest[0] ? { topic: rest[0] } : {}) } };
  if (isOption(first)) return { ok: false, error: `未知选项：${first}（用 duizhao --help 查看用法）` };

  const files: string[] = [];
  let json = false;
  let color: boolean | undefined;
  let format: string | undefined;
  let compare: string | undefined;
  let endOfOptions = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (endOfOptions || !isOption(arg)) {
      files.push(arg);
      continue;
    }
    if (arg === "--") endOfOptions = true;
    else if (arg === "--help" || arg === "-h") return { ok: true, command: { name: "help", topic: first } };
    else if (first === "check" && arg === "--json") json = true;
    else if (first === "check" && arg === "--no-color") color = false;
    else if (first === "check" && arg === "--color") color = true;
    else if (first === "check" && (arg === "--compare" || arg.startsWith("--compare="))) {
      compare = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : rest[++i];
      if (!compare)
        return { ok: false, error: "--compare 后面要写上年度材料的文件名，例如：--compare 2024年材料.docx" };
    } else if (first === "list" && (arg === "--format" || arg.startsWith("--format="))) {
      format = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : rest[++i];
      if (format !== "csv" && format !== "md") return { ok: false, error: "--format 只能是 csv 或 md" };
    } else if (COMMANDS.includes(first as (typeof COMMANDS)[number])) {
      return { ok: false, error: `未知选项：${arg}（用 duizhao help ${first} 查看用法）` };
    }
  }
  switch (first) {
    case "check":
      if (files.length === 0)
        return { ok: false, error: "请指定要检查的文件，例如：duizhao check 对照检查材料.docx" };
      return {
        ok: true,
        command: {
          name: "check",
          json,
          ...(color !== undefined ? { color } : {}),
          ...(compare !== undefined ? { compare } : {}),
          files,
        },
      };
    case "list":
      if (files.length !== 1) return { ok: false, error: "list 需要且只接受一个文件" };
      return { ok: true, command: { name: "list", format: (format ?? "md") as ListFormat, files } };
    default:
      return { ok: false, error: `未知命令：${first}（可用命令：check、list；用 duizhao --help 查看用法）` };
  }
}
