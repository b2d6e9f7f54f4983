import { Suspense, lazy, type ComponentType } from "react";
import { Spinner } from "@fluentui/react-components";

/**
 * A tab whose code is a separate chunk, fetched from the add-in's own host when the tab first opens: the
 * pane's initial script stays within its budget (200 KB gzip, `npm run bench`). A spinner shows meanwhile.
 */
export function lazyTab<P extends object>(load: () => Promise<ComponentType<P>>, loading: string) {
  // Typed as the component it loads (React's lazy type loses the generic props).
  const Tab = lazy(() => load().then((component) => ({ default: component }))) as unknown as ComponentType<P>;
  return function LazyTab(props: P) {
    return (
      <Suspense fallback={<Spinner size="small" label={loading} />}>
        <Tab {...props} />
      </Suspense>
    );
  };
}
