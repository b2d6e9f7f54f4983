import { Suspense, lazy } from "react";
import { Accordion } from "@fluentui/react-components";
import { FontWarning } from "../environment/FontWarning";
import { useLayout } from "../layout";
import { t } from "../strings";
import { LiveOutline } from "../structure/LiveOutline";
import { OptionsPanel } from "../structure/OptionsPanel";
import { useStructurePrefs } from "../structure/prefs";
import { StructureToolbar } from "../structure/StructureToolbar";
import { TemplatePanel } from "../structure/TemplatePanel";
import { useStructureActions } from "../structure/use-structure-actions";
import { useTemplateChoice } from "../structure/use-template-choice";

// Fluent's Dialog is needed only once 重新编号 is asked for: it loads while the document is read, and is
// mounted closed before it opens (so that it opens as a dialog does, not already open).
const RenumberDialog = lazy(() =>
  import(/* webpackChunkName: "renumber" */ "../structure/RenumberDialog").then((m) => ({
    default: m.RenumberDialog,
  })),
);

/**
 * 结构: build the report's frame and keep it numbered and typeset. The state and actions live in
 * useTemplateChoice and useStructureActions (structure/); this file only lays the panels out.
 */
export function StructureTab({ onError }: { onError: (message: string) => void }) {
  const layout = useLayout();
  const choice = useTemplateChoice();
  const [prefs, updatePrefs] = useStructurePrefs();
  const actions = useStructureActions(choice, prefs, onError);
  return (
    <section className={layout.sections} aria-label={t.tabs.structure}>
      <FontWarning
        substitutes={prefs.substituteFonts}
        onSubstitutesChange={(on) => updatePrefs({ substituteFonts: on })}
      />
      <StructureToolbar choice={choice} actions={actions} />
      <Accordion collapsible multiple>
        <TemplatePanel choice={choice} busy={actions.busy} />
        <OptionsPanel choice={choice} prefs={prefs} onPrefs={updatePrefs} />
      </Accordion>
      <LiveOutline actions={actions} />
      {actions.renumberAsked && (
        <Suspense fallback={null}>
          <RenumberDialog
            lines={actions.renumberLines}
            onConfirm={actions.applyNumbers}
            onCancel={actions.cancelNumbers}
          />
        </Suspense>
      )}
    </section>
  );
}
