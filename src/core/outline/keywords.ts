/** Word lists the outline reader uses to name parts and find the title, signature and aspect count. Data only. */

/** Checked in this order on a level-1 heading; the first that matches decides the part's role. */
export const PART_ROLE_PATTERNS: { role: "problems" | "causes" | "measures" | "other"; pattern: RegExp }[] = [
  // A negative example case is analysed, but it is not the writer's own causes.
  { role: "other", pattern: /案例|典型|警示/ },
  // Last year's rectification and background come before the problems.
  {
    role: "other",
    pattern: /基本情况|上年度|上一年度|去年|以往|前期|整改落实情况|整改情况|整改工作情况|落实情况|学习情况/,
  },
  { role: "causes", pattern: /原因|根源|根子|剖析|分析|症结/ },
  { role: "measures", pattern: /措施|整改|努力方向|打算|改进|今后|下一步|举措|方向|思路/ },
  { role: "problems", pattern: /问题|差距|不足|查摆|检视|对照|查找|表现|短板/ },
];

/** A level-2 heading in the problems part that names an aspect ("……方面", "……情况"). */
export const ASPECT_HEADING = /(方面|情况)(存在的(主要)?(问题|不足)|的(主要)?问题|问题|不足)?$/;

/** What an aspect's name drops at its end and start. */
export const ASPECT_NAME_TRIM = [
  /(方面|情况)?(存在的(主要)?(问题|不足)|的(主要)?问题|问题|不足)?$/,
  /^(在|关于|对照)/,
];

/** A first line ending like this is a title. */
export const TITLE_ENDING = /(材料|提纲|检查|剖析|发言|报告|汇报)$/;

/** A first line containing one of these, short and unpunctuated, is a title too. */
export const TITLE_WORDS = /对照检查|生活会|检视剖析|个人检视|党性分析/;

/** Sentences that open a report body rather than name it. */
export const OPENING_START = /^(按照|根据|依据|为|近期|本人|我|今年|本次|遵照)/;

/** Words before "N个方面" in the opening that announce the aspects checked. */
export const ASPECT_ANNOUNCE_CUE = /对照|围绕|聚焦|紧扣|结合|按照|重点|从|检视|查摆/;

/** Signature lines that name a body rather than a person. */
export const UNIT_SIGNATURE = /(班子|党支部|支部|党委|工委|党组|委员会|支委会|领导小组|总支)$/;

/** A unit and post written before the name ("……学院党委委员、副院长：罗某某", "……规划科科长 方晴"). */
export const POST_ENDING =
  /(长|书记|主任|委员|成员|主席|经理|干部|科员|职员|党员|代表|助理|秘书|专员|主管|会计|教师|医师|医生|护士|护师|民警|法官|检察官|工程师|技术员|辅导员|编辑|记者)$/;

/** …unless the words before the post start a sentence ("每季度向党支部书记 汇报"). */
export const NOT_A_POST = /^(每|将|要|把|向|由|按|对照|坚持|加强|做到|及时|主动)/;

/** A signature may carry one of these labels before the name. */
export const SIGNATURE_LABEL = /^(对照检查人|发言人|检查人|署名|签名|姓名)[：:]\s*/;

/** Short closing lines that are not names. */
export const NOT_A_NAME = /^(谢谢|谢谢大家|以上|此致|敬礼|完毕|汇报完毕|请批评指正)$/;

/**
 * A paragraph right under a part heading that leads into its entries instead of being one: it ends with a
 * colon, or it is one sentence opening like this and speaking of the rectification as a whole.
 */
export const TRANSITION_START =
  /^(下一步|今后|接下来|针对(上述|以上|这些|查摆)|对照(上述|以上|查摆)|为此|为了?(切实)?(抓好|做好|抓实|推动)|结合(上述|以上))/;
export const TRANSITION_WORDS =
  /以下|如下|几个方面|几点|逐项|逐条|(抓好|抓实|做好|推进|落实|认真)整改|整改到位/;

/** The closing pledge after the last entry ("我将以这次组织生活会为新的起点……"). */
export const CLOSING_PLEDGE = /以(这|此)次.{0,16}为(新的)?(契机|起点|新起点|动力)|恳请.{0,12}批评|批评指正/;

/** Words a heading line ends with: a line ending so is not the first half of a broken sentence. */
export const HEADING_ENDING = /(方面|情况|问题|剖析|分析|措施|方向|根源|不足|差距|材料|提纲|打算|整改)$/;
