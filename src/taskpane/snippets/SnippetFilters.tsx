import { SearchBox, Text, makeStyles, tokens, type SearchBoxProps } from "@fluentui/react-components";
import { SNIPPET_CATEGORIES, SNIPPET_THEMES } from "../../core/snippets/taxonomy";
import { useLayout } from "../layout";
import { t } from "../strings";
import type { SnippetSearch } from "./use-snippet-search";
import { ValueSelect } from "../components/ValueSelect";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  select: { minWidth: 0 },
});

export interface SnippetFiltersProps {
  search: SnippetSearch;
  /** The search box's keys (↓ enters the list of cards). */
  onSearchKeyDown: SearchBoxProps["onKeyDown"];
}

/** The search box (characters, pinyin, initials) and the category and theme filters. */
export function SnippetFilters({ search, onSearchKeyDown }: SnippetFiltersProps) {
  const styles = useStyles();
  const layout = useLayout();
  const filter = <T extends string>(
    label: string,
    value: T | null,
    values: readonly T[],
    all: string,
    onValue: (value: T | null) => void,
  ) => (
    <ValueSelect
      className={styles.select}
      aria-label={label}
      value={value}
      values={values}
      noneLabel={all}
      onValue={onValue}
    />
  );
  return (
    <>
      <SearchBox
        placeholder={t.snippets.searchPlaceholder}
        aria-label={t.snippets.searchLabel}
        value={search.query}
        onChange={(_, d) => search.setQuery(d.value)}
        onKeyDown={onSearchKeyDown}
      />
      {!search.pinyinReady && /[a-z]/i.test(search.query) && (
        <Text size={200} className={layout.muted}>
          {t.snippets.pinyinLoading}
        </Text>
      )}
      <div className={styles.filters}>
        {filter(
          t.snippets.category,
          search.category,
          SNIPPET_CATEGORIES,
          t.snippets.allCategories,
          search.setCategory,
        )}
        {filter(t.snippets.theme, search.theme, SNIPPET_THEMES, t.snippets.allThemes, search.setTheme)}
      </div>
    </>
  );
}
