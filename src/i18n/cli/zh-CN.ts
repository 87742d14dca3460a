import type { CliText } from "./en-US";

/** 命令行界面的中文文本，键与 en-US.ts 相同。 */
export const zhCN: CliText = {
  usage: `TierSheet：检查客户档案、客户分级与信用评估。

用法：
  tiersheet validate 文件 [--sheet 工作表] [--template enterprise|individual|transactions|模板.json]
                         [--as-of YYYY-MM-DD] [--json] [--lang zh-CN|en-US]
  tiersheet score 文件 [--sheet 工作表] [--template ...] [--settings 设置.json] [--as-of YYYY-MM-DD]
                      [--json] [--lang zh-CN|en-US]
                      [-o 输出.xlsx] [--force]
  tiersheet score 文件.csv|文件.parquet --engine duckdb [--settings ...] [--as-of ...]
                      [-o 输出.csv|输出.parquet] [--json] [--force]
  tiersheet refresh 文件.xlsx [--as-of YYYY-MM-DD] [--settings 设置.json] [--lang ...]
  tiersheet sample --kind enterprise|individual|transactions [--rows N] [--seed S] [--messy]
                   [--as-of YYYY-MM-DD] -o 文件.xlsx
  tiersheet sample --lesson pareto|rfm|lifecycle|credit|validation [--seed S] -o 文件.xlsx
  tiersheet fit clv 文件 [--sheet 工作表] [--period weeks|days] [--as-of YYYY-MM-DD] [--json]
                       [--lang zh-CN|en-US]
  tiersheet fit scorecard 文件 --target 结果列 [--sheet 工作表] [--holdout] [--json]
                          [-o 设置.json] [--force] [--lang zh-CN|en-US]
  tiersheet sql [--settings 设置.json] [--dialect duckdb|postgres] [--source 表名]
                [--as-of YYYY-MM-DD] [-o 文件.sql] [--force]
  tiersheet demo

退出码：0 无错误，1 有错误，2 无法读取输入。`,
  unknownCommand: (name) => `未知命令“${name}”。运行 "tiersheet --help" 查看可用命令。`,
  unknownOption: (name) => `未知选项 --${name}。`,
  optionNeedsValue: (name) => `选项 --${name} 需要一个值。`,
  missingFile: "请指定要读取的文件，例如：tiersheet validate customers.xlsx",
  asOfFromWorkbook: (iso) =>
    `基准日为 ${iso}，即本工作簿生成时的日期（如需其他日期，请用 --as-of）。`,
  badAsOf: (value) => `--as-of“${value}”不是日期，请写成 YYYY-MM-DD，例如 2026-11-01。`,
  badLang: (value) => `--lang“${value}”不是 TierSheet 支持的语言，请用 zh-CN 或 en-US。`,
  unknownTemplate: (value) =>
    `模板“${value}”既不是内置模板（enterprise、individual、transactions），也不是 .json 文件。`,
  templateFileUnreadable: (path, reason) => `无法读取模板文件 ${path}：${reason}`,
  templateInvalid: (path) => `模板文件 ${path} 不是有效的模板：`,
  noSheets: (file) => `${file} 中没有工作表。`,
  sheetNotFound: (file, sheet, names) =>
    `${file} 中没有名为“${sheet}”的工作表。现有工作表：${names}。`,
  summaryTitle: (file, sheet, template) => `${file} › ${sheet}（模板：${template}）`,
  headerAt: (row, rows) => `表头在第 ${row} 行；共 ${rows} 条记录。`,
  noHeader: "前 20 行中没有找到表头。",
  verdictValid: "没有错误。",
  verdictInvalid: "文件有错误。",
  counts: (errors, warnings, infos) => `${errors} 个错误，${warnings} 个警告，${infos} 条提示`,
  byCode: "按类型统计：",
  firstFindings: (shown, total) => `前 ${shown} 条（共 ${total} 条）：`,
  allFindings: "问题列表：",
  fixLabel: "建议修正",
  moreWithJson: "使用 --json 查看完整列表。",
  outputExists: (path) => `${path} 已存在；如需替换请加 --force。`,
  wrote: (path) => `已写入 ${path}`,
  wroteInjected: (path, count) => `已写入 ${path}（列出了 ${count} 处注入的问题）`,
  badNumber: (name, value) => `--${name}“${value}”不是整数。`,
  badKind: (value) => `--kind“${value}”不是样例类型，请用 enterprise、individual 或 transactions。`,
  needOutput: "请用 -o 文件.xlsx 指定输出文件。",
  settingsUnreadable: (path, reason) => `无法读取设置文件 ${path}：${reason}`,
  settingsInvalid: (path) => `设置文件 ${path} 无法使用，未进行评分：`,
  outputNotYet: "暂不支持写出评分工作簿（-o），请使用 --json 或摘要。",
  scoreTitle: (file, sheet, customers) => `${file} › ${sheet}：已评分 ${customers} 位客户`,
  validationLine: (errors, warnings) =>
    `数据检查：${errors} 个错误，${warnings} 个警告（运行 "tiersheet validate" 查看明细）。`,
  valueMeasureLine: (measure) => `价值口径：${measure}`,
  abcHeading: "ABC 分类（帕累托）：",
  abcLine: (tier, count, share) => `  ${tier} 类：${count} 位客户，占价值 ${share}`,
  pyramidHeading: "客户金字塔：",
  segmentsHeading: "RFM 客群：",
  lifecycleHeading: "客户状态：",
  churnLine: (count) => `流失预警：${count} 位客户需要联系`,
  churnLinePAlive: (count, below) => `流失预警（存活概率低于 ${below}）：${count} 位客户需要联系`,
  creditHeading: "信用等级：",
  warningsHeading: "提示：",
  badLesson: (value) =>
    `--lesson“${value}”不是课程，请用 pareto、rfm、lifecycle、credit 或 validation。`,
  outputIsInput: (path) =>
    `${path} 是输入文件，TierSheet 不会覆盖它。如需原地更新，请用 "tiersheet refresh"（会保留 .bak 备份）。`,
  refreshNeedsXlsx: (file) =>
    `${file} 不是 .xlsx 工作簿，refresh 只能原地更新工作簿。请先评分生成工作簿：tiersheet score ${file} -o 名称.xlsx`,
  refreshed: (file, backup) => `已刷新 ${file}；上一版本保存在 ${backup}`,
  fitUsage: (model) =>
    (model === null ? "请指定要拟合的模型。" : `“${model}”不是 TierSheet 可拟合的模型。`) +
    `\n用法：\n  tiersheet fit clv 文件 [--sheet 工作表] [--period weeks|days] [--as-of YYYY-MM-DD] [--json]\n  tiersheet fit scorecard 文件 --target 结果列 [--sheet 工作表] [--holdout] [--json] [-o 设置.json]`,
  badDialect: (value) =>
    `--dialect“${value}”不是 TierSheet 支持的 SQL 方言，请用 duckdb 或 postgres。`,
  sqlNotCompiled: "无法把模型编译为 SQL：",
  sqlTakesNoFile: (value) =>
    `"tiersheet sql" 不读取文件（“${value}”）：它编译的是设置，请用 --settings 设置.json 指定。`,
  engineUnknown: (value) =>
    `--engine“${value}”不是 TierSheet 的引擎，请用 typescript（默认）或 duckdb。`,
  duckdbInputKind: (file) =>
    `${file}：--engine duckdb 只读取 .csv 或 .parquet 文件；工作簿请用默认引擎评分。`,
  duckdbMissing: (file) => `${file} 不存在。`,
  duckdbOutputKind: (file) =>
    `${file}：使用 --engine duckdb 时，-o 只能写 .csv 或 .parquet（或用 --json）。`,
  duckdbNeedsOutput: "使用 --engine duckdb 时请指定结果去向：-o 文件.csv|文件.parquet，或 --json。",
  duckdbNoCustomerId: (file) => `${file} 没有客户编号列（按字段名、标题或别名）；无可评分的客户。`,
  duckdbFailed: (reason) => `DuckDB 无法为该文件评分：${reason}`,
  duckdbDone: (customers, seconds) => `DuckDB：${customers} 位客户评分完成，用时 ${seconds} 秒。`,
  internalError: (detail) =>
    `TierSheet 遇到内部错误，已停止且未写入任何内容：${detail}。请报告此问题。`,
};
