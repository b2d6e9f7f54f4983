import { useRef } from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowLeftRegular, DismissRegular, TableRegular } from "@fluentui/react-icons";
import { ActionRow } from "../components/ActionRow";
import { t } from "../strings";
import type { LastYearState } from "./use-last-year";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  line: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

export interface LastYearPanelProps {
  state: LastYearState;
  busy: boolean;
  /** Opens the 审阅台 (absent where no dialog can be opened). */
  onOpenReview?: () => void;
  /** The 审阅台's address, linked instead where no dialog can be opened. */
  reviewHref?: string;
}

/** 与上年材料对比: choose last year's report (read here, never uploaded), see what it is, drop it again. */
export function LastYearPanel({ state, busy, onOpenReview, reviewHref }: LastYearPanelProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const { lastYear, remembered, changed, error, reading } = state;
  const o = lastYear?.outline;
  return (
    <section className={styles.box} aria-label={t.lastYear.title} data-testid="last-year">
      <Text weight="semibold">{t.lastYear.title}</Text>
      {lastYear && o ? (
        <Text size={200} className={styles.line} data-testid="last-year-file">
          {t.lastYear.loaded(lastYear.name, o.problems.length, o.causes.length, o.measures.length)}
        </Text>
      ) : (
        <Text size={200} className={styles.muted}>
          {remembered ? t.lastYear.remembered(remembered.name) : t.lastYear.intro}
        </Text>
      )}
      {changed && (
        <Text size={200} className={styles.muted}>
          {t.lastYear.changed}
        </Text>
      )}
      {error && (
        <Text size={200} className={styles.error} role="alert">
          {error}
        </Text>
      )}
      <ActionRow
        actions={[
          {
            label: lastYear ? t.lastYear.change : t.lastYear.choose,
            icon: <DocumentArrowLeftRegular />,
            disabled: busy || reading,
            onClick: () => picker.current?.click(),
          },
          !!lastYear && {
            label: t.lastYear.clear,
            icon: <DismissRegular />,
            appearance: "subtle",
            disabled: busy,
            onClick: state.clear,
          },
          { label: t.lastYear.review, icon: <TableRegular />, appearance: "subtle", onClick: onOpenReview },
        ]}
      >
        {!onOpenReview && reviewHref && (
          <Link href={reviewHref} target="_blank" rel="noopener">
            {t.lastYear.review}
          </Link>
        )}
      </ActionRow>
      <input
        ref={picker}
        className={styles.hidden}
        type="file"
        accept=".docx,.txt"
        aria-label={t.lastYear.choose}
        data-testid="last-year-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void state.choose(file);
          e.target.value = "";
        }}
      />
    </section>
  );
}
