import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Link as FluentLink,
  Text,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/types";
import { OutlineSummary } from "../components/OutlineSummary";
import { useLayout } from "../layout";
import { t } from "../strings";
import { useCardNavigation } from "../components/use-card-navigation";
import { CorrespondenceView } from "./CorrespondenceView";
import { FindingGroups, openByDefault } from "../components/check/FindingGroups";
import { RectificationPanel } from "./RectificationPanel";
import type { CheckSession } from "./use-check-session";

/** Problems up to which the correspondence view starts open. */
const LINKS_OPEN_UP_TO = 20;

/** Problems that miss a cause or a measure. */
function missingLinks({ outline, links }: CheckResult): number {
  const has = (problem: string, kind: string) => links.some((l) => l.problem === problem && l.kind === kind);
  return outline.problems.filter((p) => !has(p.id, "cause") || !has(p.id, "measure")).length;
}

/**
 * A structured report's results: the outline at a glance, the findings by category, the 对应关系 view and
 * the 整改清单, as sections of one accordion; J/K (or ↓/↑) move between the finding cards.
 */
export function CheckResults({ session, result }: { session: CheckSession; result: CheckResult }) {
  const layout = useLayout();
  const nav = useCardNavigation();
  const { busy, visible, hiddenCount, expect, findings, links, outputs } = session;
  const { outline } = result;
  const missing = missingLinks(result);
  // The correspondence view opens by itself when a link is missing, unless the report is long: then the
  // findings show at once and the view waits for a click on its header.
  const openLinks = missing > 0 && outline.problems.length <= LINKS_OPEN_UP_TO;
  const panel = { className: layout.column, collapseMotion: null };

  return (
    <>
      <OutlineSummary outline={outline} />
      {expect?.aspects && (
        <Text size={200} className={layout.muted}>
          {t.check.templateUsed(expect.aspects.length)}
        </Text>
      )}
      {visible.length === 0 && <Text>{t.noFindings}</Text>}
      {hiddenCount > 0 && (
        <Text size={200} className={layout.muted}>
          {t.check.ignoredCount(hiddenCount)} ·{" "}
          <FluentLink as="button" onClick={findings.restoreIgnored} disabled={busy}>
            {t.check.showIgnored}
          </FluentLink>
        </Text>
      )}
      <div ref={nav.listRef} onKeyDown={nav.onKeyDown} className={layout.column}>
        {visible.length > 0 && (
          <Text size={200} className={layout.muted}>
            {t.check.keyboardHint}
          </Text>
        )}
        <Accordion
          key={session.regrouped}
          multiple
          collapsible
          defaultOpenItems={[...(openLinks ? ["links"] : []), ...openByDefault(visible)]}
        >
          <FindingGroups findings={visible} paragraphText={session.textOf} busy={busy} actions={findings} />
          {/* The findings come first; the full correspondence view follows for a closer look. */}
          {outline.problems.length > 0 && (
            <AccordionItem value="links">
              <AccordionHeader size="small">
                <span className={layout.row}>
                  {t.check.correspondence}
                  {missing > 0 && (
                    <CounterBadge size="small" appearance="filled" color="danger" count={missing} />
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel {...panel}>
                <CorrespondenceView
                  outline={outline}
                  links={result.links}
                  busy={busy}
                  onDecide={links.decide}
                  onAddSlot={links.addSlot}
                />
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="list">
            <AccordionHeader size="small">{t.check.list}</AccordionHeader>
            <AccordionPanel {...panel}>
              <RectificationPanel
                problems={outline.problems.length}
                busy={busy}
                onInsertAtEnd={() => outputs.makeList("end")}
                onNewDocument={() => outputs.makeList("new")}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </div>
    </>
  );
}
