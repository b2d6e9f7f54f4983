/**
 * The Word gateway. The default `gateway` uses the `Word` and `Office` globals (real Office.js, or the
 * simulated host after `install()`); tests pass the host to `createGateway`.
 */
import { createGateway } from "./gateway";

export {
  createGateway,
  globalEnv,
  type Alignment,
  type Block,
  type BlockStyle,
  type Gateway,
  type InsertTarget,
  type OfficeEnv,
  type OfficeLike,
  type Report,
  type Requirements,
  type SelectionInfo,
  type SettingsLike,
  type WordLike,
} from "./gateway";
export { GatewayError, GATEWAY_MESSAGES, toGatewayError, type GatewayErrorKind } from "./errors";
export {
  OperationQueue,
  documentQueue,
  runExclusive,
  isBusy,
  subscribeBusy,
  type BusyListener,
} from "./queue";
export { locateParagraph } from "./locate";
export { createCheckVerbs, type CheckVerbs, type CommentNote, type CommentResult } from "./check-tools";
export { createCursorContextVerbs, type CursorContext, type CursorContextVerbs } from "./cursor-context";
export { planSpan, SEARCH_LIMIT, type SpanPlan } from "./spans";
export type { TrackingMode } from "./current-text";
export {
  createStructureVerbs,
  STRUCTURE_MESSAGES,
  type CursorPlanner,
  type EditResult,
  type FormattedBlock,
  type InsertResult,
  type StructureEdit,
  type StructureVerbs,
  type TextEdit,
} from "./structure";
export {
  createFormatVerbs,
  locateRun,
  type FontMethod,
  type FormatRequest,
  type FormatResult,
  type ParagraphFormat,
} from "./format";

/**
 * The gateway over the globals. The task pane does not use it: it takes its verbs from React context
 * (src/taskpane/word-context.tsx), so that a test can give a pane its own host.
 */
export const gateway = createGateway();
export { canOpenDialog, openDialog, pageUrl } from "./dialog";
