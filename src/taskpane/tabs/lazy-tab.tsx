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

/**
 * A part of a tab in a chunk of its own that the tab fetches in the background as soon as it shows
 * (`preload()` in an effect): by the time the writer opens the part it is usually there and drawn at once
 * (no spinner flashing in an accordion that has just opened); a spinner if it is not yet.
 */
export function preloadedPart<P extends object>(load: () => Promise<ComponentType<P>>, loading: string) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchPart = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // opening the part tries again
        throw error;
      },
    ));
  const Waiting = lazyTab(fetchPart, loading);
  function Part(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Waiting {...props} />;
  }
  /** Starts fetching the part; a failure shows only when the part is opened. */
  const preload = () => void fetchPart().catch(() => undefined);
  return Object.assign(Part, { preload });
}
