import { Suspense, lazy } from "react";
import { Spinner } from "@fluentui/react-components";
import { t } from "../strings";

// The phrase library (229 snippets of Chinese text) and its UI are a separate chunk: the pane's initial
// JavaScript stays within its budget, and the chunk loads when the 短语 tab is first opened.
const SnippetsPane = lazy(() =>
  import(/* webpackChunkName: "snippets" */ "../snippets/SnippetsPane").then((m) => ({
    default: m.SnippetsPane,
  })),
);

export function SnippetsTab() {
  return (
    <Suspense fallback={<Spinner size="small" label={t.snippets.loading} />}>
      <SnippetsPane />
    </Suspense>
  );
}
