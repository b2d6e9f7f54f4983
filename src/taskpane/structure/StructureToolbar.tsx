import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  AddRegular,
  DocumentAddRegular,
  TextFontRegular,
  TextNumberListLtrRegular,
} from "@fluentui/react-icons";
import type { ElementKind } from "../../core/compose/elements";
import { NoticeBar } from "../components/NoticeBar";
import { useLayout } from "../layout";
import { t } from "../strings";
import type { StructureActions } from "./use-structure-actions";
import type { TemplateChoice } from "./use-template-choice";

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  wide: { width: "100%" },
  cell: { minWidth: 0 },
});

const ELEMENTS: { kind: ElementKind; label: string }[] = [
  { kind: "problem", label: t.structure.addProblem },
  { kind: "aspect", label: t.structure.addAspect },
  { kind: "cause", label: t.structure.addCause },
  { kind: "measure", label: t.structure.addMeasure },
];

/** The 结构 tab's buttons: the chosen template, 插入完整框架, 新增…, 重新编号, 一键排版, and what the last one did. */
export function StructureToolbar({ choice, actions }: { choice: TemplateChoice; actions: StructureActions }) {
  const styles = useStyles();
  const layout = useLayout();
  const { busy } = actions;
  const more = [
    ...ELEMENTS.map(({ kind, label }) => ({
      key: kind,
      label,
      icon: <AddRegular />,
      onClick: () => actions.addElement(kind, label),
    })),
    {
      key: "renumber",
      label: t.structure.renumber,
      icon: <TextNumberListLtrRegular />,
      onClick: actions.planNumbers,
    },
    { key: "typeset", label: t.structure.typeset, icon: <TextFontRegular />, onClick: actions.typeset },
  ];
  return (
    <div className={layout.column}>
      <Text size={200} className={styles.summary} data-testid="template-summary">
        {choice.base.label} · {t.aspectsCount(choice.aspects.length)} ·{" "}
        {choice.variant === "personal" ? t.structure.personal : t.structure.team}
        {/* The preset's label names its own year: say so when the title will carry another. */}
        {choice.year !== null &&
          choice.year !== choice.templateYear &&
          ` · ${t.structure.titleYear} ${choice.year}`}
      </Text>
      <Button
        appearance="primary"
        icon={<DocumentAddRegular />}
        className={styles.wide}
        disabled={busy}
        onClick={actions.insertSkeleton}
      >
        {t.structure.insertSkeleton}
      </Button>
      <div className={styles.grid}>
        {more.map(({ key, label, icon, onClick }) => (
          <Button key={key} className={styles.cell} icon={icon} disabled={busy} onClick={onClick}>
            {label}
          </Button>
        ))}
      </div>
      {actions.done && (
        <NoticeBar intent="success" data-testid="structure-done" onDismiss={actions.dismissDone}>
          {actions.done}
        </NoticeBar>
      )}
    </div>
  );
}
