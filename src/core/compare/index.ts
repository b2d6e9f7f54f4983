/**
 * Comparisons between reports: with last year's (copied items, last year's measures not reported on), with
 * the phrase library (snippets left as they were), and across a batch (near-identical passages). The pane
 * loads this module on demand; the check's rules read its results through `CheckOptions.compare`.
 */
export { compareWithLastYear, LAST_YEAR, COPY_SHARE } from "./last-year";
export { snippetComparer, LIBRARY } from "./unedited-snippets";
export { crossReportPairs, atThreshold, DEFAULT_SHARE, LOWEST_SHARE } from "./cross-reports";
export type { PassagePair, ReportPair, ReportPassage } from "./cross-reports";
export { textFingerprint } from "./text-fingerprint";
