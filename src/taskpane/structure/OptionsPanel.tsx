import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Checkbox,
  Field,
  Label,
} from "@fluentui/react-components";
import { PART_HEADINGS } from "../../core/compose/templates";
import type { TextRole } from "../../core/compose/typesetting";
import { RadioChoice } from "../components/RadioChoice";
import { ValueSelect } from "../components/ValueSelect";
import { useLayout } from "../layout";
import { t } from "../strings";
import { usePanelStyles } from "./panel-styles";
import type { StructurePrefs } from "./prefs";
import type { TemplateChoice } from "./use-template-choice";

const BOLD_ROLES: TextRole[] = ["title", "level1", "level2", "level3"];
const PROBLEMS_PER_ASPECT = ["1", "2", "3", "4", "5"];
const NUMBERING: [StructurePrefs["numbering"], string][] = [
  ["continuous", t.structure.continuous],
  ["per-aspect", t.structure.perAspect],
];
const SCOPES: [StructurePrefs["scope"], string][] = [
  ["document", t.structure.scopeDocument],
  ["selection", t.structure.scopeSelection],
];
const PARTS = [
  ["problems", t.structure.headingProblems],
  ["causes", t.structure.headingCauses],
  ["measures", t.structure.headingMeasures],
] as const;

export interface OptionsPanelProps {
  choice: TemplateChoice;
  prefs: StructurePrefs;
  onPrefs: (change: Partial<StructurePrefs>) => void;
}

/** 选项: part headings, problems per aspect, numbering, bold per level, what 一键排版 covers. */
export function OptionsPanel({ choice, prefs, onPrefs }: OptionsPanelProps) {
  const styles = usePanelStyles();
  const layout = useLayout();
  return (
    <AccordionItem value="options">
      <AccordionHeader size="small">{t.structure.optionsSection}</AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {PARTS.map(([part, label]) => (
          <Field key={part} label={label}>
            <ValueSelect
              value={choice.headings[part]}
              values={PART_HEADINGS[part]}
              onValue={(h) => h && choice.setHeadings({ ...choice.headings, [part]: h })}
            />
          </Field>
        ))}
        <Field label={t.structure.problemsPerAspect}>
          <ValueSelect
            value={String(prefs.problemsPerAspect)}
            values={PROBLEMS_PER_ASPECT}
            onValue={(n) => n && onPrefs({ problemsPerAspect: Number(n) })}
          />
        </Field>
        <Field label={t.structure.numbering}>
          <RadioChoice
            value={prefs.numbering}
            options={NUMBERING}
            onValue={(numbering) => onPrefs({ numbering })}
          />
        </Field>
        {/* Not a Field: a Field gives its one control an id, and these are four. */}
        <div role="group" aria-labelledby="structure-bold-label" className={layout.column}>
          <Label id="structure-bold-label">{t.structure.boldLevels}</Label>
          <div className={styles.checks}>
            {BOLD_ROLES.map((role) => (
              <Checkbox
                key={role}
                label={t.structure.levels[role]}
                checked={prefs.bold[role] ?? false}
                onChange={(_, d) => onPrefs({ bold: { ...prefs.bold, [role]: d.checked === true } })}
              />
            ))}
          </div>
          <Caption1 className={styles.hint}>{t.structure.boldHint}</Caption1>
        </div>
        <Field label={t.structure.formatScope}>
          <RadioChoice
            horizontal
            value={prefs.scope}
            options={SCOPES}
            onValue={(scope) => onPrefs({ scope })}
          />
        </Field>
      </AccordionPanel>
    </AccordionItem>
  );
}
