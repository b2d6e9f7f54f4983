/** Usage texts for `duizhao --help` and `duizhao help <command>`. */
export const MAIN_HELP = `duizhao —— 对照检查材料助手（命令行）

用法：
  duizhao check [--json] 文件…     检查 .docx 或 .txt 格式的对照检查材料
  duizhao check --compare 上年度材料 文件   与上年度材料对比（照搬的条目、未交代的上年度措施）
  duizhao list 文件 [--format csv|md]  输出整改清单（问题、原因、措施、时限、责任人）
  duizhao help [命令]               显示帮助
  duizhao --version                 显示版本

示例：
  duizhao check 张三对照检查材料.docx
  duizhao check 支部材料/*.docx      逐份检查并输出汇总表和相似段落
  duizhao check --compare 2024年度材料.docx 2025年度材料.docx
  duizhao check --json 材料.txt > 结果.json

退出码：0 没有错误；1 发现错误；2 有文件无法检查或参数有误。
所有检查都在本机完成，不会上传任何内容。`;

export const CHECK_HELP = `用法：duizhao check [选项] 文件…

逐份检查对照检查材料（.docx 或 .txt），列出结构（标题、问题/原因/措施三部分、对照方面、署名日期）
和发现的问题（第N段、级别、规则、说明）；检查多份时最后输出汇总表和结论：
  可以提交 —— 没有错误和警告；建议修改 —— 只有警告；需要修改 —— 有错误。
检查多份时还列出相似段落：不同材料之间几乎相同的条目或段落（相同文字占较短一段的七成以上）。

选项：
  --json        按约定的 JSON 格式输出（一份文件输出一个对象，多份输出数组；段落序号从 0 开始）
  --compare 上年度材料
                与上年度材料对比：本年度照搬上年度的问题、原因、措施（copied-from-last-year），
                上年度措施在“上年度整改落实情况”中没有交代的（prior-measures-unreported）
  --no-color    不使用颜色（也可设置环境变量 NO_COLOR）
  -h, --help    显示本帮助

支持的文件：.docx（Word 2007 及以后）、.txt（UTF-8、GBK/GB18030、UTF-16）。
.doc、.wps 等旧格式请先在 Word/WPS 中另存为 .docx。
退出码：0 没有错误；1 至少一份有错误；2 至少一份无法检查（原因写在标准错误输出中），其余文件照常检查。`;

export const LIST_HELP = `用法：duizhao list 文件 [--format csv|md]

根据材料中的问题及其对应的原因和整改措施，输出整改清单：序号、存在问题、原因、整改措施、
整改时限（从措施中读出，如“年底前”“2026年6月底前”，只写频次的记为“长期坚持”）、责任人（署名）、完成情况。

选项：
  --format md    Markdown 表格（默认）
  --format csv   CSV 表格（UTF-8 带 BOM，可直接用 Excel 打开）
  -h, --help     显示本帮助

示例：
  duizhao list 张三对照检查材料.docx --format csv > 整改清单.csv

退出码：0 已输出清单；2 文件无法读取、没有可列入清单的问题或参数有误。`;
