import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Button,
  SearchBox,
  Select,
  Text,
  ToggleButton,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NoticeBar } from "../components/NoticeBar";
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ArrowUploadRegular,
  LocationRegular,
  MoreHorizontalRegular,
  SaveRegular,
} from "@fluentui/react-icons";
import { readOutline } from "../../core/outline/read-outline";
import { builtinSnippets, type Snippet } from "../../core/snippets/library";
import {
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_THEMES,
  type SnippetCategory,
  type SnippetTheme,
} from "../../core/snippets/taxonomy";
import {
  MAX_IMPORT_BYTES,
  exportSnippets,
  mergeSnippets,
  snippetSlots,
  validateImport,
  type UserSnippet,
} from "../../core/snippets/user";
import { insertAtCursor, readCursorContext } from "../../word";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";
import { loadUserSnippets, saveUserSnippets, withRecent, type UserSnippetData } from "../user-snippets-store";
import { SnippetCard } from "./SnippetCard";
import { SnippetEditor, type SnippetDraft } from "./SnippetEditor";
import { buildSections, capSections } from "./sections";
import { downloadText, exportFileName, readFileText } from "./transfer";
import { useSnippetIndex } from "./use-snippet-index";
import { whereIs, type Here } from "./where";

const PAGE = 50;

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  select: { minWidth: 0 },
  actionRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  toolbar: { display: "flex", padding: 0, gap: "2px", minWidth: 0 },
  // Fluent's 64 px minimum would push the row past a 320 px pane.
  action: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  hereRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  hereText: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", minWidth: 0, flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sectionHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    marginTop: tokens.spacingVerticalXS,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  message: { overflowWrap: "anywhere" },
});

type Notice = { intent: "error" | "warning" | "success"; title?: string; text: string; details?: string[] };

type Editing = { heading: string; draft: SnippetDraft; previous?: UserSnippet } | null;

const CATEGORY_OF_PART = Object.fromEntries(
  Object.entries(PART_OF_CATEGORY).map(([category, part]) => [part, category]),
) as Record<string, SnippetCategory>;

/** A title for a selection saved as a snippet: its first clause, at most 16 characters. */
function titleFrom(text: string): string {
  const clause = text.trim().split(/[，。；：！？,.;:!?\n]/)[0] ?? "";
  return Array.from(clause.trim()).slice(0, 16).join("");
}

/**
 * The phrase library: find, filter, insert at the cursor; the writer's own snippets, favourites, recents.
 * Loaded on demand by tabs/SnippetsTab.tsx, so the library's text stays out of the pane's first download.
 */
export function SnippetsPane() {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice | null>(null);
  const onError = useCallback((text: string) => setNotice({ intent: "error", text }), []);
  const { busy, run } = useDocumentAction(onError);

  const [data, setData] = useState<UserSnippetData>(loadUserSnippets);
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<SnippetCategory | null>(null);
  const [theme, setTheme] = useState<SnippetTheme | null>(null);
  const [hereOn, setHereOn] = useState(false);
  // undefined while the cursor position is being read.
  const [here, setHere] = useState<Here | null | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const all = useMemo<Snippet[]>(() => [...data.snippets, ...builtinSnippets], [data.snippets]);
  const ownIds = useMemo(() => new Set(data.snippets.map((s) => s.id)), [data.snippets]);
  const { index, pinyinReady } = useSnippetIndex(all);

  useEffect(() => setLimit(PAGE), [query, category, theme, hereOn, here]);

  const sections = useMemo(
    () =>
      buildSections(index, all, data, {
        query,
        category,
        theme,
        here: hereOn ? (here ?? null) : null,
      }),
    [index, all, data, query, category, theme, hereOn, here],
  );
  const total = sections.reduce((n, s) => n + s.snippets.length, 0);
  const visible = capSections(sections, limit);

  const persist = useCallback((next: UserSnippetData): boolean => {
    setData(next);
    try {
      saveUserSnippets(next);
      return true;
    } catch {
      setNotice({ intent: "warning", text: t.snippets.storageFailed });
      return false;
    }
  }, []);

  const insert = async (snippet: Snippet) => {
    const slot = snippetSlots(snippet.text)[0];
    const select = slot ? snippet.text.slice(slot.start, slot.end) : undefined;
    const done = await run(async () => {
      await insertAtCursor(snippet.text, select ? { select } : {});
      return true;
    });
    if (!done) return;
    persist({ ...data, recent: withRecent(data.recent, snippet.id) });
    setStatus(select ? t.snippets.insertedSlot(snippet.title, select) : t.snippets.inserted(snippet.title));
  };

  const toggleStar = (id: string) => {
    const favourites = data.favourites.includes(id)
      ? data.favourites.filter((f) => f !== id)
      : [id, ...data.favourites];
    persist({ ...data, favourites });
  };

  const readHere = async () => {
    const context = await run(readCursorContext);
    const found =
      context && context.paragraph !== null
        ? whereIs(readOutline(context.paragraphs), context.paragraph)
        : null;
    setHere(found);
  };

  const toggleHere = async () => {
    if (hereOn) {
      setHereOn(false);
      return;
    }
    setHereOn(true);
    setHere(undefined);
    await readHere();
  };

  const saveSelection = async () => {
    const context = await run(readCursorContext);
    if (!context) return;
    const text = context.text.trim();
    if (text === "") {
      setNotice({ intent: "warning", text: t.snippets.noSelection });
      return;
    }
    const found =
      context.paragraph === null ? null : whereIs(readOutline(context.paragraphs), context.paragraph);
    setEditing({
      heading: t.snippets.saveSelection,
      draft: {
        title: titleFrom(text),
        text,
        category: (found && CATEGORY_OF_PART[found.part]) ?? category ?? "查摆问题",
        theme: found?.theme ?? theme,
      },
    });
  };

  const saveEdited = (snippet: UserSnippet) => {
    const previous = editing?.previous;
    let snippets: UserSnippet[];
    if (previous) snippets = data.snippets.map((s) => (s.id === previous.id ? snippet : s));
    else {
      // A new snippet whose text is already there is merged into it, as an import would.
      snippets = mergeSnippets(data.snippets, [snippet]).snippets;
    }
    persist({ ...data, snippets });
    setEditing(null);
    setActiveId(snippets.find((s) => s.text === snippet.text)?.id ?? snippet.id);
    setStatus(t.snippets.saved(snippet.title));
  };

  const remove = (snippet: Snippet) => {
    persist({
      snippets: data.snippets.filter((s) => s.id !== snippet.id),
      favourites: data.favourites.filter((id) => id !== snippet.id),
      recent: data.recent.filter((id) => id !== snippet.id),
    });
    setStatus(t.snippets.removed(snippet.title));
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = Math.max(1.1, Math.floor((file.size / MAX_IMPORT_BYTES) * 10) / 10).toFixed(1);
      setNotice({ intent: "error", title: t.snippets.importFailed, text: t.snippets.tooLarge(mb) });
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setNotice({ intent: "error", title: t.snippets.importFailed, text: t.snippets.unreadable });
      return;
    }
    const result = validateImport(text);
    if (!result.ok) {
      setNotice({ intent: "error", title: t.snippets.importFailed, text: result.message });
      return;
    }
    const merged = mergeSnippets(data.snippets, result.snippets);
    persist({ ...data, snippets: merged.snippets });
    setNotice({
      intent: result.warnings.length > 0 ? "warning" : "success",
      text: t.snippets.imported(merged.added, merged.merged),
      details: result.warnings.slice(0, 5),
    });
  };

  const exportOwn = () => {
    downloadText(exportFileName(), exportSnippets(data.snippets));
    setStatus(t.snippets.exported(data.snippets.length));
  };

  /** Up and down arrows move between cards; down from the search box enters the list. */
  const moveFocus = (event: KeyboardEvent, from: "search" | "list") => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const cards = Array.from(listRef.current?.querySelectorAll<HTMLElement>("[data-snippet-main]") ?? []);
    if (cards.length === 0) return;
    const at = from === "search" ? -1 : cards.indexOf(document.activeElement as HTMLElement);
    if (from === "search" && event.key === "ArrowUp") return;
    if (from === "list" && at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? Math.min(cards.length - 1, at + 1) : Math.max(0, at - 1);
    cards[next]?.focus();
  };

  const hereLabel =
    here === undefined
      ? t.snippets.hereReading
      : here
        ? t.snippets.hereIn(t.snippets.parts[here.part] ?? here.part, here.heading)
        : t.snippets.hereNone;

  if (editing) {
    return (
      <section className={styles.column} aria-label={t.tabs.snippets}>
        <SnippetEditor
          heading={editing.heading}
          initial={editing.draft}
          previous={editing.previous}
          onSave={saveEdited}
          onCancel={() => setEditing(null)}
        />
      </section>
    );
  }

  return (
    <section className={styles.column} aria-label={t.tabs.snippets}>
      {notice && (
        <NoticeBar
          intent={notice.intent}
          title={notice.title}
          bodyClassName={styles.message}
          onDismiss={() => setNotice(null)}
        >
          {notice.text}
          {notice.details?.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </NoticeBar>
      )}
      <SearchBox
        placeholder={t.snippets.searchPlaceholder}
        aria-label={t.snippets.searchLabel}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        onKeyDown={(e) => moveFocus(e, "search")}
      />
      {!pinyinReady && /[a-z]/i.test(query) && (
        <Text size={200} className={styles.muted}>
          {t.snippets.pinyinLoading}
        </Text>
      )}
      <div className={styles.filters}>
        <Select
          className={styles.select}
          aria-label={t.snippets.category}
          value={category ?? ""}
          onChange={(_, d) => setCategory((d.value || null) as SnippetCategory | null)}
        >
          <option value="">{t.snippets.allCategories}</option>
          {SNIPPET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
        <Select
          className={styles.select}
          aria-label={t.snippets.theme}
          value={theme ?? ""}
          onChange={(_, d) => setTheme((d.value || null) as SnippetTheme | null)}
        >
          <option value="">{t.snippets.allThemes}</option>
          {SNIPPET_THEMES.map((th) => (
            <option key={th} value={th}>
              {th}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.actionRow}>
        <ToggleButton
          className={styles.action}
          size="small"
          appearance={hereOn ? "primary" : "subtle"}
          icon={<LocationRegular />}
          checked={hereOn}
          title={t.snippets.hereHint}
          disabled={busy}
          onClick={toggleHere}
        >
          {t.snippets.here}
        </ToggleButton>
        <div role="group" aria-label={t.snippets.toolbar} className={styles.toolbar}>
          <Button
            size="small"
            appearance="subtle"
            className={styles.action}
            icon={<AddRegular />}
            onClick={() =>
              setEditing({
                heading: t.snippets.editorNew,
                draft: { title: "", text: "", category: category ?? "查摆问题", theme },
              })
            }
          >
            {t.snippets.create}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            className={styles.action}
            icon={<SaveRegular />}
            disabled={busy}
            onClick={saveSelection}
          >
            {t.snippets.saveSelection}
          </Button>
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="subtle"
                className={styles.action}
                icon={<MoreHorizontalRegular />}
                aria-label={t.snippets.moreActions}
                title={t.snippets.moreActions}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
                  {t.snippets.import}
                </MenuItem>
                <MenuItem
                  icon={<ArrowDownloadRegular />}
                  disabled={data.snippets.length === 0}
                  secondaryContent={data.snippets.length === 0 ? t.snippets.exportNothing : undefined}
                  onClick={exportOwn}
                >
                  {t.snippets.export}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="snippet-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
      />
      {hereOn && (
        <div className={styles.hereRow} data-testid="snippet-here">
          <Text size={200} className={styles.hereText}>
            {hereLabel}
            {here?.theme ? `（${t.snippets.hereTheme(here.theme)}）` : ""}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            aria-label={t.snippets.hereRefresh}
            title={t.snippets.hereRefresh}
            disabled={busy}
            onClick={readHere}
          />
        </div>
      )}
      {status && (
        <Text size={200} role="status" className={styles.status}>
          {status}
        </Text>
      )}
      <div
        className={styles.list}
        ref={listRef}
        onKeyDown={(e) => moveFocus(e, "list")}
        data-testid="snippet-list"
      >
        {total === 0 && <Text size={200}>{t.snippets.noResults}</Text>}
        {visible.map((section, i) => (
          <div key={section.key} className={styles.list}>
            <div className={styles.sectionHead}>
              <Text size={200} weight="semibold">
                {t.snippets.sections[section.key]}
              </Text>
              {i === 0 && (
                <Text size={200} className={styles.muted}>
                  {t.snippets.count(total)}
                </Text>
              )}
            </div>
            <div role="list" aria-label={t.snippets.sections[section.key]} className={styles.list}>
              {section.snippets.map((snippet) => {
                const own = ownIds.has(snippet.id);
                const mine = own ? data.snippets.find((s) => s.id === snippet.id) : undefined;
                return (
                  <SnippetCard
                    key={`${section.key}-${snippet.id}`}
                    snippet={snippet}
                    own={own}
                    active={activeId === snippet.id}
                    starred={data.favourites.includes(snippet.id)}
                    busy={busy}
                    onActivate={() => setActiveId(snippet.id)}
                    onInsert={() => void insert(snippet)}
                    onToggleStar={() => toggleStar(snippet.id)}
                    onEdit={
                      mine
                        ? () =>
                            setEditing({
                              heading: t.snippets.editorEdit,
                              previous: mine,
                              draft: {
                                title: mine.title,
                                text: mine.text,
                                category: mine.category,
                                theme: mine.themes[0] ?? null,
                              },
                            })
                        : undefined
                    }
                    onRemove={mine ? () => remove(mine) : undefined}
                  />
                );
              })}
            </div>
          </div>
        ))}
        {total > limit && (
          <Button appearance="secondary" onClick={() => setLimit(limit + PAGE)}>
            {t.snippets.more(total - limit)}
          </Button>
        )}
      </div>
    </section>
  );
}
