/** Word.Table (WordApi 1.3), the part the add-in uses: its size, its values and the repeated header rows. */
import { Binding, notFound, type Resolver } from "./binding";
import { ClientObject, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { defineProperties, loaders, readOnly, settable, type Properties } from "./properties";
import type { Node, TableCell } from "./records";

interface TableTarget {
  doc: SimDocument;
  /** The first cell's table data (shared by all cells). */
  meta: TableCell;
}

const TABLE = {
  rowCount: readOnly(({ meta }: TableTarget) => meta.rows),
  headerRowCount: settable(
    ({ meta }: TableTarget) => meta.headerRowCount,
    ({ doc, meta }, v: number) => doc.setTableHeaderRows(meta.id, v),
  ),
};

const tableOf = (t: TableProxy): TableTarget => ({ doc: t.context.doc, meta: t.cells()[0]!.rec.table! });

export interface TableProxy extends Properties<typeof TABLE> {}

export class TableProxy extends ClientObject {
  private readonly binding: Binding<Node[]>;

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
}

defineProperties(TableProxy, TABLE, tableOf);
