import { Dropdown, Field, Input, Option, OptionGroup } from "@fluentui/react-components";
import { skeletonTitle } from "../../core/compose/skeleton";
import type { Variant } from "../../core/compose/templates";
import { RadioChoice } from "../components/RadioChoice";
import { t } from "../strings";
import { AspectEditor } from "./AspectEditor";
import { usePanelStyles } from "./panel-styles";
import { templatesByYear } from "./template-choice";
import type { TemplateChoice } from "./use-template-choice";

const VARIANTS: [Variant, string][] = [
  ["personal", t.structure.personal],
  ["team", t.structure.team],
];

/**
 * 模板与方面 (the body of its accordion section): the meeting preset, the title's year, personal or 班子, and
 * the aspects (edited, reordered, or from a notice).
 */
export function TemplatePanel({ choice, busy }: { choice: TemplateChoice; busy: boolean }) {
  const styles = usePanelStyles();
  const errors = "errors" in choice.chosen ? choice.chosen.errors : [];
  const title =
    "template" in choice.chosen && choice.year !== null
      ? skeletonTitle(choice.chosen.template, choice.variant, choice.year)
      : undefined;
  return (
    <>
      <Field label={t.structure.template}>
        <Dropdown
          className={styles.dropdown}
          inlinePopup
          value={choice.base.label}
          selectedOptions={[choice.base.id]}
          placeholder={t.structure.templatePlaceholder}
          onOptionSelect={(_, d) => choice.choose(d.optionValue)}
        >
          {templatesByYear().map((g) => (
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
      <Field
        label={t.structure.titleYear}
        hint={title && t.structure.titleYearHint(title)}
        validationState={choice.year === null ? "error" : "none"}
        validationMessage={choice.year === null ? t.structure.titleYearInvalid : undefined}
      >
        <Input
          className={styles.year}
          size="small"
          inputMode="numeric"
          maxLength={4}
          value={choice.yearText}
          contentAfter="年"
          onChange={(_, d) => choice.setYearText(d.value)}
        />
      </Field>
      <Field label={t.structure.variant}>
        <RadioChoice horizontal value={choice.variant} options={VARIANTS} onValue={choice.setVariant} />
      </Field>
      <Field
        label={t.structure.aspects}
        validationState={errors.length > 0 ? "error" : "none"}
        validationMessage={errors.length > 0 ? errors.join(" ") : undefined}
      >
        <AspectEditor
          aspects={choice.aspects}
          onChange={choice.setAspects}
          onReset={choice.resetAspects}
          disabled={busy}
        />
      </Field>
    </>
  );
}
