/**
 * Word.Table (WordApi 1.3), the part the add-in uses: its size, the repeated header rows, the alignment of
 * the text in its cells, its font, and its rows (the first one's font).
 */
import { Binding, notFound, type Resolver } from "./binding";
import { ClientObject, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { FontProxy, wholeSegment } from "./font-proxy";
import { defineProperties, loaders, readOnly, settable, type Properties } from "./properties";
import type { Alignment, Node, TableCell } from "./records";

interface TableTarget {
  doc: SimDocument;
  cells: Node[];
  /** The first cell's table data (shared by all cells). */
  meta: TableCell;
}

const TABLE = {
  rowCount: readOnly(({ meta }: TableTarget) => meta.rows),
  headerRowCount: settable(
    ({ meta }: TableTarget) => meta.headerRowCount,
    ({ doc, meta }, v: number) => doc.setTableHeaderRows(meta.id, v),
  ),
  /** The paragraphs' alignment in every cell. */
  horizontalAlignment: settable(
    ({ cells }: TableTarget) => cells[0]!.rec.alignment,
    ({ cells }, v: Alignment) => cells.forEach((c) => (c.rec.alignment = v)),
  ),
};

const tableOf = (t: TableProxy): TableTarget => {
  const cells = t.cells();
  return { doc: t.context.doc, cells, meta: cells[0]!.rec.table! };
};

export interface TableProxy extends Properties<typeof TABLE> {}

export class TableProxy extends ClientObject {
  private readonly binding: Binding<Node[]>;
  private fontProxy?: FontProxy;
  private rowsProxy?: TableRowCollectionProxy;

  constructor(context: RequestContext, resolver: Resolver<Node[]>) {
    super(context);
    this.binding = new Binding(resolver);
  }

  cells(): Node[] {
    const cells = this.binding.get();
    if (!cells[0]?.alive) throw notFound();
    return cells;
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, TABLE, tableOf);
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return { font: () => this.font };
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, () => this.cells().flatMap(wholeSegment)));
  }

  get rows(): TableRowCollectionProxy {
    return (this.rowsProxy ??= new TableRowCollectionProxy(this.context, () => this.cells()));
  }
}

defineProperties(TableProxy, TABLE, tableOf);

/** Word.TableRowCollection (WordApi 1.3): here only its first row. */
export class TableRowCollectionProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly cells: Resolver<Node[]>,
  ) {
    super(context);
  }

  getFirst(): TableRowProxy {
    return new TableRowProxy(this.context, () => this.cells().filter((c) => c.rec.table?.row === 0));
  }
}

/** Word.TableRow (WordApi 1.3): the font of its cells. */
export class TableRowProxy extends ClientObject {
  private fontProxy?: FontProxy;

  constructor(
    context: RequestContext,
    private readonly cells: Resolver<Node[]>,
  ) {
    super(context);
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, () => this.cells().flatMap(wholeSegment)));
  }
}
