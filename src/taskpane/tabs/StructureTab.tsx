import { useCallback, useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { readOutline } from "../../core/outline";
import type { Outline } from "../../core/types";
import { readParagraphs, selectParagraph } from "../../word";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tree: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  entry: {
    textAlign: "left",
    justifyContent: "flex-start",
    minWidth: 0,
    maxWidth: "100%",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    display: "block",
  },
});

interface Entry {
  paragraph: number;
  depth: number;
  label: string;
}

/** Flattens the outline into the rows of the live outline, in document order. */
function entriesOf(outline: Outline): Entry[] {
  const rows: Entry[] = [
    ...outline.parts.map((p) => ({ paragraph: p.paragraph, depth: 0, label: p.heading })),
    ...outline.aspects.map((a) => ({ paragraph: a.paragraph, depth: 1, label: a.heading })),
    ...[...outline.problems, ...outline.causes, ...outline.measures].map((item) => ({
      paragraph: item.paragraph,
      depth: item.kind === "problem" ? 2 : 1,
      label: `${item.number ? item.number + " " : ""}${item.title}`,
    })),
  ];
  return rows.sort((a, b) => a.paragraph - b.paragraph || a.depth - b.depth);
}

export function StructureTab({ onError }: { onError: (message: string) => void }) {
  const styles = useStyles();
  const { busy, run } = useDocumentAction(onError);
  const [outline, setOutline] = useState<Outline | null>(null);

  const refresh = useCallback(async () => {
    const paragraphs = await run(readParagraphs);
    if (paragraphs) setOutline(readOutline(paragraphs));
  }, [run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const entries = outline ? entriesOf(outline) : [];
  return (
    <section className={styles.column} aria-label={t.tabs.structure}>
      <Text size={200}>{t.structureSoon}</Text>
      <div className={styles.head}>
        <Text weight="semibold">{t.outlineTitle}</Text>
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={refresh} disabled={busy}>
          {t.outlineRefresh}
        </Button>
      </div>
      {outline && entries.length === 0 && <Text size={200}>{t.outlineEmpty}</Text>}
      <ul className={styles.tree} data-testid="live-outline">
        {entries.map((e) => (
          <li key={`${e.paragraph}-${e.depth}`} style={{ paddingLeft: e.depth * 12 }}>
            <Button
              appearance="subtle"
              size="small"
              className={styles.entry}
              title={e.label}
              disabled={busy}
              onClick={() =>
                run(() => selectParagraph(e.paragraph, outline?.paragraphs[e.paragraph]?.text ?? ""))
              }
            >
              {e.label}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
