/** Every sentence of the self-check page (selfcheck.html). `…` marks a command or an address. */
import { intranetBuildCommand } from "../taskpane/environment/build-command";
import { t } from "../taskpane/strings";

/** The 结构 tab's switch, as the pane names it. */
const SUBSTITUTES_SWITCH = t.structure.substitutesSwitch;

const rebuild = (base: string) =>
  `在构建机上运行 \`${intranetBuildCommand(base)}\`，再把 dist/ 整个复制到服务器`;

export const s = {
  servedFrom: {
    title: "加载项地址",
    ok: (base: string) => `本页来自 \`${base}\`，与 manifest.xml 中的地址一致。`,
    notHttps: (base: string) => `本页来自 \`${base}\`，不是 https 地址；Office 只从 https 地址加载加载项。`,
    notHttpsTodo: "把 dist/ 放到 https 站点上（证书须为用户电脑所信任），再从 https 地址打开本页。",
    elsewhere: (base: string, manifest: string) =>
      `本页来自 \`${base}\`，但 manifest.xml 指向 \`${manifest}\`：Word 会去那里找加载项。`,
    elsewhereTodo: (base: string, manifest: string) =>
      `若加载项就部署在本页所在位置，${rebuild(base)}；否则请从 \`${manifest}selfcheck.html\` 打开本页。`,
    noManifest: (base: string) => `本页来自 \`${base}\`（manifest.xml 见下一行）。`,
  },
  officeJs: {
    title: "Office.js",
    cdn: "微软服务器",
    local: "本加载项自带的副本",
    okCdn: (url: string) =>
      `已从微软服务器加载（\`${url}\`）。用户的电脑若不能访问外网，窗格将无法启动，请改用本地 Office.js。`,
    okCdnTodo: rebuild,
    okLocal: (url: string) => `已从本加载项自带的副本加载（\`${url}\`），不需要访问外网。`,
    failedCdn: (url: string) =>
      `无法从微软服务器加载 Office.js（\`${url}\`）：这台电脑不能访问外网，或被防火墙拦截。`,
    failedCdnTodo: (base: string) => `改用本加载项自带的 Office.js：${rebuild(base)}。`,
    failedLocal: (url: string) => `本加载项自带的 Office.js 无法加载（\`${url}\`）。`,
    failedLocalTodo: "dist/ 没有完整复制：把构建出的 dist/ 整个（包括 office-js/ 目录）重新复制到服务器。",
    timeout: (seconds: number) => `等待 ${seconds} 秒仍未加载完成。`,
  },
  manifest: {
    title: "清单中的地址（manifest.xml）",
    missing: (url: string) => `打不开 \`${url}\`。`,
    missingTodo: "把构建出的 dist/ 整个复制到服务器（manifest.xml 在 dist/ 中）。",
    ok: (count: number) => `manifest.xml 中的 ${count} 个地址在这台电脑上都能打开。`,
    elsewhere: (origins: string[], origin: string) =>
      `manifest.xml 中的地址指向 ${origins.map((o) => `\`${o}\``).join("、")}，不是本页所在的 \`${origin}\`；本页不访问其他主机，这些地址未检查。`,
    elsewhereTodo: rebuild,
    broken: (urls: string[]) => `${urls.length} 个地址打不开：${urls.map((u) => `\`${u}\``).join("、")}。`,
    brokenTodo: "把构建出的 dist/ 整个重新复制到服务器，不要遗漏 assets/ 目录。",
  },
  engine: {
    title: "浏览器内核",
    ok: (name: string) =>
      `${name}：能运行本助手。Word 中的窗格用 Office 自带的内核（Windows 上是 WebView2 或旧版 Office 的 IE 内核，Mac 上是 WebKit），可能与这个浏览器不同。`,
  },
  fonts: {
    title: (name: string) => `字体 ${name}`,
    installed: (use: string) => `已安装（${use}用）。`,
    missing: (use: string) =>
      `这台电脑没有安装（${use}用）；Word 会保留字体名，但用其他字体（通常是宋体）显示和打印。`,
    missingTodo: (substitute: string | undefined) =>
      substitute
        ? `安装该字体；或在助手“结构”页打开“${SUBSTITUTES_SWITCH}”，一键排版就改用 Windows 自带的${substitute}。`
        : "安装该字体；没有时在装有该字体的电脑上打开，文档仍然正确。",
    unknown: "这个浏览器无法判断是否安装。",
    unknownTodo: "在 Word 的字体列表中查找该字体。",
    substitutesTitle: "常见替代字体",
    substitutesOk: (names: string[]) => `${names.join("、")} 都已安装，可作为替代字体。`,
    substitutesMissing: (names: string[]) => `没有找到 ${names.join("、")}。`,
    substitutesTodo:
      "这些是 Windows 自带的字体：检查系统字体是否完整；Mac 上名称不同，以 Word 字体列表为准。",
  },
};
