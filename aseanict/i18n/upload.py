"""Strings of the upload check (core/upload.py): why a user's file or one of its lines is refused.

Values from the file are parameters; the page shows each message through core.plain_text.plain.
"""

STRINGS = {
    "upload.too_large": {
        "en": "The file is {size} MB; the limit is {limit} MB.",
        "zh": "文件大小为 {size} MB，上限为 {limit} MB。",
    },
    "upload.empty": {"en": "The file is empty.", "zh": "文件为空。"},
    "upload.not_zip": {
        "en": "The file is not an Excel workbook (.xlsx): it is not a valid zip archive.",
        "zh": "文件不是 Excel 工作簿（.xlsx）：它不是有效的 zip 文件。",
    },
    "upload.unpacked_too_large": {
        "en": "The workbook unpacks to {size} MB; the limit is {limit} MB. Save the data as CSV, or split it.",
        "zh": "工作簿展开后为 {size} MB，上限为 {limit} MB。请将数据另存为 CSV，或拆分文件。",
    },
    "upload.duplicate_columns": {
        "en": "Column(s) {columns} appear more than once (names are read without case or spaces): keep one of each.",
        "zh": "列 {columns} 出现了不止一次（列名不区分大小写和空格）：每列只保留一个。",
    },
    "upload.too_many_rows": {
        "en": "More than {limit} rows; the limit is {limit}.",
        "zh": "超过 {limit} 行；上限为 {limit} 行。",
    },
    "upload.line_too_long": {
        "en": "Line {line} has {n} values; the header names {columns} columns.",
        "zh": "第 {line} 行有 {n} 个值，而标题行只有 {columns} 列。",
    },
    "upload.not_utf8": {
        "en": "The file is not UTF-8 text. Save it as CSV (UTF-8) or Excel (.xlsx).",
        "zh": "文件不是 UTF-8 文本。请另存为 CSV（UTF-8）或 Excel（.xlsx）。",
    },
    "upload.unreadable": {
        "en": "The file could not be read as a table ({error}).",
        "zh": "无法将文件读取为表格（解析器的报告：“{error}”）。",
    },
    "upload.missing_columns": {
        "en": "Missing column(s): {missing}. Expected: {expected} (and optionally source).",
        "zh": "缺少列：{missing}。应有的列：{expected}（source 列可选）。",
    },
    "upload.no_rows": {"en": "The file has a header but no rows.", "zh": "文件只有标题行，没有数据行。"},
    "upload.default_source": {"en": "your upload", "zh": "您上传的数据"},
    "upload.line": {"en": "line {line}: {problems}", "zh": "第 {line} 行：{problems}"},
    "upload.problems_separator": {"en": "; ", "zh": "；"},
    "upload.names_separator": {"en": ", ", "zh": "、"},
    "upload.unknown_country": {
        "en": "unknown country '{country}' (use ISO3 codes such as CHN, IDN)",
        "zh": "未知国家“{country}”（请使用 ISO3 代码，如 CHN、IDN）",
    },
    "upload.unknown_indicator": {
        "en": "unknown indicator '{indicator}' (see Data & sources for the codes)",
        "zh": "未知指标“{indicator}”（指标代码见“数据与来源”页）",
    },
    "upload.year_not_whole": {
        "en": "year '{year}' is not a whole number (digits 0-9)",
        "zh": "年份“{year}”不是整数（只能使用数字 0-9）",
    },
    "upload.year_out_of_range": {
        "en": "year {year} outside {first}–{last}",
        "zh": "年份 {year} 不在 {first}–{last} 之间",
    },
    "upload.value_not_number": {
        "en": "value '{value}' is not a number (digits 0-9, a point, no separators)",
        "zh": "数值“{value}”不是数字（只能使用数字 0-9 和小数点，不含其他符号）",
    },
    "upload.value_too_large": {
        "en": "value {value} is larger than any indicator's ({limit})",
        "zh": "数值 {value} 大于任何指标可能的数值（{limit}）",
    },
    "upload.value_out_of_range": {
        "en": "value {value} is outside the valid range of {indicator} ({valid})",
        "zh": "数值 {value} 超出该指标（{indicator}）的有效范围：{valid}",
    },
    "upload.range_at_least": {"en": "at least {low}", "zh": "不小于 {low}"},
    "upload.range_at_most": {"en": "at most {high}", "zh": "不大于 {high}"},
    "upload.duplicate_rows": {
        "en": "duplicate rows for {country} {indicator} {year}: keep one value per country, indicator, year",
        "zh": "重复的行（{country}、{indicator}、{year}）：每个国家、指标和年份只保留一个数值",
    },
    "upload.more_problems": {"en": "… and {n} more problems", "zh": "……另有 {n} 个问题"},
}
