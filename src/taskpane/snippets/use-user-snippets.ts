/**
 * The 短语 tab's state and actions around the writer's own data: inserting a snippet (and remembering it as
 * recently used), favourites, own snippets made, edited or removed, the selection saved as a snippet, import
 * and export. Notices and the status line say what happened.
 */
import { useCallback, useState } from "react";
import { readOutline } from "../../core/outline/read-outline";
import type { Snippet } from "../../core/snippets/library";
import { PART_OF_CATEGORY, type SnippetCategory, type SnippetTheme } from "../../core/snippets/taxonomy";
import {
  MAX_IMPORT_BYTES,
  exportSnippets,
  mergeSnippets,
  snippetSlots,
  validateImport,
  type UserSnippet,
} from "../../core/snippets/user";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";
import { loadUserSnippets, saveUserSnippets, withRecent, type UserSnippetData } from "../user-snippets-store";
import { useCursorVerbs, useGateway } from "../word-context";
import type { SnippetDraft } from "./SnippetEditor";
import { downloadText, exportFileName, readFileText } from "./transfer";
import { whereIs } from "./where";

export type SnippetNotice = {
  intent: "error" | "warning" | "success";
  title?: string;
  text: string;
  details?: string[];
};

/** The editor, while it is open: new, from the selection, or editing an own snippet (`previous`). */
export type Editing = { heading: string; draft: SnippetDraft; previous?: UserSnippet } | null;

const CATEGORY_OF_PART = Object.fromEntries(
  Object.entries(PART_OF_CATEGORY).map(([category, part]) => [part, category]),
) as Record<string, SnippetCategory>;

/** A title for a selection saved as a snippet: its first clause, at most 16 characters. */
function titleFrom(text: string): string {
  const clause = text.trim().split(/[，。；：！？,.;:!?\n]/)[0] ?? "";
  return Array.from(clause.trim()).slice(0, 16).join("");
}

/** Filters a new snippet starts from: the list's current category and theme. */
export interface DraftDefaults {
  category: SnippetCategory | null;
  theme: SnippetTheme | null;
}

export function useUserSnippets() {
  const gateway = useGateway();
  const cursor = useCursorVerbs();
  const [notice, setNotice] = useState<SnippetNotice | null>(null);
  const onError = useCallback((text: string) => setNotice({ intent: "error", text }), []);
  const { busy, run } = useDocumentAction(onError);
  const [data, setData] = useState<UserSnippetData>(loadUserSnippets);
  const [status, setStatus] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

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

  /** Inserts at the cursor and selects the first 【…】 slot, so that the writer types over it. */
  const insert = async (snippet: Snippet) => {
    const slot = snippetSlots(snippet.text)[0];
    const select = slot ? snippet.text.slice(slot.start, slot.end) : undefined;
    const done = await run(async () => {
      await gateway.insertAtCursor(snippet.text, select ? { select } : {});
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

  /** 存为短语: the selected text in the editor, its category from the part the selection starts in. */
  const saveSelection = async (defaults: DraftDefaults) => {
    const context = await run(cursor.readCursorContext);
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
        category: (found && CATEGORY_OF_PART[found.part]) ?? defaults.category ?? "查摆问题",
        theme: found?.theme ?? defaults.theme,
      },
    });
  };

  const saveEdited = (snippet: UserSnippet) => {
    const previous = editing?.previous;
    // A new snippet whose text is already there is merged into it, as an import would.
    const snippets = previous
      ? data.snippets.map((s) => (s.id === previous.id ? snippet : s))
      : mergeSnippets(data.snippets, [snippet]).snippets;
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
    const failed = (text: string) => setNotice({ intent: "error", title: t.snippets.importFailed, text });
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = Math.max(1.1, Math.floor((file.size / MAX_IMPORT_BYTES) * 10) / 10).toFixed(1);
      failed(t.snippets.tooLarge(mb));
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      failed(t.snippets.unreadable);
      return;
    }
    const result = validateImport(text);
    if (!result.ok) {
      failed(result.message);
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

  return {
    busy,
    run,
    data,
    notice,
    dismissNotice: () => setNotice(null),
    status,
    editing,
    activeId,
    setActiveId,
    insert: (snippet: Snippet) => void insert(snippet),
    toggleStar,
    startNew: (defaults: DraftDefaults) =>
      setEditing({
        heading: t.snippets.editorNew,
        draft: { title: "", text: "", category: defaults.category ?? "查摆问题", theme: defaults.theme },
      }),
    startEdit: (mine: UserSnippet) =>
      setEditing({
        heading: t.snippets.editorEdit,
        previous: mine,
        draft: { title: mine.title, text: mine.text, category: mine.category, theme: mine.themes[0] ?? null },
      }),
    saveSelection: (defaults: DraftDefaults) => void saveSelection(defaults),
    saveEdited,
    cancelEdit: () => setEditing(null),
    remove,
    importFile: (file: File) => void importFile(file),
    exportOwn: () => {
      downloadText(exportFileName(), exportSnippets(data.snippets));
      setStatus(t.snippets.exported(data.snippets.length));
    },
  };
}

export type UserSnippets = ReturnType<typeof useUserSnippets>;
