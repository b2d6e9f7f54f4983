/** The meeting presets (data in presets.json; where each list comes from is in its `source`). */
import data from "./presets.json";
import thresholds from "./proportion.json";
import type { MeetingKind, ProportionThreshold, Template, WriterKind } from "./template-types";

// JSON imports are typed loosely (meeting: string); the templates test checks every value.
export const presets = data as Template[];

/** Length and proportion a reviewer expects from each kind of writer (data in proportion.json). */
export const PROPORTION: Readonly<Record<WriterKind, ProportionThreshold>> = thresholds;

export function writerKind(meeting: MeetingKind, kind: "personal" | "team"): WriterKind {
  if (meeting === "民主生活会") return kind === "team" ? "team" : "leader";
  return kind === "team" ? "branch" : "member";
}
