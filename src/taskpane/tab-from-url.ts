export type TabId = "structure" | "check" | "snippets" | "settings";

const tabs: TabId[] = ["structure", "check", "snippets", "settings"];

/** The ribbon buttons open the pane with ?tab=structure|check|snippets (and run=1 to start a check). */
export function tabFromUrl(search: string): { tab: TabId; run: boolean } {
  const params = new URLSearchParams(search);
  const tab = params.get("tab");
  return {
    tab: tabs.includes(tab as TabId) ? (tab as TabId) : "check",
    run: params.get("run") === "1",
  };
}
