import { Badge, Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LocationRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/types";
import { findRule } from "../../core/rules";
import { selectParagraph } from "../../word";
import { t } from "../strings";

const useStyles = makeStyles({
  card: { minWidth: 0, gap: tokens.spacingVerticalXS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  excerpt: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  message: { overflowWrap: "anywhere" },
});

const badgeColor = { error: "danger", warning: "warning", info: "informative" } as const;
const CONTEXT = 18;

export interface FindingCardProps {
  finding: Finding;
  paragraphText: string;
  busy: boolean;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
}

/** One finding: what rule, what is wrong, the words concerned, and a way to get there in the document. */
export function FindingCard({ finding, paragraphText, busy, run }: FindingCardProps) {
  const styles = useStyles();
  const rule = findRule(finding.rule);
  const span =
    finding.offset !== undefined && finding.length !== undefined
      ? { offset: finding.offset, length: finding.length }
      : undefined;
  const excerptStart = span ? Math.max(0, span.offset - CONTEXT) : 0;
  const before = span ? paragraphText.slice(excerptStart, span.offset) : paragraphText.slice(0, CONTEXT * 2);
  const marked = span ? paragraphText.slice(span.offset, span.offset + span.length) : "";
  const after = span
    ? paragraphText.slice(span.offset + span.length, span.offset + span.length + CONTEXT)
    : "";

  return (
    <Card className={styles.card} size="small" data-rule={finding.rule} data-paragraph={finding.paragraph}>
      <div className={styles.head}>
        <Badge appearance="tint" color={badgeColor[finding.severity]}>
          {t.severity[finding.severity]}
        </Badge>
        <Text weight="semibold">{rule?.name ?? finding.rule}</Text>
        <Text size={200}>第 {finding.paragraph + 1} 段</Text>
      </div>
      <Text className={styles.message}>{finding.message}</Text>
      {paragraphText && (
        <Text className={styles.excerpt}>
          {excerptStart > 0 ? "…" : ""}
          {before}
          {marked && <mark className={styles.mark}>{marked}</mark>}
          {after}
          {"…"}
        </Text>
      )}
      <div>
        <Button
          size="small"
          icon={<LocationRegular />}
          disabled={busy}
          onClick={() => run(() => selectParagraph(finding.paragraph, paragraphText, span))}
        >
          {t.goTo}
        </Button>
      </div>
    </Card>
  );
}
