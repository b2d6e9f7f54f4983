import { useState } from "react";
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_THEMES,
  type SnippetCategory,
  type SnippetTheme,
} from "../../core/snippets/taxonomy";
import { MAX_TITLE_CHARS, validateImport, type UserSnippet } from "../../core/snippets/user";
import { t } from "../strings";
import { ValueSelect } from "../components/ValueSelect";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  select: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface SnippetDraft {
  title: string;
  text: string;
  category: SnippetCategory;
  theme: SnippetTheme | null;
}

// Same shape as the import check's: a tag such as <b>, </p>, <img …> or <script.
const MARKUP = /<\s*script|<\/?\s*[a-z][a-z0-9-]*(\s[^<>]*)?\/?\s*>/i;

/**
 * Checks a draft with the import rules (length limits, markup) so a snippet saved here can always be
 * exported and imported again. Returns the snippet, or a Chinese message per field.
 */
export function snippetFromDraft(
  draft: SnippetDraft,
  previous?: UserSnippet,
): { snippet: UserSnippet } | { field: "title" | "text"; message: string } {
  const title = draft.title.trim();
  const text = draft.text.trim();
  if (title === "") return { field: "title", message: t.snippets.titleMissing };
  if (text === "") return { field: "text", message: t.snippets.textMissing };
  if (MARKUP.test(title)) return { field: "title", message: t.snippets.markup };
  if (MARKUP.test(text)) return { field: "text", message: t.snippets.markup };
  const entry = {
    id: previous?.id,
    title,
    text,
    category: draft.category,
    // The form edits the main theme; further themes (from an import) stay unless the writer clears it.
    themes: draft.theme ? [draft.theme, ...(previous?.themes ?? []).filter((th) => th !== draft.theme)] : [],
    createdAt: previous?.createdAt,
  };
  const result = validateImport(JSON.stringify([entry]));
  if (!result.ok) return { field: "text", message: result.message };
  const snippet = result.snippets[0]!;
  return { snippet: { ...snippet, part: PART_OF_CATEGORY[draft.category] } };
}

export interface SnippetEditorProps {
  heading: string;
  initial: SnippetDraft;
  previous?: UserSnippet;
  onSave: (snippet: UserSnippet) => void;
  onCancel: () => void;
}

/** New or edited own snippet, inline in the tab (a dialog would not fit a 320 px pane well). */
export function SnippetEditor({ heading, initial, previous, onSave, onCancel }: SnippetEditorProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<SnippetDraft>(initial);
  const [error, setError] = useState<{ field: "title" | "text"; message: string } | null>(null);
  const fieldOf = (field: "title" | "text", label: string, hint: string) => ({
    label,
    hint,
    validationMessage: error?.field === field ? error.message : undefined,
  });

  const save = () => {
    const result = snippetFromDraft(draft, previous);
    if ("message" in result) setError(result);
    else onSave(result.snippet);
  };

  return (
    <form
      className={styles.form}
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <Text weight="semibold">{heading}</Text>
      <Field {...fieldOf("title", t.snippets.title, t.snippets.titleHint)}>
        <Input
          value={draft.title}
          maxLength={MAX_TITLE_CHARS}
          autoFocus
          onChange={(_, data) => setDraft({ ...draft, title: data.value })}
        />
      </Field>
      <div className={styles.pair}>
        <Field label={t.snippets.category} className={styles.select}>
          <ValueSelect
            className={styles.select}
            value={draft.category}
            values={SNIPPET_CATEGORIES}
            onValue={(category) => category && setDraft({ ...draft, category })}
          />
        </Field>
        <Field label={t.snippets.theme} className={styles.select}>
          <ValueSelect
            className={styles.select}
            value={draft.theme}
            values={SNIPPET_THEMES}
            noneLabel={t.snippets.noTheme}
            onValue={(theme) => setDraft({ ...draft, theme })}
          />
        </Field>
      </div>
      <Field {...fieldOf("text", t.snippets.text, t.snippets.textHint)}>
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={5}
          onChange={(_, data) => setDraft({ ...draft, text: data.value })}
        />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">
          {t.snippets.save}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.snippets.cancel}
        </Button>
      </div>
    </form>
  );
}
