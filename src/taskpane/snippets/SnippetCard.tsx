import {
  Badge,
  Button,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, EditRegular, StarFilled, StarRegular, TextAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Snippet } from "../../core/snippets/library";
import { snippetSlots } from "../../core/snippets/user";
import { ActionRow } from "../components/ActionRow";
import { t } from "../strings";
import { CARD } from "../components/use-card-navigation";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  active: {
    border: `1px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1Hover,
  },
  row: { display: "flex", alignItems: "flex-start", minWidth: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    textAlign: "left",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":disabled": { cursor: "default" },
    ...createFocusOutlineStyle(),
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    minWidth: 0,
  },
  line: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    minWidth: 0,
  },
  star: { flexShrink: 0, marginTop: "4px", marginRight: "2px" },
  starOn: { color: tokens.colorPaletteMarigoldForeground1 },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  full: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SnippetCardProps {
  snippet: Snippet;
  own: boolean;
  active: boolean;
  starred: boolean;
  busy: boolean;
  onActivate: () => void;
  onInsert: () => void;
  onToggleStar: () => void;
  onEdit?: () => void;
  onRemove?: () => void;
}

/**
 * One snippet: title and first line; click or Enter inserts it at the cursor. The focused card also shows
 * the full text, the slots to fill and its actions.
 */
export function SnippetCard(props: SnippetCardProps) {
  const { snippet, own, active, starred, busy } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const firstLine = snippet.text.split("\n")[0] ?? "";
  const slots = snippetSlots(snippet.text).map((s) => s.label || "…");

  return (
    <div
      className={mergeClasses(styles.card, active && styles.active)}
      role="listitem"
      data-snippet-id={snippet.id}
    >
      <div className={styles.row}>
        <button
          type="button"
          className={styles.main}
          data-snippet-main=""
          {...CARD}
          aria-label={`${t.snippets.insert}：${snippet.title}`}
          aria-describedby={active ? `snippet-full-${snippet.id}` : undefined}
          disabled={busy}
          onFocus={props.onActivate}
          onClick={props.onInsert}
        >
          <span className={styles.head}>
            <span className={styles.title}>{snippet.title}</span>
            {own && (
              <Badge size="small" appearance="tint" color="brand">
                {t.snippets.own}
              </Badge>
            )}
          </span>
          <span className={styles.line}>{firstLine}</span>
        </button>
        <Button
          className={mergeClasses(styles.star, starred && styles.starOn)}
          appearance="transparent"
          size="small"
          icon={starred ? <StarFilled /> : <StarRegular />}
          aria-pressed={starred}
          aria-label={
            starred ? `${t.snippets.unstar}：${snippet.title}` : `${t.snippets.star}：${snippet.title}`
          }
          title={starred ? t.snippets.unstar : t.snippets.star}
          onClick={props.onToggleStar}
        />
      </div>
      {active && (
        <div className={styles.details}>
          <Text className={styles.full} id={`snippet-full-${snippet.id}`} data-testid="snippet-preview">
            {snippet.text}
          </Text>
          {slots.length > 0 && (
            <Text size={200} className={styles.hint}>
              {t.snippets.slotsHint(slots.join("、"))}
            </Text>
          )}
          <ActionRow
            actions={[
              {
                label: t.snippets.insert,
                icon: <TextAddRegular />,
                appearance: "primary",
                disabled: busy,
                onClick: props.onInsert,
              },
              own && { label: t.snippets.edit, icon: <EditRegular />, onClick: props.onEdit },
              own && {
                label: confirming ? t.snippets.confirmRemove : t.snippets.remove,
                icon: <DeleteRegular />,
                onClick: props.onRemove && (() => (confirming ? props.onRemove?.() : setConfirming(true))),
                onBlur: () => setConfirming(false),
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}
