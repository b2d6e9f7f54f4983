import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { TrackingMode } from "../../word";
import { t } from "../strings";

/**
 * While Word records 修订 (track changes), what the tab does differently. It follows the mode read at the
 * tab's last read of the document, so it appears and goes with each check or outline refresh.
 */
export function TrackingNotice({ mode, tab }: { mode: TrackingMode | null; tab: "check" | "structure" }) {
  if (mode !== "TrackAll" && mode !== "TrackMineOnly") return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="tracking-notice">
      <MessageBarBody>
        <MessageBarTitle>{t.tracking.title}</MessageBarTitle>
        {t.tracking[tab]}
      </MessageBarBody>
    </MessageBar>
  );
}
