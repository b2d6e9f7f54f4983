import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReportRow } from "./rows";
import { r } from "./strings";

export type SortKey = keyof typeof r.columns;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const NUMBERS: SortKey[] = ["problems", "causes", "measures", "errors", "warnings", "missingLinks", "chars"];
const VERDICT_RANK = { must: 0, suggest: 1, pass: 2 } as const;
const verdictColor = { pass: "success", suggest: "warning", must: "danger" } as const;

const useStyles = makeStyles({
  table: { minWidth: "760px" },
  row: { cursor: "pointer" },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  reason: { color: tokens.colorPaletteRedForeground1 },
  file: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
});

/** Orders rows by a column; unreadable files last, then the order they were added. */
export function sortRows(rows: ReportRow[], sort: Sort): ReportRow[] {
  const value = (row: ReportRow): number | string => {
    if (sort.key === "verdict") return row.verdict ? VERDICT_RANK[row.verdict] : 3;
    return row[sort.key];
  };
  return [...rows].sort((a, b) => {
    if (!a.result !== !b.result) return a.result ? -1 : 1;
    const x = value(a);
    const y = value(b);
    const order =
      typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
    return (sort.descending ? -order : order) || a.id - b.id;
  });
}

export interface ReportTableProps {
  rows: ReportRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: number | null;
  onSelect: (id: number) => void;
}

/** One row per report: writer, verdict and counts; a click opens it. Sortable by any column. */
export function ReportTable({ rows, sort, onSort, selected, onSelect }: ReportTableProps) {
  const styles = useStyles();
  const keys = Object.keys(r.columns) as SortKey[];
  const header = (key: SortKey) => (
    <TableHeaderCell
      key={key}
      sortable
      sortDirection={sort.key === key ? (sort.descending ? "descending" : "ascending") : undefined}
      onClick={() => onSort({ key, descending: sort.key === key ? !sort.descending : NUMBERS.includes(key) })}
    >
      {r.columns[key]}
    </TableHeaderCell>
  );
  return (
    <Table className={styles.table} size="small" sortable aria-label={r.title} data-testid="report-table">
      <TableHeader>
        <TableRow>{keys.map(header)}</TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={row.id}
            className={`${styles.row} ${row.id === selected ? styles.selected : ""}`}
            tabIndex={0}
            aria-selected={row.id === selected}
            data-testid="report-row"
            data-writer={row.writer}
            onClick={() => onSelect(row.id)}
            onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && onSelect(row.id)}
          >
            <TableCell>{row.writer}</TableCell>
            <TableCell className={styles.file}>{row.file}</TableCell>
            <TableCell>
              {row.verdict ? (
                <Badge appearance="tint" color={verdictColor[row.verdict]}>
                  {r.verdict[row.verdict]}
                </Badge>
              ) : (
                <Badge appearance="tint" color="subtle">
                  {r.unreadable}
                </Badge>
              )}
            </TableCell>
            {row.reason ? (
              <TableCell className={styles.reason} colSpan={NUMBERS.length} data-testid="reason">
                {row.reason}
              </TableCell>
            ) : (
              NUMBERS.map((key) => (
                <TableCell key={key} className={styles.number}>
                  {row[key]}
                </TableCell>
              ))
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
