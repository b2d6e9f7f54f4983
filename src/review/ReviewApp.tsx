import { useMemo, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Dropdown,
  FluentProvider,
  Input,
  Option,
  ProgressBar,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DocumentAddRegular,
  PrintRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import { atThreshold, DEFAULT_SHARE, LOWEST_SHARE } from "../core/compare";
import type { Verdict } from "../core/check/verdict";
import { download, loadExcel, workbookBytes } from "./export-xlsx";
import { ReportDetail } from "./ReportDetail";
import { ReportTable, sortRows, type Sort } from "./ReportTable";
import { SimilarityPanel } from "./SimilarityPanel";
import { r } from "./strings";
import { useReviewBatch } from "./use-review-batch";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  privacy: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  drop: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    "@media print": { display: "none" },
  },
  dragging: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "@media print": { display: "none" },
  },
  hidden: { display: "none" },
  tableBox: { overflowX: "auto" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const VERDICTS: (Verdict | "unreadable")[] = ["must", "suggest", "pass", "unreadable"];

export function ReviewApp() {
  const styles = useStyles();
  const { rows, progress, add, clear, compared, pairs } = useReviewBatch();
  const [sort, setSort] = useState<Sort>({ key: "errors", descending: true });
  const [query, setQuery] = useState("");
  const [verdict, setVerdict] = useState<string>("");
  const [selected, setSelected] = useState<number | null>(null);
  const [threshold, setThreshold] = useState(DEFAULT_SHARE);
  const [dragging, setDragging] = useState(false);
  const [exportState, setExportState] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const shown = useMemo(() => {
    const q = query.trim();
    const matches = rows.filter(
      (row) =>
        (q === "" || row.writer.includes(q) || row.file.includes(q)) &&
        (verdict === "" || (row.verdict ?? "unreadable") === verdict),
    );
    return sortRows(matches, sort);
  }, [rows, query, verdict, sort]);
  const visiblePairs = useMemo(() => atThreshold(pairs, threshold), [pairs, threshold]);
  const writer = (report: number) => compared[report]?.writer ?? "";
  const detail = rows.find((row) => row.id === selected && row.result);

  const addFiles = (list: FileList | null) =>
    add([...(list ?? [])].map((f) => ({ name: f.name, size: f.size, bytes: () => f.arrayBuffer() })));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };
  const exportXlsx = async () => {
    setExportState(r.exporting);
    try {
      const bytes = await workbookBytes(await loadExcel(), rows, atThreshold(pairs, threshold));
      download(bytes, `审阅台-${new Date().toISOString().slice(0, 10)}.xlsx`);
      setExportState(null);
    } catch (err) {
      setExportState(r.exportFailed(err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className={styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <header className={styles.head}>
          <Title2 as="h1">{r.title}</Title2>
          <Text>{r.subtitle}</Text>
          <Text className={styles.privacy} data-testid="privacy">
            <ShieldCheckmarkRegular /> {r.privacy}
          </Text>
        </header>
        <div className={`${styles.drop} ${dragging ? styles.dragging : ""}`} data-testid="drop-zone">
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => picker.current?.click()}>
            {r.choose}
          </Button>
          <input
            ref={picker}
            className={styles.hidden}
            type="file"
            multiple
            accept=".docx,.txt"
            data-testid="file-input"
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = "";
            }}
          />
          <Text>{r.drop}</Text>
        </div>
        {progress && (
          <div aria-live="polite" data-testid="progress">
            <Text size={200}>{r.reading(progress.done, progress.total, progress.file)}</Text>
            <ProgressBar value={progress.done / progress.total} />
          </div>
        )}
        <div className={styles.toolbar}>
          <Input
            placeholder={r.filter}
            aria-label={r.filter}
            value={query}
            onChange={(_, d) => setQuery(d.value)}
          />
          <Dropdown
            aria-label={r.columns.verdict}
            placeholder={r.allVerdicts}
            value={
              verdict === ""
                ? r.allVerdicts
                : verdict === "unreadable"
                  ? r.unreadable
                  : r.verdict[verdict as Verdict]
            }
            onOptionSelect={(_, d) => setVerdict(d.optionValue ?? "")}
          >
            <Option value="">{r.allVerdicts}</Option>
            {VERDICTS.map((v) => (
              <Option key={v} value={v}>
                {v === "unreadable" ? r.unreadable : r.verdict[v]}
              </Option>
            ))}
          </Dropdown>
          <Text size={200}>{r.shown(shown.length, rows.length)}</Text>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={rows.length === 0 || exportState === r.exporting}
            onClick={() => void exportXlsx()}
          >
            {r.exportXlsx}
          </Button>
          <Button icon={<PrintRegular />} disabled={rows.length === 0} onClick={() => window.print()}>
            {r.print}
          </Button>
          <Button appearance="subtle" disabled={rows.length === 0} onClick={clear}>
            {r.clear}
          </Button>
          {exportState && (
            <Text className={exportState === r.exporting ? undefined : styles.error}>{exportState}</Text>
          )}
        </div>
        {rows.length === 0 ? (
          <Text>{r.empty}</Text>
        ) : (
          <div className={styles.tableBox}>
            <ReportTable
              rows={shown}
              sort={sort}
              onSort={setSort}
              selected={selected}
              onSelect={setSelected}
            />
          </div>
        )}
        {detail && <ReportDetail key={detail.id} row={detail} onClose={() => setSelected(null)} />}
        {compared.length > 1 && !progress && (
          <SimilarityPanel
            pairs={visiblePairs}
            writer={writer}
            threshold={threshold}
            min={LOWEST_SHARE}
            onThreshold={setThreshold}
          />
        )}
      </div>
    </FluentProvider>
  );
}
