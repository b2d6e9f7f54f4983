import { createRoot, type Root } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { waitForWord } from "../word/office-host";
import { intranetBuildCommand } from "./environment/build-command";
import { App } from "./App";
import { t } from "./strings";
import { tabFromUrl } from "./tab-from-url";

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        {/* A command or an address may be longer than the pane is wide. */}
        <MessageBarBody style={{ overflowWrap: "anywhere" }}>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

/**
 * Starts the pane: without Office.js (its script failed to load), outside Word, in another Office host and
 * in a Word too old for WordApi 1.3 it explains itself in Chinese instead of failing.
 */
export async function mountPane(element: HTMLElement, search: string): Promise<Root> {
  const root = createRoot(element);
  const status = await waitForWord();
  if (status === "no-office-js") {
    const command = intranetBuildCommand(new URL(".", window.location.href).href);
    root.render(<Notice title={t.officeJsMissingTitle} text={t.officeJsMissing(command)} />);
  } else if (status === "outside-word") {
    root.render(<Notice title={t.outsideWordTitle} text={t.outsideWord} />);
  } else if (status === "not-word") {
    root.render(<Notice title={t.notWordTitle} text={t.notWord} />);
  } else if (status === "word-too-old") {
    root.render(<Notice title={t.apiTooOldTitle} text={t.apiTooOld} />);
  } else {
    const { tab, run } = tabFromUrl(search);
    root.render(<App initialTab={tab} runCheckOnOpen={run} />);
  }
  return root;
}
