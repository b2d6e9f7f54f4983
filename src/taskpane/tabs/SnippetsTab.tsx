import { t } from "../strings";
import { lazyTab } from "./lazy-tab";

// The phrase library (229 snippets of Chinese text) and its UI are a separate chunk.
export const SnippetsTab = lazyTab(
  () => import(/* webpackChunkName: "snippets" */ "../snippets/SnippetsPane").then((m) => m.SnippetsPane),
  t.snippets.loading,
);
