import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { NoticeBar } from "../components/NoticeBar";
import { useLayout } from "../layout";
import { t } from "../strings";
import { useCardNavigation } from "../components/use-card-navigation";
import { SnippetEditor } from "./SnippetEditor";
import { SnippetFilters } from "./SnippetFilters";
import { SnippetList } from "./SnippetList";
import { SnippetToolbar } from "./SnippetToolbar";
import { useSnippetSearch } from "./use-snippet-search";
import { useUserSnippets } from "./use-user-snippets";

const useStyles = makeStyles({
  message: { overflowWrap: "anywhere" },
  status: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/**
 * The phrase library: find, filter, insert at the cursor; the writer's own snippets, favourites, recents.
 * Loaded on demand by tabs/SnippetsTab.tsx, so the library's text stays out of the pane's first download.
 * The state and actions live in useUserSnippets and useSnippetSearch; this file only lays the panels out.
 */
export function SnippetsPane() {
  const styles = useStyles();
  const layout = useLayout();
  const user = useUserSnippets();
  const search = useSnippetSearch(user.data, user.run);
  const nav = useCardNavigation();
  const { notice, editing } = user;

  if (editing) {
    return (
      <section className={layout.column} aria-label={t.tabs.snippets}>
        <SnippetEditor
          heading={editing.heading}
          initial={editing.draft}
          previous={editing.previous}
          onSave={user.saveEdited}
          onCancel={user.cancelEdit}
        />
      </section>
    );
  }

  return (
    <section className={layout.column} aria-label={t.tabs.snippets}>
      {notice && (
        <NoticeBar
          intent={notice.intent}
          title={notice.title}
          bodyClassName={styles.message}
          onDismiss={user.dismissNotice}
        >
          {notice.text}
          {notice.details?.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </NoticeBar>
      )}
      <SnippetFilters search={search} onSearchKeyDown={nav.onKeyDown} />
      <SnippetToolbar search={search} user={user} />
      {user.status && (
        <Text size={200} role="status" className={styles.status}>
          {user.status}
        </Text>
      )}
      <SnippetList search={search} user={user} listRef={nav.listRef} onKeyDown={nav.onKeyDown} />
    </section>
  );
}
