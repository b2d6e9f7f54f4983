/** ANSI colours, used only when stdout is a terminal and NO_COLOR is not set (no-color.org). */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export const colorPaint: Paint = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
};

const same = (s: string) => s;
export const plainPaint: Paint = { red: same, yellow: same, cyan: same, green: same, bold: same, dim: same };

export function wantsColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
}
