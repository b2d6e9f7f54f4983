import { useCallback, useState } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { NoticeBar } from "./components/NoticeBar";
import { t } from "./strings";
import { themeFromOffice } from "./theme";
import type { TabId } from "./tab-from-url";
import { lazyTab } from "./tabs/lazy-tab";
import { SnippetsTab } from "./tabs/SnippetsTab";
import { StructureTab } from "./tabs/StructureTab";

// 检查 and 设置 hold the rules, the matcher and their word lists: chunks of their own, fetched on first use.
const CheckTab = lazyTab(
  () => import(/* webpackChunkName: "check" */ "./tabs/CheckTab").then((m) => m.CheckTab),
  t.loadingTab,
);
const SettingsTab = lazyTab(
  () => import(/* webpackChunkName: "settings" */ "./tabs/SettingsTab").then((m) => m.SettingsTab),
  t.loadingTab,
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "100%",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    flexShrink: 0,
  },
  body: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

export interface AppProps {
  initialTab: TabId;
  runCheckOnOpen?: boolean;
}

export function App({ initialTab, runCheckOnOpen = false }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [error, setError] = useState<string | null>(null);
  const showError = useCallback((message: string) => setError(message), []);

  return (
    // The layout class sits on an inner div: a class on the provider is copied onto every tooltip and menu
    // portal, which would then cover the whole pane.
    <FluentProvider theme={themeFromOffice()}>
      <div className={styles.root}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          size="medium"
        >
          <Tab value="structure">{t.tabs.structure}</Tab>
          <Tab value="check">{t.tabs.check}</Tab>
          <Tab value="snippets">{t.tabs.snippets}</Tab>
          <Tab value="settings">{t.tabs.settings}</Tab>
        </TabList>
        <main className={styles.body}>
          {error && (
            <NoticeBar intent="error" title={t.errorTitle} onDismiss={() => setError(null)}>
              {error}
            </NoticeBar>
          )}
          {tab === "structure" && <StructureTab onError={showError} />}
          {tab === "check" && (
            <CheckTab
              onError={showError}
              runOnOpen={runCheckOnOpen}
              onOpenStructure={() => setTab("structure")}
            />
          )}
          {tab === "snippets" && <SnippetsTab />}
          {tab === "settings" && <SettingsTab />}
        </main>
      </div>
    </FluentProvider>
  );
}
