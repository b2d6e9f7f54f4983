import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Echo } from "../../../core/types";
import { t } from "../../strings";
import { MarkedPassage } from "../MarkedPassage";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  label: { color: tokens.colorNeutralForeground3 },
});

/** The other passage of a finding (last year's item, a library snippet), this one above it, shared text marked. */
export function EchoView({ echo }: { echo: Echo }) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="echo">
      {echo.own && (
        <>
          <Text size={200} className={styles.label}>
            {t.echo.own}
          </Text>
          <MarkedPassage passage={echo.own} />
        </>
      )}
      <Text size={200} className={styles.label}>
        {t.echo.other(echo.source, echo.label, echo.similarity)}
      </Text>
      <MarkedPassage passage={echo.other} />
    </div>
  );
}
