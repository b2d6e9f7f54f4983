import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Label,
  Option,
  OptionGroup,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { NoticeBar } from "../components/NoticeBar";
import {
  AddRegular,
  ArrowClockwiseRegular,
  DocumentAddRegular,
  TextFontRegular,
  TextNumberListLtrRegular,
} from "@fluentui/react-icons";
import { planElement, type ElementKind } from "../../core/compose/elements";
import { readOutline } from "../../core/outline/read-outline";
import { describeEdits, planRenumber, type PrefixEdit } from "../../core/compose/renumber";
import { buildSkeleton } from "../../core/compose/skeleton";
import {
  PART_HEADINGS,
  findTemplate,
  templates,
  type Template,
  type Variant,
} from "../../core/compose/templates";
import type { TextRole } from "../../core/compose/typesetting";
import type { Outline, Paragraph } from "../../core/types";
import { loadSetting, readParagraphs, saveSetting, selectParagraph, type StructureEdit } from "../../word";
import { t } from "../strings";
import { AspectEditor } from "../structure/AspectEditor";
import { formattedBlocks, typesetPlan } from "../structure/formats";
import { loadStructurePrefs, saveStructurePrefs, type StructurePrefs } from "../structure/prefs";
import { RenumberDialog } from "../structure/RenumberDialog";
import {
  DEFAULT_TEMPLATE_ID,
  effectiveTemplate,
  restore,
  savedOf,
  templatesByYear,
} from "../structure/template-choice";
import { formatVerbs, structureVerbs } from "../structure/verbs";
import { useDocumentAction } from "../use-document-action";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalS,
  },
  wide: { width: "100%" },
  cell: { minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
  },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tree: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  entry: {
    textAlign: "left",
    justifyContent: "flex-start",
    minWidth: 0,
    maxWidth: "100%",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    display: "block",
    fontWeight: tokens.fontWeightRegular,
  },
  part: { fontWeight: tokens.fontWeightSemibold },
});

interface Entry {
  paragraph: number;
  depth: number;
  label: string;
}

/** Flattens the outline into the rows of the live outline, in document order. */
function entriesOf(outline: Outline): Entry[] {
  const rows: Entry[] = [
    ...outline.parts.map((p) => ({ paragraph: p.paragraph, depth: 0, label: p.heading })),
    ...outline.aspects.map((a) => ({ paragraph: a.paragraph, depth: 1, label: a.heading })),
    ...[...outline.problems, ...outline.causes, ...outline.measures].map((item) => ({
      paragraph: item.paragraph,
      depth: item.kind === "problem" ? 2 : 1,
      // The number as the writer wrote it (1.  （一）  一是), or Word's list number.
      label: `${item.numbering?.raw.trim() ?? ""}${item.title}`,
    })),
  ];
  return rows.sort((a, b) => a.paragraph - b.paragraph || a.depth - b.depth);
}

const BOLD_ROLES: TextRole[] = ["title", "level1", "level2", "level3"];
const ELEMENTS: { kind: ElementKind; label: string }[] = [
  { kind: "problem", label: t.structure.addProblem },
  { kind: "aspect", label: t.structure.addAspect },
  { kind: "cause", label: t.structure.addCause },
  { kind: "measure", label: t.structure.addMeasure },
];

/** A success message, and why run-in leads kept the body font when this Word cannot do otherwise. */
const withLeadNote = (message: string, leads: number): string =>
  leads > 0 ? `${message}${t.structure.leadNote}` : message;

const defaultTemplate = (): Template => findTemplate(DEFAULT_TEMPLATE_ID) ?? templates[0]!;

/** The template saved in the document, if any (outside Word there is none to read). */
function savedChoice() {
  try {
    return restore(loadSetting("template"));
  } catch {
    return null;
  }
}

export function StructureTab({ onError }: { onError: (message: string) => void }) {
  const styles = useStyles();
  const { busy, run } = useDocumentAction(onError);
  const [outline, setOutline] = useState<Outline | null>(null);
  const initial = useMemo(savedChoice, []);
  const [base, setBase] = useState<Template>(initial?.base ?? defaultTemplate());
  const [aspects, setAspects] = useState<string[]>(
    initial?.aspects ?? [...(initial?.base ?? defaultTemplate()).aspects],
  );
  const [variant, setVariant] = useState<Variant>(initial?.variant ?? "personal");
  const [headings, setHeadings] = useState({
    problems: PART_HEADINGS.problems[0] as string,
    causes: PART_HEADINGS.causes[0] as string,
    measures: PART_HEADINGS.measures[0] as string,
  });
  const [prefs, setPrefs] = useState<StructurePrefs>(loadStructurePrefs);
  const [done, setDone] = useState<string | null>(null);
  const [renumber, setRenumber] = useState<{ edits: PrefixEdit[]; lines: string[] } | null>(null);

  const updatePrefs = (change: Partial<StructurePrefs>) => {
    const next = { ...prefs, ...change };
    setPrefs(next);
    saveStructurePrefs(next);
  };
  const typesetting = { bold: prefs.bold };

  const refresh = useCallback(async () => {
    const paragraphs = await run(readParagraphs);
    if (paragraphs) setOutline(readOutline(paragraphs));
    return paragraphs;
  }, [run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const chosen = effectiveTemplate(base, aspects);
  const aspectErrors = "errors" in chosen ? chosen.errors : [];

  /** Runs a document action; a success message and a fresh outline follow when it worked. */
  const act = async (action: () => Promise<string | null>) => {
    setDone(null);
    const message = await run(action);
    if (message) setDone(message);
    await refresh();
  };

  const insertSkeleton = () => {
    if ("errors" in chosen) {
      onError([t.structure.invalidAspects, ...chosen.errors].join("\n"));
      return;
    }
    const template = chosen.template;
    const blocks = buildSkeleton(template, {
      variant,
      headings,
      problemsPerAspect: prefs.problemsPerAspect,
      numbering: prefs.numbering,
      date: new Date(),
    });
    void act(async () => {
      const { leadsInBodyFont } = await structureVerbs.insertBlocksAtCursor(
        formattedBlocks(blocks, typesetting),
      );
      // The check reads this to know which aspects to expect.
      await saveSetting("template", savedOf(template, variant));
      return withLeadNote(t.structure.inserted(blocks.length), leadsInBodyFont);
    });
  };

  const addElement = (kind: ElementKind, label: string) =>
    act(async () => {
      const { leadsInBodyFont } = await structureVerbs.editAtCursor(
        (paragraphs: Paragraph[], cursor: number): StructureEdit | { error: string } => {
          const plan = planElement(readOutline(paragraphs), cursor, kind);
          if ("error" in plan) return plan;
          return {
            edits: plan.edits,
            insert: {
              after: plan.insertAfter,
              expectText: paragraphs[plan.insertAfter]?.text ?? "",
              blocks: formattedBlocks(plan.blocks, typesetting),
            },
          };
        },
      );
      return withLeadNote(t.structure.added(label), leadsInBodyFont);
    });

  const planNumbers = () =>
    act(async () => {
      const paragraphs = await readParagraphs();
      const edits = planRenumber(readOutline(paragraphs)).filter((e) => !e.fromList);
      if (edits.length === 0) return t.structure.renumberNone;
      setRenumber({ edits, lines: describeEdits(edits) });
      return null;
    });

  const applyNumbers = () => {
    const edits = renumber?.edits ?? [];
    setRenumber(null);
    void act(async () => {
      await structureVerbs.applyStructureEdit({ edits });
      return t.structure.renumbered(edits.length);
    });
  };

  const typeset = () =>
    act(async () => {
      const result = await formatVerbs.formatParagraphs({
        scope: prefs.scope,
        plan: (paragraphs) => typesetPlan(paragraphs, typesetting),
      });
      return result.formatted === 0
        ? t.structure.typesetNone
        : withLeadNote(t.structure.typesetDone(result.formatted, result.kept), result.leadsInBodyFont);
    });

  const chooseTemplate = (id: string | undefined) => {
    const next = id ? findTemplate(id) : undefined;
    if (!next) return;
    setBase(next);
    setAspects([...next.aspects]);
  };

  const entries = outline ? entriesOf(outline) : [];
  const groups = templatesByYear();
  return (
    <section className={styles.column} aria-label={t.tabs.structure}>
      <div className={styles.group}>
        <Text size={200} className={styles.summary} data-testid="template-summary">
          {base.label} · {t.aspectsCount(aspects.length)} ·{" "}
          {variant === "personal" ? t.structure.personal : t.structure.team}
        </Text>
        <Button
          appearance="primary"
          icon={<DocumentAddRegular />}
          className={styles.wide}
          disabled={busy}
          onClick={insertSkeleton}
        >
          {t.structure.insertSkeleton}
        </Button>
        <div className={styles.grid}>
          {ELEMENTS.map(({ kind, label }) => (
            <Button
              key={kind}
              className={styles.cell}
              icon={<AddRegular />}
              disabled={busy}
              onClick={() => void addElement(kind, label)}
            >
              {label}
            </Button>
          ))}
          <Button
            className={styles.cell}
            icon={<TextNumberListLtrRegular />}
            disabled={busy}
            onClick={() => void planNumbers()}
          >
            {t.structure.renumber}
          </Button>
          <Button
            className={styles.cell}
            icon={<TextFontRegular />}
            disabled={busy}
            onClick={() => void typeset()}
          >
            {t.structure.typeset}
          </Button>
        </div>
        {done && (
          <NoticeBar intent="success" data-testid="structure-done" onDismiss={() => setDone(null)}>
            {done}
          </NoticeBar>
        )}
      </div>

      <Accordion collapsible multiple>
        <AccordionItem value="template">
          <AccordionHeader size="small">{t.structure.templateSection}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Field label={t.structure.template}>
              <Dropdown
                className={styles.dropdown}
                inlinePopup
                value={base.label}
                selectedOptions={[base.id]}
                placeholder={t.structure.templatePlaceholder}
                onOptionSelect={(_, d) => chooseTemplate(d.optionValue)}
              >
                {groups.map((g) => (
                  <OptionGroup key={g.year} label={t.structure.year(g.year)}>
                    {g.templates.map((tp) => (
                      <Option key={tp.id} value={tp.id} text={tp.label}>
                        {tp.label}
                      </Option>
                    ))}
                  </OptionGroup>
                ))}
              </Dropdown>
            </Field>
            <Field label={t.structure.variant}>
              <RadioGroup
                layout="horizontal"
                value={variant}
                onChange={(_, d) => setVariant(d.value as Variant)}
              >
                <Radio value="personal" label={t.structure.personal} />
                <Radio value="team" label={t.structure.team} />
              </RadioGroup>
            </Field>
            <Field
              label={t.structure.aspects}
              validationState={aspectErrors.length > 0 ? "error" : "none"}
              validationMessage={aspectErrors.length > 0 ? aspectErrors.join(" ") : undefined}
            >
              <AspectEditor
                aspects={aspects}
                onChange={setAspects}
                onReset={() => setAspects([...base.aspects])}
                disabled={busy}
              />
            </Field>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="options">
          <AccordionHeader size="small">{t.structure.optionsSection}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {(
              [
                ["problems", t.structure.headingProblems],
                ["causes", t.structure.headingCauses],
                ["measures", t.structure.headingMeasures],
              ] as const
            ).map(([part, label]) => (
              <Field key={part} label={label}>
                <Select
                  value={headings[part]}
                  onChange={(_, d) => setHeadings({ ...headings, [part]: d.value })}
                >
                  {PART_HEADINGS[part].map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
            <Field label={t.structure.problemsPerAspect}>
              <Select
                value={String(prefs.problemsPerAspect)}
                onChange={(_, d) => updatePrefs({ problemsPerAspect: Number(d.value) })}
              >
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.structure.numbering}>
              <RadioGroup
                value={prefs.numbering}
                onChange={(_, d) => updatePrefs({ numbering: d.value as StructurePrefs["numbering"] })}
              >
                <Radio value="continuous" label={t.structure.continuous} />
                <Radio value="per-aspect" label={t.structure.perAspect} />
              </RadioGroup>
            </Field>
            {/* Not a Field: a Field gives its one control an id, and these are four. */}
            <div role="group" aria-labelledby="structure-bold-label" className={styles.group}>
              <Label id="structure-bold-label">{t.structure.boldLevels}</Label>
              <div className={styles.checks}>
                {BOLD_ROLES.map((role) => (
                  <Checkbox
                    key={role}
                    label={t.structure.levels[role]}
                    checked={prefs.bold[role] ?? false}
                    onChange={(_, d) => updatePrefs({ bold: { ...prefs.bold, [role]: d.checked === true } })}
                  />
                ))}
              </div>
              <Caption1 className={styles.summary}>{t.structure.boldHint}</Caption1>
            </div>
            <Field label={t.structure.formatScope}>
              <RadioGroup
                layout="horizontal"
                value={prefs.scope}
                onChange={(_, d) => updatePrefs({ scope: d.value as StructurePrefs["scope"] })}
              >
                <Radio value="document" label={t.structure.scopeDocument} />
                <Radio value="selection" label={t.structure.scopeSelection} />
              </RadioGroup>
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={styles.group}>
        <div className={styles.head}>
          <Text weight="semibold">{t.outlineTitle}</Text>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            onClick={() => void refresh()}
            disabled={busy}
          >
            {t.outlineRefresh}
          </Button>
        </div>
        {outline && entries.length === 0 && <Text size={200}>{t.outlineEmpty}</Text>}
        <ul className={styles.tree} data-testid="live-outline">
          {entries.map((e) => (
            <li key={`${e.paragraph}-${e.depth}`} style={{ paddingLeft: e.depth * 12 }}>
              <Button
                appearance="subtle"
                size="small"
                className={mergeClasses(styles.entry, e.depth === 0 && styles.part)}
                title={e.label}
                disabled={busy}
                onClick={() =>
                  run(() => selectParagraph(e.paragraph, outline?.paragraphs[e.paragraph]?.text ?? ""))
                }
              >
                {e.label}
              </Button>
            </li>
          ))}
        </ul>
      </div>

      <RenumberDialog
        lines={renumber?.lines ?? null}
        onConfirm={applyNumbers}
        onCancel={() => setRenumber(null)}
      />
    </section>
  );
}
