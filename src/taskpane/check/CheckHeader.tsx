import { Button, Switch, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CommentAddRegular } from "@fluentui/react-icons";
import { t } from "../strings";
import { useLayout } from "../layout";
import { CheckSummary } from "../components/check/CheckSummary";
import type { CheckSession } from "./use-check-session";

const useStyles = makeStyles({
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The top of the 检查 tab, kept in view while the findings scroll: the buttons and the verdict. */
export function CheckHeader({ session }: { session: CheckSession }) {
  const styles = useStyles();
  const layout = useLayout();
  const { busy, result, visible, unstructured, outputs, auto } = session;
  return (
    <div className={mergeClasses(layout.column, styles.sticky)}>
      {!result && <Text size={200}>{t.checkIntro}</Text>}
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void session.runCheck()} disabled={busy}>
          {busy ? t.checking : result ? t.check.rerun : t.runCheck}
        </Button>
        {result && !unstructured && outputs.canComment && visible.length > 0 && (
          <Button icon={<CommentAddRegular />} onClick={outputs.commentAll} disabled={busy}>
            {t.check.commentAll}
          </Button>
        )}
      </div>
      {auto.available ? (
        <Switch checked={auto.on} onChange={(_, d) => auto.toggle(d.checked)} label={t.check.autoRecheck} />
      ) : null}
      {result && !unstructured && <CheckSummary findings={visible} />}
    </div>
  );
}
