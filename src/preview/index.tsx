import { useRef, useState, type ChangeEvent } from "react";
import { createRoot } from "react-dom/client";
import { createHost, fontSegments, type HostParagraph } from "./host";
import { DocumentView } from "./DocumentView";
import { sampleReport } from "./sample-report";
import { readOutline } from "../core/outline/read-outline";
import { formatPlan } from "../core/compose/typesetting";
import { documentSettings, forgetDocumentSettings, saveDocument, savedDocument } from "./preview-store";
import { readDocx } from "../readers/read-docx";
import { readText } from "../readers/read-text";
import { mountPane } from "../taskpane/mount";
import "./preview.css";

const fromLines = (lines: string[]): HostParagraph[] => lines.map((text) => ({ text }));

/** The sample arrives typeset the way offices expect (GB/T 9704), as a finished report would. */
function sample(): HostParagraph[] {
  const paragraphs = fromLines(sampleReport);
  for (const entry of formatPlan(readOutline(paragraphs))) {
    const p = paragraphs[entry.paragraph];
    if (!p) continue;
    Object.assign(p, {
      alignment: entry.format.alignment,
      firstLineIndent: entry.format.firstLineIndent,
      lineSpacing: entry.format.lineSpacing,
      font: {
        name: entry.format.fontName,
        nameFarEast: entry.format.eastAsianFont,
        size: entry.format.size,
        bold: entry.format.bold,
      },
      // A run-in lead sentence keeps its heading's font, as 一键排版 sets it.
      ...(entry.lead && {
        runs: [
          {
            start: 0,
            end: entry.lead.length,
            font: { name: entry.lead.fontName, nameFarEast: entry.lead.eastAsianFont, bold: entry.lead.bold },
          },
        ],
      }),
    });
  }
  return paragraphs;
}

const host = createHost(savedDocument() ?? sample(), { settingsStorage: documentSettings, latencyMs: 1 });
host.install(globalThis);
host.document.subscribe(() => saveDocument(host.document.snapshot()));

function replaceDocument(paragraphs: HostParagraph[]): void {
  forgetDocumentSettings();
  host.document.load(paragraphs);
  saveDocument(host.document.snapshot());
}

/** What the browser tests (and a curious developer in the console) can ask of the preview. */
const api = {
  getParagraphs: () =>
    host.document.snapshot().map((p) => ({
      text: p.text,
      styleBuiltIn: p.styleBuiltIn,
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
    })),
  loadText: (text: string) => replaceDocument(fromLines(text.split(/\r\n|\r|\n/))),
  loadSample: () => replaceDocument(sample()),
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
      const paragraphs = /\.docx$/i.test(file.name) ? readDocx(bytes) : readText(bytes);
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
      <button type="button" onClick={() => (replaceDocument(sample()), setNotice("已恢复示例文档"))}>
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
