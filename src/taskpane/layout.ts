/** Layout classes the tabs and panels share, so that every tab spaces and greys its text the same way. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayout = makeStyles({
  /** A vertical stack that may shrink to the pane's width. */
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  /** The same with more room between its parts (a tab's sections). */
  sections: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  /** Controls side by side, wrapping on a narrow pane. */
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** Secondary text: hints, counts. */
  muted: { color: tokens.colorNeutralForeground3 },
});
