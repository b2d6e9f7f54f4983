import { useState } from "react";
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../../core/types";
import { t } from "../../strings";
import { FindingCard } from "../FindingCard";
import { groupFindings } from "./model";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalS,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** What a card's buttons do; a page that cannot change the document (the 审阅台) gives only `locate`. */
export interface FindingActions {
  locate(finding: Finding): void;
  fix?(finding: Finding): void;
  /** A `glued-structure` finding (with `split` offsets): start a new paragraph at each. */
  split?(finding: Finding): void;
  /** An `uncertain-link` finding (items: the problem, then the closest candidate): confirm that link. */
  confirmLink?(finding: Finding): void;
  ignore?(finding: Finding): void;
  ignoreRule?(finding: Finding): void;
}

export interface FindingListProps {
  findings: Finding[];
  paragraphText: (index: number) => string;
  busy: boolean;
  actions: FindingActions;
}

const severe = (f: Finding) => f.severity !== "info";

// Panels open without the collapse animation: it measures every card's height, which on a long report
// costs more than drawing the cards (collapseMotion={null} below and in the check tab).

/** Cards drawn per group at first: a report with hundreds of findings still shows its results at once. */
const FIRST_CARDS = 30;

/** The categories to open at first: those with errors or warnings. */
export function openByDefault(findings: Finding[]): string[] {
  return groupFindings(findings)
    .filter((g) => g.findings.some(severe))
    .map((g) => g.category);
}

/**
 * Findings grouped by category as accordion sections (a long list stays usable at 320 px), most severe
 * first. Rendered inside the tab's Accordion.
 */
export function FindingGroups({ findings, paragraphText, busy, actions }: FindingListProps) {
  const styles = useStyles();
  const groups = groupFindings(findings).filter((g) => g.findings.length > 0);
  const [expanded, setExpanded] = useState<string[]>([]);
  return (
    <>
      {groups.map((group) => (
        <AccordionItem key={group.category} value={group.category} data-category={group.category}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              {t.categories[group.category]}
              <CounterBadge
                size="small"
                appearance="filled"
                color={group.findings.some((f) => f.severity === "error") ? "danger" : "informative"}
                count={group.findings.length}
              />
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel} collapseMotion={null}>
            {(expanded.includes(group.category) ? group.findings : group.findings.slice(0, FIRST_CARDS)).map(
              (finding, i) => (
                <FindingCard
                  key={`${finding.rule}-${finding.paragraph}-${finding.offset ?? 0}-${i}`}
                  finding={finding}
                  paragraphText={paragraphText(finding.paragraph)}
                  busy={busy}
                  onLocate={() => actions.locate(finding)}
                  onFix={finding.fix && actions.fix ? () => actions.fix?.(finding) : undefined}
                  onSplit={finding.split && actions.split ? () => actions.split?.(finding) : undefined}
                  onConfirmLink={
                    finding.rule === "uncertain-link" && actions.confirmLink
                      ? () => actions.confirmLink?.(finding)
                      : undefined
                  }
                  onIgnore={actions.ignore ? () => actions.ignore?.(finding) : undefined}
                  onIgnoreRule={actions.ignoreRule ? () => actions.ignoreRule?.(finding) : undefined}
                />
              ),
            )}
            {!expanded.includes(group.category) && group.findings.length > FIRST_CARDS && (
              <Button appearance="subtle" onClick={() => setExpanded([...expanded, group.category])}>
                {t.check.showRest(group.findings.length - FIRST_CARDS)}
              </Button>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </>
  );
}
