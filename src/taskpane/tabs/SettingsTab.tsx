import { useState } from "react";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { allRules } from "../../core/check/rules";
import { loadPrefs, savePrefs, type UserPrefs } from "../user-prefs";
import { t } from "../strings";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  group: { marginTop: tokens.spacingVerticalS },
});

/** Rules on and off, per user; the check reads these settings each time it runs. */
export function SettingsTab() {
  const styles = useStyles();
  const [prefs, setPrefs] = useState<UserPrefs>(loadPrefs);

  const toggle = (id: string, enabled: boolean) => {
    const next = { ...prefs, rules: { ...prefs.rules, [id]: { ...prefs.rules[id], enabled } } };
    setPrefs(next);
    savePrefs(next);
  };

  const categories = [...new Set(allRules.map((r) => r.category))];
  return (
    <section className={styles.column} aria-label={t.tabs.settings}>
      <Text weight="semibold">{t.settingsRules}</Text>
      <Text size={200}>{t.settingsRulesHint}</Text>
      {categories.map((category) => (
        <div key={category} className={styles.column}>
          <Text className={styles.group} size={200} weight="semibold">
            {t.categories[category]}
          </Text>
          {allRules
            .filter((r) => r.category === category)
            .map((rule) => (
              <Switch
                key={rule.id}
                label={`${rule.name}（${rule.id}）`}
                checked={prefs.rules[rule.id]?.enabled !== false}
                onChange={(_, data) => toggle(rule.id, data.checked)}
              />
            ))}
        </div>
      ))}
    </section>
  );
}
