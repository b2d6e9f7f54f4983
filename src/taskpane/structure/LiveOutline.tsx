import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { Outline } from "../../core/types";
import { useLayout } from "../layout";
import { t } from "../strings";
import type { StructureActions } from "./use-structure-actions";

const useStyles = makeStyles({
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
    fontWeight: tokens.fontWeightRegular,
  },
  part: { fontWeight: tokens.fontWeightSemibold },
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
      // The number as the writer wrote it (1.  （一）  一是), or Word's list number.
      label: `${item.numbering?.raw.trim() ?? ""}${item.title}`,
    })),
  ];
  return rows.sort((a, b) => a.paragraph - b.paragraph || a.depth - b.depth);
}

/** The report's parts, aspects and items as the document has them; a click selects the paragraph. */
export function LiveOutline({ actions }: { actions: StructureActions }) {
  const styles = useStyles();
  const layout = useLayout();
  const { outline, busy } = actions;
  const entries = outline ? entriesOf(outline) : [];
  return (
    <div className={layout.column}>
      <div className={styles.head}>
        <Text weight="semibold">{t.outlineTitle}</Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          onClick={actions.refresh}
          disabled={busy}
        >
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
              className={mergeClasses(styles.entry, e.depth === 0 && styles.part)}
              title={e.label}
              disabled={busy}
              onClick={() => actions.select(e.paragraph)}
            >
              {e.label}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
