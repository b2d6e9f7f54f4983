import { Suspense, lazy, useEffect, type ReactNode } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { TrackingNotice } from "../components/TrackingNotice";
import { FontWarning } from "../environment/FontWarning";
import { useLayout } from "../layout";
import { t } from "../strings";
import { LiveOutline } from "../structure/LiveOutline";
import { usePanelStyles } from "../structure/panel-styles";
import { useStructurePrefs } from "../structure/prefs";
import { StructureToolbar } from "../structure/StructureToolbar";
import { useStructureActions } from "../structure/use-structure-actions";
import { useTemplateChoice } from "../structure/use-template-choice";
import { preloadedPart } from "./lazy-tab";

// Fluent's Dialog is needed only once 重新编号 is asked for: it loads while the document is read, and is
// mounted closed before it opens (so that it opens as a dialog does, not already open).
const RenumberDialog = lazy(() =>
  import(/* webpackChunkName: "renumber" */ "../structure/RenumberDialog").then((m) => ({
    default: m.RenumberDialog,
  })),
);

// The two collapsed sections' forms (the preset dropdown, the notice reader, selects, checkboxes) are fetched
// right after the tab shows, outside the pane's initial script.
const TemplatePanel = preloadedPart(
  () =>
    import(/* webpackChunkName: "structure-panels" */ "../structure/TemplatePanel").then(
      (m) => m.TemplatePanel,
    ),
  t.loadingTab,
);
const OptionsPanel = preloadedPart(
  () =>
    import(/* webpackChunkName: "structure-panels" */ "../structure/OptionsPanel").then(
      (m) => m.OptionsPanel,
    ),
  t.loadingTab,
);

function Section({ value, title, children }: { value: string; title: string; children: ReactNode }) {
  const styles = usePanelStyles();
  return (
    <AccordionItem value={value}>
      <AccordionHeader size="small">{title}</AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}

/**
 * 结构: build the report's frame and keep it numbered and typeset. The state and actions live in
 * useTemplateChoice and useStructureActions (structure/); this file only lays the panels out.
 */
export function StructureTab({ onError }: { onError: (message: string) => void }) {
  const layout = useLayout();
  const choice = useTemplateChoice();
  const [prefs, updatePrefs] = useStructurePrefs();
  const actions = useStructureActions(choice, prefs, onError);
  useEffect(() => {
    TemplatePanel.preload();
    OptionsPanel.preload();
  }, []);
  return (
    <section className={layout.sections} aria-label={t.tabs.structure}>
      <FontWarning
        substitutes={prefs.substituteFonts}
        onSubstitutesChange={(on) => updatePrefs({ substituteFonts: on })}
      />
      <TrackingNotice mode={actions.tracking} tab="structure" />
      <StructureToolbar choice={choice} actions={actions} />
      <Accordion collapsible multiple>
        <Section value="template" title={t.structure.templateSection}>
          <TemplatePanel choice={choice} busy={actions.busy} />
        </Section>
        <Section value="options" title={t.structure.optionsSection}>
          <OptionsPanel choice={choice} prefs={prefs} onPrefs={updatePrefs} />
        </Section>
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
