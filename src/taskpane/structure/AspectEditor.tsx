import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import {
  AddRegular,
  ArrowDownRegular,
  ArrowResetRegular,
  ArrowUpRegular,
  DeleteRegular,
} from "@fluentui/react-icons";
import { t } from "../strings";
import { NoticeReader } from "./NoticeReader";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", alignItems: "center", gap: "2px", minWidth: 0 },
  index: {
    width: "20px",
    flexShrink: 0,
    textAlign: "right",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingRight: tokens.spacingHorizontalXS,
  },
  input: { flexGrow: 1, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface AspectEditorProps {
  aspects: string[];
  onChange: (aspects: string[]) => void;
  onReset: () => void;
  disabled?: boolean;
}

/** The aspect list: rename inline, reorder, add, remove; or take it from a pasted notice. */
export function AspectEditor({ aspects, onChange, onReset, disabled }: AspectEditorProps) {
  const styles = useStyles();

  const move = (i: number, by: number) => {
    const next = [...aspects];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };

  return (
    <div className={styles.column}>
      <ol className={styles.list} aria-label={t.structure.aspects}>
        {aspects.map((name, i) => (
          <li key={i} className={styles.row}>
            <span className={styles.index} aria-hidden>
              {i + 1}
            </span>
            <Input
              className={styles.input}
              size="small"
              value={name}
              aria-label={t.structure.aspectName(i)}
              disabled={disabled}
              onChange={(_, d) => onChange(aspects.map((a, k) => (k === i ? d.value : a)))}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUpRegular />}
              aria-label={t.structure.aspectUp(name)}
              disabled={disabled || i === 0}
              onClick={() => move(i, -1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDownRegular />}
              aria-label={t.structure.aspectDown(name)}
              disabled={disabled || i === aspects.length - 1}
              onClick={() => move(i, 1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t.structure.aspectRemove(name)}
              disabled={disabled}
              onClick={() => onChange(aspects.filter((_, k) => k !== i))}
            />
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<AddRegular />}
          disabled={disabled}
          onClick={() => onChange([...aspects, t.structure.newAspect])}
        >
          {t.structure.aspectAdd}
        </Button>
        <Button size="small" icon={<ArrowResetRegular />} disabled={disabled} onClick={onReset}>
          {t.structure.aspectsReset}
        </Button>
      </div>
      <NoticeReader onUse={onChange} disabled={disabled} />
    </div>
  );
}
