import { Button, Text } from "@fluentui/react-components";
import { CheckHeader } from "../check/CheckHeader";
import { CheckResults } from "../check/CheckResults";
import { useCheckSession } from "../check/use-check-session";
import { LastYearPanel } from "../compare/LastYearPanel";
import { NoticeBar } from "../components/NoticeBar";
import { TrackingNotice } from "../components/TrackingNotice";
import { useLayout } from "../layout";
import { t } from "../strings";

export interface CheckTabProps {
  onError: (message: string) => void;
  onOpenStructure: () => void;
  /** Check as soon as the tab opens (the ribbon's 检查 button). */
  runOnOpen?: boolean;
}

/**
 * 检查: one click reads and checks the document; the verdict stays on top, the results below. The state
 * and actions live in useCheckSession (check/); this file only lays the panels out.
 */
export function CheckTab({ onError, onOpenStructure, runOnOpen = false }: CheckTabProps) {
  const layout = useLayout();
  const session = useCheckSession({ onError, runOnOpen });
  const { result, notice, unstructured, lastYear, review } = session;
  return (
    <section className={layout.column} aria-label={t.tabs.check}>
      <CheckHeader session={session} />
      <TrackingNotice mode={session.tracking} tab="check" />
      {notice && (
        <NoticeBar
          intent={notice.intent}
          data-testid="check-notice"
          onDismiss={() => session.setNotice(null)}
          actions={notice.undo ? <Button onClick={notice.undo}>{t.check.undo}</Button> : null}
        >
          {notice.text}
        </NoticeBar>
      )}
      {unstructured && (
        <div className={layout.column} data-testid="unstructured">
          <Text>{t.emptyDocument}</Text>
          <div>
            <Button onClick={onOpenStructure}>{t.openStructure}</Button>
          </div>
        </div>
      )}
      <LastYearPanel
        state={lastYear}
        busy={session.busy}
        onOpenReview={review.open}
        reviewHref={review.href}
      />
      {result && !unstructured && <CheckResults session={session} result={result} />}
    </section>
  );
}
