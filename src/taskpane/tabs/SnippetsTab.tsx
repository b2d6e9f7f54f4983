import { Text } from "@fluentui/react-components";
import { t } from "../strings";

export function SnippetsTab() {
  return (
    <section aria-label={t.tabs.snippets}>
      <Text size={200}>{t.snippetsSoon}</Text>
    </section>
  );
}
