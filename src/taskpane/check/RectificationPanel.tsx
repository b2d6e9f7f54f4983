import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular, TableRegular } from "@fluentui/react-icons";
import { t } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RectificationPanelProps {
  problems: number;
  busy: boolean;
  onInsertAtEnd: () => void;
  onNewDocument: () => void;
}

/** 整改清单: from the problems and their links, as a Word table at the end or in a new document. */
export function RectificationPanel({
  problems,
  busy,
  onInsertAtEnd,
  onNewDocument,
}: RectificationPanelProps) {
  const styles = useStyles();
  if (problems === 0) return <Text size={200}>{t.check.listEmpty}</Text>;
  return (
    <div className={styles.box} data-testid="rectification">
      <Text size={200}>{t.check.listHint(problems)}</Text>
      <div className={styles.actions}>
        <Button size="small" icon={<TableRegular />} disabled={busy} onClick={onInsertAtEnd}>
          {t.check.listAtEnd}
        </Button>
        <Button size="small" icon={<DocumentAddRegular />} disabled={busy} onClick={onNewDocument}>
          {t.check.listNewDoc}
        </Button>
      </div>
    </div>
  );
}
