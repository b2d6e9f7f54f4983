import { makeStyles, tokens } from "@fluentui/react-components";
import type { MarkedText } from "../../core/types";

const useStyles = makeStyles({
  text: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});

/** A passage with its shared stretches marked (as <mark>, so they also print and read out as marked). */
export function MarkedPassage({ passage, className }: { passage: MarkedText; className?: string }) {
  const styles = useStyles();
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of [...passage.marks].sort((a, b) => a.offset - b.offset)) {
    if (m.offset > at) pieces.push({ text: passage.text.slice(at, m.offset), marked: false });
    pieces.push({ text: passage.text.slice(m.offset, m.offset + m.length), marked: true });
    at = m.offset + m.length;
  }
  if (at < passage.text.length) pieces.push({ text: passage.text.slice(at), marked: false });
  return (
    <span className={`${styles.text} ${className ?? ""}`} data-testid="marked-passage">
      {pieces.map((p, i) =>
        p.marked ? (
          <mark key={i} className={styles.mark}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
