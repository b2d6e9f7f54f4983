import type { KeyboardEventHandler, RefObject } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLayout } from "../layout";
import { t } from "../strings";
import { SnippetCard } from "./SnippetCard";
import type { SnippetSearch } from "./use-snippet-search";
import type { UserSnippets } from "./use-user-snippets";

const useStyles = makeStyles({
  sectionHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    marginTop: tokens.spacingVerticalXS,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export interface SnippetListProps {
  search: SnippetSearch;
  user: UserSnippets;
  listRef: RefObject<HTMLDivElement>;
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
}

/** The cards, in sections (results, 当前位置, favourites, recent, library), and 显示更多 at the end. */
export function SnippetList({ search, user, listRef, onKeyDown }: SnippetListProps) {
  const styles = useStyles();
  const layout = useLayout();
  const { total } = search;
  const own = new Map(user.data.snippets.map((s) => [s.id, s]));
  return (
    <div className={styles.list} ref={listRef} onKeyDown={onKeyDown} data-testid="snippet-list">
      {total === 0 && <Text size={200}>{t.snippets.noResults}</Text>}
      {search.visible.map((section, i) => (
        <div key={section.key} className={styles.list}>
          <div className={styles.sectionHead}>
            <Text size={200} weight="semibold">
              {t.snippets.sections[section.key]}
            </Text>
            {i === 0 && (
              <Text size={200} className={layout.muted}>
                {t.snippets.count(total)}
              </Text>
            )}
          </div>
          <div role="list" aria-label={t.snippets.sections[section.key]} className={styles.list}>
            {section.snippets.map((snippet) => {
              const mine = own.get(snippet.id);
              return (
                <SnippetCard
                  key={`${section.key}-${snippet.id}`}
                  snippet={snippet}
                  own={mine !== undefined}
                  active={user.activeId === snippet.id}
                  starred={user.data.favourites.includes(snippet.id)}
                  busy={user.busy}
                  onActivate={() => user.setActiveId(snippet.id)}
                  onInsert={() => user.insert(snippet)}
                  onToggleStar={() => user.toggleStar(snippet.id)}
                  onEdit={mine ? () => user.startEdit(mine) : undefined}
                  onRemove={mine ? () => user.remove(mine) : undefined}
                />
              );
            })}
          </div>
        </div>
      ))}
      {search.rest > 0 && (
        <Button appearance="secondary" onClick={search.showMore}>
          {t.snippets.more(search.rest)}
        </Button>
      )}
    </div>
  );
}
