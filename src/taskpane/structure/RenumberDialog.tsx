import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t } from "../strings";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "40vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    fontSize: tokens.fontSizeBase200,
  },
  surface: { maxWidth: "calc(100vw - 24px)" },
});

/** "将修改 N 处": the edits renumbering would make, for the writer to confirm. */
export function RenumberDialog({
  lines,
  onConfirm,
  onCancel,
}: {
  lines: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={lines !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.structure.renumberTitle(lines?.length ?? 0)}</DialogTitle>
          <DialogContent>
            <Text size={200}>{t.structure.renumberIntro}</Text>
            <ul className={styles.list} data-testid="renumber-edits">
              {(lines ?? []).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.structure.renumberApply}
            </Button>
            <Button onClick={onCancel}>{t.structure.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
