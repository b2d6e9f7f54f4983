import { useRef, useState } from "react";
import { Accordion, Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Finding } from "../core/types";
import { OutlineSummary } from "../taskpane/components/OutlineSummary";
import { CheckSummary } from "../taskpane/components/check/CheckSummary";
import { FindingGroups, openByDefault } from "../taskpane/components/check/FindingGroups";
import { useCardNavigation } from "../taskpane/components/use-card-navigation";
import type { ReportRow } from "./rows";
import { r } from "./strings";

const useStyles = makeStyles({
  box: {
    display: "grid",
    gridTemplateColumns: "minmax(280px, 380px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
    "@media print": { display: "none" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: {
    maxHeight: "70vh",
    overflowY: "auto",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalXS}`, overflowWrap: "anywhere" },
  number: { color: tokens.colorNeutralForeground4, marginRight: tokens.spacingHorizontalS },
  located: { backgroundColor: tokens.colorPaletteYellowBackground2 },
});

/**
 * One report as the pane shows it (verdict, outline, finding cards, moved between with the pane's keys: J or ↓,
 * K or ↑); 定位 shows the paragraph in its text.
 */
export function ReportDetail({ row, onClose }: { row: ReportRow; onClose: () => void }) {
  const styles = useStyles();
  const [located, setLocated] = useState<number | null>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const nav = useCardNavigation();
  const result = row.result;
  if (!result) return null;
  const paragraphs = result.outline.paragraphs;
  const locate = (finding: Finding) => {
    setLocated(finding.paragraph);
    textBox.current
      ?.querySelector(`[data-paragraph="${finding.paragraph}"]`)
      ?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  return (
    <section className={styles.box} aria-label={r.detailOf(row.writer)} data-testid="report-detail">
      <div className={styles.column}>
        <div className={styles.head}>
          <Subtitle2>{r.detailOf(row.writer)}</Subtitle2>
          <Button
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={r.closeDetail}
            onClick={onClose}
          />
        </div>
        <Text size={200}>{row.file}</Text>
        <CheckSummary findings={result.findings} />
        <OutlineSummary outline={result.outline} />
        <div ref={nav.listRef} onKeyDown={nav.onKeyDown} data-testid="finding-list">
          <Accordion multiple collapsible defaultOpenItems={openByDefault(result.findings)}>
            <FindingGroups
              findings={result.findings}
              paragraphText={(i) => paragraphs[i]?.text ?? ""}
              busy={false}
              actions={{ locate }}
            />
          </Accordion>
        </div>
      </div>
      <div className={styles.column}>
        <Subtitle2>{r.fullText}</Subtitle2>
        <div className={styles.text} ref={textBox} data-testid="full-text">
          {paragraphs.map((p, i) => (
            <p
              key={i}
              data-paragraph={i}
              className={`${styles.paragraph} ${located === i ? styles.located : ""}`}
            >
              <span className={styles.number}>{i + 1}</span>
              {p.listString ? `${p.listString} ` : ""}
              {p.text}
            </p>
          ))}
        </div>
      </div>
    </section>
  );
}
