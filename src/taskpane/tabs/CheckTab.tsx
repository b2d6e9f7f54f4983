import { useCallback, useEffect, useRef, useState } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { check } from "../../core/check";
import { countBySeverity, verdictOf } from "../../core/verdict";
import type { CheckResult } from "../../core/types";
import { readParagraphs } from "../../word";
import { loadPrefs } from "../user-prefs";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";
import { FindingCard } from "../components/FindingCard";
import { OutlineSummary } from "../components/OutlineSummary";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  verdictRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const verdictColor = { pass: "success", suggest: "warning", must: "danger" } as const;

export interface CheckTabProps {
  onError: (message: string) => void;
  onOpenStructure: () => void;
  runOnOpen?: boolean;
}

export function CheckTab({ onError, onOpenStructure, runOnOpen = false }: CheckTabProps) {
  const styles = useStyles();
  const { busy, run } = useDocumentAction(onError);
  const [result, setResult] = useState<CheckResult | null>(null);

  const runCheck = useCallback(async () => {
    const paragraphs = await run(readParagraphs);
    if (paragraphs) setResult(check(paragraphs, { rules: loadPrefs().rules }));
  }, [run]);

  const started = useRef(false);
  useEffect(() => {
    if (runOnOpen && !started.current) {
      started.current = true;
      void runCheck();
    }
  }, [runOnOpen, runCheck]);

  const unstructured = result !== null && result.outline.parts.length === 0;
  const verdict = result ? verdictOf(result.findings) : null;
  const counts = result ? countBySeverity(result.findings) : null;

  return (
    <section className={styles.column} aria-label={t.tabs.check}>
      <Text size={200}>{t.checkIntro}</Text>
      <Button appearance="primary" onClick={runCheck} disabled={busy}>
        {busy ? t.checking : t.runCheck}
      </Button>
      {unstructured && (
        <div className={styles.column}>
          <Text>{t.emptyDocument}</Text>
          <Button onClick={onOpenStructure}>{t.openStructure}</Button>
        </div>
      )}
      {result && !unstructured && verdict && counts && (
        <>
          <div className={styles.verdictRow} data-testid="verdict">
            <Badge size="large" appearance="filled" color={verdictColor[verdict]}>
              {t.verdict[verdict]}
            </Badge>
            <Text size={200}>{t.findingsCount(counts.error, counts.warning, counts.info)}</Text>
          </div>
          <OutlineSummary outline={result.outline} />
          {result.findings.length === 0 && <Text>{t.noFindings}</Text>}
          {result.findings.map((finding, i) => (
            <FindingCard
              key={`${finding.rule}-${finding.paragraph}-${finding.offset ?? 0}-${i}`}
              finding={finding}
              paragraphText={result.outline.paragraphs[finding.paragraph]?.text ?? ""}
              busy={busy}
              run={run}
            />
          ))}
        </>
      )}
    </section>
  );
}
