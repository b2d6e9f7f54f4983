/**
 * The Word a pane talks to, handed down through React context: by default the globals (real Office.js, or
 * the simulated host after `install()`), or a host of its own (`<WordProvider env={host}>` in a component
 * test, or two panes side by side). Each kind of verb is made once per host and shared below it.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createCursorContextVerbs } from "../word/cursor-context";
import { createFormatVerbs } from "../word/format";
import { createGateway, globalEnv, type OfficeEnv } from "../word/gateway";
import { documentQueue, OperationQueue } from "../word/queue";
import { createStructureVerbs } from "../word/structure";

export interface WordHost {
  /** `Word` and `Office`, or a function that looks them up when a verb runs. */
  env: OfficeEnv | (() => OfficeEnv);
  /** Document operations of this pane run one at a time through it. */
  queue: OperationQueue;
}

const GLOBAL_WORD: WordHost = { env: globalEnv, queue: documentQueue };
const WordContext = createContext<WordHost>(GLOBAL_WORD);

export interface WordProviderProps {
  env: OfficeEnv;
  queue?: OperationQueue;
  children?: ReactNode;
}

/** Gives the pane below it its own Word (and its own operation queue unless one is given). */
export function WordProvider({ env, queue, children }: WordProviderProps) {
  const host = useMemo(() => ({ env, queue: queue ?? new OperationQueue() }), [env, queue]);
  return <WordContext.Provider value={host}>{children}</WordContext.Provider>;
}

/** A verb factory of src/word: verbs over one host and one queue. */
export type VerbFactory<V> = (env: WordHost["env"], queue: OperationQueue) => V;

const made = new WeakMap<WordHost, Map<VerbFactory<unknown>, unknown>>();

/** The verbs `make` builds over this pane's Word; made on first use, then the same object every render. */
export function useWordVerbs<V>(make: VerbFactory<V>): V {
  const host = useContext(WordContext);
  let verbs = made.get(host);
  if (!verbs) made.set(host, (verbs = new Map()));
  if (!verbs.has(make)) verbs.set(make, make(host.env, host.queue));
  return verbs.get(make) as V;
}

/** Read the paragraphs and the cursor, select, replace a span, insert at the cursor, document settings. */
export const useGateway = () => useWordVerbs(createGateway);
/** Insert the skeleton, edit number prefixes and insert items (新增…, 重新编号), in one batch. */
export const useStructureVerbs = () => useWordVerbs(createStructureVerbs);
/** 一键排版. */
export const useFormatVerbs = () => useWordVerbs(createFormatVerbs);
/** The paragraphs, the cursor's paragraph and the selected text in one batch (短语 tab). */
export const useCursorVerbs = () => useWordVerbs(createCursorContextVerbs);
