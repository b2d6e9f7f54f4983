import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, verdictOf } from "../../../core/check/verdict";
import type { Finding } from "../../../core/types";
import { t } from "../../strings";
import { CATEGORIES, countByCategory } from "./model";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const verdictColor = { pass: "success", suggest: "warning", must: "danger" } as const;

/** The verdict with counts by severity and by category. */
export function CheckSummary({ findings }: { findings: Finding[] }) {
  const styles = useStyles();
  const verdict = verdictOf(findings);
  const counts = countBySeverity(findings);
  const categories = countByCategory(findings);
  return (
    <div className={styles.box}>
      <div className={styles.row} data-testid="verdict">
        <Badge size="large" appearance="filled" color={verdictColor[verdict]}>
          {t.verdict[verdict]}
        </Badge>
        <Text size={200}>{t.findingsCount(counts.error, counts.warning, counts.info)}</Text>
      </div>
      <Text size={200} className={styles.muted} data-testid="category-counts">
        {CATEGORIES.map((c) => `${t.categories[c]} ${categories[c]}`).join(" · ")}
      </Text>
    </div>
  );
}
