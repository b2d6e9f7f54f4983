import { Slider, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportPair } from "../core/compare";
import { MarkedPassage } from "../taskpane/components/MarkedPassage";
import { r } from "./strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  control: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  pair: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    breakInside: "avoid",
  },
  sides: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalM,
    "@media (max-width: 640px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  noPrint: { "@media print": { display: "none" } },
});

export interface SimilarityPanelProps {
  pairs: ReportPair[];
  /** The writer of report i of the comparison. */
  writer: (report: number) => string;
  threshold: number;
  min: number;
  onThreshold: (share: number) => void;
}

/** Pairs of reports sharing near-identical passages, each pair of passages side by side, shared text marked. */
export function SimilarityPanel({ pairs, writer, threshold, min, onThreshold }: SimilarityPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-label={r.similar.title} data-testid="similarity">
      <Subtitle2>{r.similar.title}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {r.similar.intro}
      </Text>
      <div className={`${styles.control} ${styles.noPrint}`}>
        <Slider
          min={Math.round(min * 100)}
          max={100}
          step={5}
          value={Math.round(threshold * 100)}
          onChange={(_, data) => onThreshold(data.value / 100)}
          aria-label={r.similar.threshold(threshold)}
          data-testid="threshold"
        />
        <Text size={200}>{r.similar.threshold(threshold)}</Text>
      </div>
      {pairs.length === 0 && <Text>{r.similar.none}</Text>}
      {pairs.map((pair) => (
        <div key={`${pair.a}-${pair.b}`} className={styles.pair} data-testid="similar-pair">
          <Text weight="semibold">
            {r.similar.pair(writer(pair.a), writer(pair.b), pair.passages.length, pair.sharedChars)}
          </Text>
          {pair.passages.map((p, i) => (
            <div key={i} className={styles.sides} data-testid="similar-passages">
              {[p.a, p.b].map((side, k) => (
                <div key={k} className={styles.side}>
                  <Text size={200} className={styles.muted}>
                    {writer(side.report)} · {r.similar.passage(side.label, side.paragraph)} ·{" "}
                    {r.similar.share(p.similarity)}
                  </Text>
                  <MarkedPassage passage={side} />
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
