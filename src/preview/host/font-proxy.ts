/** Word.Font over a paragraph or a range: reads give the font at the first character, writes cover it all. */
import type { Resolver } from "./binding";
import { liveNode, notFound } from "./binding";
import { ClientObject, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { defineProperties, loaders, settable, type Properties } from "./properties";
import { setDirectFont, type Anchor, type HostFont, type Node } from "./records";
import { fontAt, overrideRuns, withoutKey } from "./runs";

/** Characters [start, end) of one paragraph: what a font applies to. */
export interface Segment {
  node: Node;
  start: number;
  end: number;
}

export function wholeSegment(node: Node): Segment[] {
  return [{ node, start: 0, end: node.rec.text.length }];
}

export function segmentsOf(doc: SimDocument, a: Anchor): Segment[] {
  return doc.nodesOf(a).map((node) => ({
    node,
    start: node === a.start.node ? a.start.offset : 0,
    end: node === a.end.node ? a.end.offset : node.rec.text.length,
  }));
}

/** Sets one font property on a segment: the paragraph's own font when it covers the paragraph, else a run. */
function setSegmentFont<K extends keyof HostFont>(seg: Segment, k: K, v: HostFont[K]): void {
  const rec = liveNode(seg.node).rec;
  if (seg.start <= 0 && seg.end >= rec.text.length) {
    setDirectFont(rec, k, v);
    const runs = withoutKey(rec.runs, k);
    if (runs.length > 0) rec.runs = runs;
    else delete rec.runs;
  } else if (seg.end > seg.start) {
    rec.runs = overrideRuns(rec.runs, seg.start, seg.end, { [k]: v } as Partial<HostFont>);
  }
}

/** Mixed fonts are not simulated: a read gives the font at the first character. */
function firstFont(segments: Segment[]): HostFont {
  const seg = segments[0];
  if (!seg) throw notFound();
  return fontAt(seg.node.rec.font, seg.node.rec.runs, seg.start);
}

function fontProperty<K extends keyof HostFont>(k: K) {
  return settable(
    (segments: Segment[]) => firstFont(segments)[k] as Exclude<HostFont[K], undefined>,
    (segments, v) => segments.forEach((seg) => setSegmentFont(seg, k, v)),
  );
}

const FONT = {
  name: fontProperty("name"),
  size: fontProperty("size"),
  bold: fontProperty("bold"),
  italic: fontProperty("italic"),
  color: fontProperty("color"),
  nameFarEast: {
    ...fontProperty("nameFarEast"),
    // An unset East Asian font reads as the Latin one.
    load: (segments: Segment[]) => firstFont(segments).nameFarEast ?? firstFont(segments).name,
    requires: ["WordApiDesktop", "1.3"] as const,
  },
};

const segmentsOfProxy = (font: FontProxy): Segment[] => font.segments();

export interface FontProxy extends Properties<typeof FONT> {}

export class FontProxy extends ClientObject {
  constructor(
    context: RequestContext,
    readonly segments: Resolver<Segment[]>,
  ) {
    super(context);
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, FONT, segmentsOfProxy);
  }
}

defineProperties(FontProxy, FONT, segmentsOfProxy);
