/** Every Chinese string the pane shows, in one table, so wording stays consistent and reviewable. */
export const t = {
  appName: "对照检查材料助手",
  tabs: { structure: "结构", check: "检查", snippets: "短语", settings: "设置" },

  outsideWordTitle: "请在 Word 中打开本助手",
  outsideWord:
    "这个页面是 Word 加载项的任务窗格，需要在 Microsoft Word（Windows、Mac 或网页版）中通过“开始”选项卡的“对照检查”按钮打开。若只想试用，请在项目目录运行 npm run preview。",
  notWordTitle: "当前应用不是 Word",
  notWord: "对照检查材料助手只支持 Microsoft Word。",
  apiTooOldTitle: "Word 版本过低",
  apiTooOld:
    "本助手需要支持 WordApi 1.3 的 Word：Word 2016（版本 1612）或更新版本、Word 2019/2021/2024、Microsoft 365 或 Word 网页版。请更新 Office 后重试。",
  errorTitle: "操作未完成",
  dismiss: "关闭",
  busy: "正在处理…",

  outlineTitle: "文档结构",
  outlineRefresh: "刷新",
  outlineEmpty: "文档中还没有可识别的结构（一、二、三部分和（一）（二）方面）。",
  structureSoon: "插入完整框架、新增问题、重新编号和一键排版将在此处提供。",
  roles: { problems: "查摆问题", causes: "原因剖析", measures: "整改措施", other: "其他" } as Record<
    string,
    string
  >,
  counts: (p: number, c: number, m: number) => `问题 ${p} 个 · 原因 ${c} 条 · 措施 ${m} 条`,
  aspectsCount: (n: number) => `${n} 个方面`,
  goTo: "定位",

  runCheck: "开始检查",
  checking: "正在检查…",
  checkIntro: "提交前检查：结构是否完整、每个问题是否有原因和措施、编号和用词是否规范。",
  verdict: { pass: "可以提交", suggest: "建议修改", must: "需要修改" },
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  findingsCount: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
  noFindings: "没有发现问题。",
  emptyDocument: "文档是空的，或者还没有可识别的结构。可以先到“结构”页插入标准框架。",
  openStructure: "去插入框架",
  documentChanged: "文档已更改，请重新检查。",

  snippetsSoon: "短语库将在此处提供：按汉字、拼音或首字母查找，一键插入到光标处。",

  settingsRules: "检查规则",
  settingsRulesHint: "关闭的规则不再参与检查。设置保存在本机，仅对你自己生效。",
  settingsSaved: "已保存",
  categories: { structure: "结构", correspondence: "对应", wording: "用词", format: "格式" } as Record<
    string,
    string
  >,
};
