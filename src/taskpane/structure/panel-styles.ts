import { makeStyles, tokens } from "@fluentui/react-components";

/** The accordion panels of the 结构 tab. */
export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, width: "100%" },
  year: { width: "120px", maxWidth: "100%" },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});
