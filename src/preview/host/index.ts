export { createHost, type Host, type HostOptions, type HostWord } from "./create-host";
export { SimDocument } from "./document";
export {
  type Alignment,
  type HostFont,
  type HostParagraph,
  type HostSelection,
  type HostComment,
  type TableCell,
  type ParagraphRecord,
} from "./records";
export { fontSegments, fontAt, type FontRun } from "./runs";
export { HostError, type HostErrorCode } from "./errors";
export { memoryStorage, webStorage, versionAtLeast, type SettingsStorage, type HostOffice } from "./office";
export { BUILT_IN_STYLES, type StyleDefinition } from "./styles";
