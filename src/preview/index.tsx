import { useRef, useState, type ChangeEvent } from "react";
import { createRoot } from "react-dom/client";
import { createHost, fontSegments, type HostParagraph, type HostStyle, type InlineMark } from "./host";
import { DocumentView } from "./DocumentView";
import { sampleReport } from "./sample-report";
import { readOutline } from "../core/outline/read-outline";
import { formatPlan } from "../core/compose/typesetting";
import {
  documentSettings,
  forgetDocumentSettings,
  saveDocument,
  savedDocument,
  savedStyles,
} from "./preview-store";
import { reportStyles } from "./report-styles";
import { readReportBytes } from "../readers/read-report-bytes";
import { mountPane } from "../taskpane/mount";
import "./preview.css";

const fromLines = (lines: string[]): HostParagraph[] => lines.map((text) => ({ text }));

/**
 * The sample arrives typeset the way offices expect (GB/T 9704), as 一键排版 leaves a report: each paragraph
 * in its report style, run-in leads in their heading's font.
 */
function sample(): HostParagraph[] {
  const paragraphs = fromLines(sampleReport);
  for (const entry of formatPlan(readOutline(paragraphs))) {
    const p = paragraphs[entry.paragraph];
    if (!p) continue;
    p.style = entry.format.style.name;
    if (entry.lead)
      p.runs = [
        {
          start: 0,
          end: entry.lead.length,
          font: { name: entry.lead.fontName, nameFarEast: entry.lead.eastAsianFont, bold: entry.lead.bold },
        },
      ];
  }
  return paragraphs;
}

const saved = savedDocument();
// ?word=desktop: a Word with WordApiDesktop 1.3 (font.nameFarEast); ?word=m365: also WordApi 1.4 (修订's
// mode, the text under tracked changes, comments); otherwise the WordApi 1.3 floor.
const word = new URLSearchParams(window.location.search).get("word");
const SETS: Record<string, Record<string, string>> = {
  desktop: { WordApi: "1.3", WordApiDesktop: "1.3" },
  m365: { WordApi: "1.4", WordApiDesktop: "1.3" },
};
const host = createHost(saved ?? sample(), {
  settingsStorage: documentSettings,
  latencyMs: 1,
  styles: saved ? savedStyles() : reportStyles(),
  supportedSets: SETS[word ?? ""] ?? { WordApi: "1.3" },
});
host.install(globalThis);
host.document.subscribe(() => saveDocument(host.document.snapshot(), host.document.styles.list()));

function replaceDocument(paragraphs: HostParagraph[], styles: HostStyle[] = []): void {
  forgetDocumentSettings();
  host.document.load(paragraphs, styles);
  saveDocument(host.document.snapshot(), host.document.styles.list());
}

/** The marks of one kind over a paragraph's text, with the words they cover. */
const marksOf = (text: string, marks: readonly InlineMark[] | undefined, kind: InlineMark["kind"]) =>
  (marks ?? [])
    .filter((m) => m.kind === kind)
    .map((m) => ({ text: text.slice(m.start, m.end), value: m.value }));

/** What the browser tests (and a curious developer in the console) can ask of the preview. */
const api = {
  getParagraphs: () =>
    host.document.snapshot().map((p) => ({
      text: p.text,
      /** The style's name: 对照-正文, or Word's localized name (正文, 标题 1). */
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      outlineLevel: p.outlineLevel,
      lineSpacing: p.lineSpacing,
      /** "exact" (固定值), "atLeast" (最小值) or "multiple" (单倍/多倍: lineSpacing / 12 lines). */
      lineSpacingRule: p.lineSpacingRule,
      fontName: p.font.name,
      fontNameFarEast: p.font.nameFarEast,
      fontSize: p.font.size,
      bold: p.font.bold,
      alignment: p.alignment,
      firstLineIndent: p.firstLineIndent,
      listString: p.listString || undefined,
      // Pieces of text in their own font (one piece when the whole paragraph has the paragraph's font).
      runs: fontSegments(p.text, p.font, p.runs).map((r) => ({
        text: p.text.slice(r.start, r.end),
        fontName: r.font.name,
        fontNameFarEast: r.font.nameFarEast,
        bold: r.font.bold,
      })),
      links: marksOf(p.text, p.marks, "hyperlink"),
      bookmarks: marksOf(p.text, p.marks, "bookmark"),
      fields: marksOf(p.text, p.marks, "field"),
    })),
  loadText: (text: string) => replaceDocument(fromLines(text.split(/\r\n|\r|\n/))),
  /** A document of paragraphs with formatting, hyperlinks, bookmarks or fields (as a pasted report has). */
  loadParagraphs: (paragraphs: HostParagraph[]) => replaceDocument(paragraphs),
  loadSample: () => replaceDocument(sample(), reportStyles()),
  getSelection: () => {
    const s = host.document.selection();
    const indices: number[] = [];
    for (let i = s.paragraph; i <= s.endParagraph; i++) indices.push(i);
    return { paragraphs: indices, start: s.start, end: s.end, text: s.text };
  },
  setCursor: (paragraph: number, offset = 0) => host.document.setSelection(paragraph, offset),
  /** Selects characters start..end of one paragraph, as a writer dragging the mouse would. */
  select: (paragraph: number, start: number, end: number) =>
    host.document.setSelection(paragraph, start, end),
  /** Word's 修订 switch (Review → Track Changes): "TrackAll" records every edit, "Off" none. */
  setTracking: (mode: "Off" | "TrackAll" | "TrackMineOnly") => host.document.setTracking(mode),
  syncCount: () => host.syncCount(),
  resetSyncCount: () => host.resetSyncCount(),
};
declare global {
  interface Window {
    duizhaoPreview: typeof api;
  }
}
window.duizhaoPreview = api;

function Toolbar() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState("");

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const paragraphs = readReportBytes(file.name, bytes);
      replaceDocument(
        paragraphs.map((p) => ({ text: p.text, listString: p.listString, isListItem: !!p.listString })),
      );
      setNotice(`已载入 ${file.name}（${paragraphs.length} 段）`);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : "无法读取该文件");
    }
  };

  return (
    <header className="toolbar">
      <strong>对照检查材料助手 · 预览</strong>
      <button type="button" onClick={() => fileInput.current?.click()}>
        载入文件（.txt / .docx）
      </button>
      <input ref={fileInput} type="file" accept=".txt,.docx" hidden onChange={onFile} />
      <button
        type="button"
        onClick={() => (replaceDocument(sample(), reportStyles()), setNotice("已恢复示例文档"))}
      >
        恢复示例
      </button>
      <button type="button" onClick={() => (replaceDocument([{ text: "" }]), setNotice("文档已清空"))}>
        清空
      </button>
      <span className="notice" role="status">
        {notice}
      </span>
    </header>
  );
}

function Preview() {
  return (
    <div className="layout">
      <Toolbar />
      <div className="workspace">
        <div className="document-scroll">
          <DocumentView doc={host.document} />
        </div>
        <aside className="pane" data-testid="pane-frame" aria-label="任务窗格">
          <div
            className="pane-root"
            ref={(el) => {
              if (el && !el.dataset.mounted) {
                el.dataset.mounted = "1";
                void mountPane(el, window.location.search);
              }
            }}
          />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById("preview-root");
if (root) createRoot(root).render(<Preview />);
