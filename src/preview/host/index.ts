export { createHost, type Host, type HostOptions, type HostWord } from "./create-host";
export { SimDocument } from "./document";
export {
  type Alignment,
  type HostFont,
  type HostParagraph,
  type HostSelection,
  type HostComment,
  type TableCell,
  type LineSpacingRule,
  type ParagraphRecord,
} from "./records";
export { fontSegments, fontAt, type FontRun } from "./runs";
export { HostError, type HostErrorCode } from "./errors";
export { memoryStorage, webStorage, versionAtLeast, type SettingsStorage, type HostOffice } from "./office";
export { BUILT_IN_STYLES, type HostStyle, type StyleDefinition } from "./styles";
export type { InlineMark, MarkKind } from "./marks";
