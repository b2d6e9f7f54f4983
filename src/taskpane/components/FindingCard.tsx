import { forwardRef } from "react";
import { Badge, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkRegular,
  EyeOffRegular,
  LinkRegular,
  LocationRegular,
  DismissCircleRegular,
  TextParagraphRegular,
} from "@fluentui/react-icons";
import type { Finding } from "../../core/types";
import { findRule } from "../../core/check/rules";
import { t } from "../strings";
import { CARD } from "./use-card-navigation";
import { ActionRow } from "./ActionRow";
import { EchoView } from "./check/EchoView";

const useStyles = makeStyles({
  card: {
    minWidth: 0,
    gap: tokens.spacingVerticalXS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { color: tokens.colorNeutralForeground3, marginLeft: "auto" },
  excerpt: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "underline",
    textDecorationColor: tokens.colorPaletteRedForeground1,
    textDecorationStyle: "wavy",
  },
  message: { overflowWrap: "anywhere" },
});

const badgeColor = { error: "danger", warning: "warning", info: "informative" } as const;
const CONTEXT = 18;

export interface FindingCardProps {
  finding: Finding;
  paragraphText: string;
  busy: boolean;
  onLocate: () => void;
  onFix?: () => void;
  /** 分段: split a glued paragraph at the finding's `split` offsets. */
  onSplit?: () => void;
  /** An uncertain link's card: store the closest candidate as a confirmed link. */
  onConfirmLink?: () => void;
  onIgnore?: () => void;
  onIgnoreRule?: () => void;
}

/** The excerpt around the finding's span: the offending characters marked, a little context either side. */
export function excerptOf(finding: Finding, paragraphText: string) {
  const span =
    finding.offset !== undefined && finding.length !== undefined
      ? { offset: finding.offset, length: finding.length }
      : undefined;
  const start = span ? Math.max(0, span.offset - CONTEXT) : 0;
  const end = span ? span.offset + span.length + CONTEXT : CONTEXT * 2;
  return {
    lead: start > 0 ? "…" : "",
    before: span ? paragraphText.slice(start, span.offset) : paragraphText.slice(0, end),
    marked: span ? paragraphText.slice(span.offset, span.offset + span.length) : "",
    after: span ? paragraphText.slice(span.offset + span.length, end) : "",
    tail: end < paragraphText.length ? "…" : "",
  };
}

/** One finding: which rule, what is wrong, the words concerned, and what the writer can do about it. */
export const FindingCard = forwardRef<HTMLDivElement, FindingCardProps>(function FindingCard(
  { finding, paragraphText, busy, onLocate, onFix, onSplit, onConfirmLink, onIgnore, onIgnoreRule },
  ref,
) {
  const styles = useStyles();
  const rule = findRule(finding.rule);
  const x = excerptOf(finding, paragraphText);
  const name = rule?.name ?? finding.rule;

  return (
    <Card
      ref={ref}
      className={styles.card}
      size="small"
      tabIndex={0}
      aria-label={`${t.severity[finding.severity]}：${name}，${t.check.paragraphN(finding.paragraph + 1)}`}
      data-rule={finding.rule}
      data-paragraph={finding.paragraph}
      data-testid="finding"
      {...CARD}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={badgeColor[finding.severity]}>
          {t.severity[finding.severity]}
        </Badge>
        <Text weight="semibold">{name}</Text>
        <Text size={200} className={styles.where}>
          {t.check.paragraphN(finding.paragraph + 1)}
        </Text>
      </div>
      <Text className={styles.message}>{finding.message}</Text>
      {finding.echo && <EchoView echo={finding.echo} />}
      {paragraphText && !finding.echo?.own && (
        <Text className={styles.excerpt} data-testid="excerpt">
          {x.lead}
          {x.before}
          {x.marked && <mark className={styles.mark}>{x.marked}</mark>}
          {x.after}
          {x.tail}
        </Text>
      )}
      <ActionRow
        disabled={busy}
        actions={[
          { label: t.goTo, icon: <LocationRegular />, onClick: onLocate },
          !!finding.fix && {
            label: t.check.fix,
            icon: <CheckmarkRegular />,
            appearance: "primary",
            onClick: onFix,
            tooltip: t.check.fixTo(finding.fix.replacement),
          },
          { label: t.check.split, icon: <TextParagraphRegular />, appearance: "primary", onClick: onSplit },
          {
            label: t.check.confirmUncertain,
            icon: <LinkRegular />,
            appearance: "primary",
            onClick: onConfirmLink,
          },
          { label: t.check.ignore, icon: <EyeOffRegular />, appearance: "subtle", onClick: onIgnore },
          {
            label: t.check.ignoreRule,
            icon: <DismissCircleRegular />,
            appearance: "subtle",
            onClick: onIgnoreRule,
          },
        ]}
      />
    </Card>
  );
});
