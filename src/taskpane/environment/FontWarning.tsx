/**
 * Before typesetting, the 结构 tab says which official fonts this machine lacks and what Word will show
 * instead, and offers the common substitutes (楷体, 仿宋) as a setting. It never blocks 一键排版.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OfficialFont } from "../../core/compose/official-fonts";
import { t } from "../strings";
import { useMissingFonts } from "./use-missing-fonts";
import type { FontEnvironment } from "./font-probe";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere" },
});

export interface FontWarningProps {
  /** Whether 一键排版 uses the substitutes (the user's setting). */
  substitutes: boolean;
  onSubstitutesChange: (on: boolean) => void;
  /** Where fonts are probed: the pane's own browser unless a test gives one. */
  environment?: () => FontEnvironment;
}

export function FontWarning({ substitutes, onSubstitutesChange, environment }: FontWarningProps) {
  const styles = useStyles();
  const missing = useMissingFonts(environment);
  const replaceable = missing.some((f) => f.substitute);
  // Shown while fonts are missing, and while the setting is on so that it can be turned off again.
  if (missing.length === 0 && !substitutes) return null;
  const line = (f: OfficialFont) =>
    substitutes && f.substitute
      ? t.structure.fontSubstituted(f.name, f.use, f.substitute)
      : t.structure.fontMissing(f.name, f.use);
  return (
    <MessageBar
      intent={missing.length > 0 ? "warning" : "info"}
      layout="multiline"
      data-testid="font-warning"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {missing.length > 0 ? t.structure.fontsMissingTitle : t.structure.fontsSubstitutedTitle}
        </MessageBarTitle>
        {missing.length > 0 && (
          <ul className={styles.list}>
            {missing.map((f) => (
              <li key={f.name} className={styles.item}>
                {line(f)}
              </li>
            ))}
          </ul>
        )}
        {missing.length > 0 && <Caption1 block>{t.structure.fontsHint}</Caption1>}
        {(replaceable || substitutes) && (
          <Switch
            checked={substitutes}
            label={t.structure.substitutesSwitch}
            onChange={(_, d) => onSubstitutesChange(d.checked)}
          />
        )}
        {(replaceable || substitutes) && <Caption1 block>{t.structure.substitutesHint}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
