import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Outline } from "../../core/types";
import { t } from "../strings";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  line: { overflowWrap: "anywhere" },
});

/** The report at a glance: its parts with their roles, how many aspects, problems, causes and measures. */
export function OutlineSummary({ outline }: { outline: Outline }) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="outline-summary">
      {/* A glued paragraph holds several parts: the paragraph alone is no key. */}
      {outline.parts.map((part, i) => (
        <Text key={`${part.paragraph}-${i}`} size={200} className={styles.line}>
          {t.roles[part.role]}：{part.heading}
        </Text>
      ))}
      <Text size={200}>
        {t.aspectsCount(outline.aspects.length)} ·{" "}
        {t.counts(outline.problems.length, outline.causes.length, outline.measures.length)}
      </Text>
    </div>
  );
}
