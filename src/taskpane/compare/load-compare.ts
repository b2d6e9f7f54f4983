/** The comparison code (core/compare) in a chunk of its own: the pane's first screen does not wait for it. */
export type CompareModule = typeof import("../../core/compare");

let loading: Promise<CompareModule> | null = null;

export function loadCompare(): Promise<CompareModule> {
  loading ??= import(/* webpackChunkName: "compare" */ "../../core/compare");
  return loading;
}
