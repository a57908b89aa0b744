"""Strings of the Projections & forecasts page: what-if projections and forecasts vs what happened."""

STRINGS = {
    "nav.whatif": {"en": "Projections & forecasts", "zh": "预测与情景"},
    "whatif.title": {"en": "Projections and forecasts", "zh": "预测与情景分析"},
    "whatif.view": {"en": "View", "zh": "视图"},
    "whatif.view.whatif": {"en": "What-if projections", "zh": "情景推演"},
    "whatif.view.check": {"en": "Forecasts vs what happened", "zh": "预测与实际"},
    "whatif.intro": {
        "en": "Project any series with your own assumptions: a series, a base year and value (from the data, "
        "editable), a model and low/base/high rates. A what-if is arithmetic on assumptions, not a forecast.",
        "zh": "用您自己的假设推演任意序列：选择序列、基年和基数（取自数据，可修改）、模型以及低/基准/高三档增长率。"
        "情景推演只是基于假设的算术，而不是预测。",
    },
    "whatif.presets": {"en": "The report's forecasts in one click", "zh": "一键重现报告中的预测"},
    "whatif.preset.ie65": {
        "en": "{multiple}× by {year} (internet economy)",
        "zh": "{year} 年增长 {multiple} 倍（互联网经济）",
    },
    "whatif.preset.shop": {
        "en": "USD {base}B at {rate}% to {year} (online shopping)",
        "zh": "{base} 十亿美元、年增 {rate}% 至 {year} 年（网购）",
    },
    "whatif.preset.thbb": {
        "en": "Thailand {target}% by {year} (broadband)",
        "zh": "泰国 {year} 年宽带普及率 {target}%",
    },
    "whatif.preset.ie65.note": {
        "en": "The report: “{quote}”. It gives the multiple ({multiple}×) and the target ({target}) but no base. "
        "Its source measured six countries, not all of ASEAN; the base used here is the {base_year} value as "
        "published by the report's year: {base} ({edition}). {multiple}× in {n} years is {rate} a year, and "
        "{base} × {multiple} = {end}.",
        "zh": "报告原文：“{quote}”。报告给出了倍数（{multiple} 倍）和目标（{target}），但没有给出基数。其来源只测算了六国，"
        "而非整个东盟；此处采用报告当年已发布的 {base_year} 年数值：{base}（{edition}）。{n} 年增长 {multiple} 倍即每年 "
        "{rate}，{base} × {multiple} = {end}。",
    },
    "whatif.preset.shop.note": {
        "en": "The report: “{quote}”. The base, {base} in {base_year}, is the report's own. The history drawn is "
        "e-Conomy SEA's e-commerce GMV for six countries: a related but not identical measure to the report's "
        "'online shopping sales' of 'the ASEAN countries'. {n} years at {rate} a year.",
        "zh": "报告原文：“{quote}”。基数（{base_year} 年 {base}）由报告给出。图中的历史数据是 e-Conomy SEA 六国电子商务 "
        "GMV：与报告所说“东盟国家网购销售额”相关但不相同。{n} 年、每年 {rate}。",
    },
    "whatif.preset.thbb.note": {
        "en": "The report quotes GSMA: “{quote}”. This counts mobile plus fixed broadband subscriptions per 100 "
        "people (ITU's active mobile broadband plus the World Bank's fixed broadband), so it can exceed 100 (one "
        "person can hold several). {outcome} The report gives no starting value, so no growth rate can be implied; "
        "type a base year and value to see the rate it implies.",
        "zh": "报告引用 GSMA：“{quote}”。这一指标是每百人的移动与固定宽带用户数之和（国际电联活跃移动宽带加世界银行固定宽带），"
        "因此可以超过 100（一人可持有多个）。{outcome}报告没有给出起始值，因此无法推算增长率；请输入基年和基数，查看其隐含的增长率。",
    },
    "whatif.outcome_first": {
        "en": "Computed from the stored series: {value} per 100 in {year}, the first year with both parts ({verdict}); "
        "the stored copy of ITU's series has no value for Thailand before then, so the target year itself cannot be "
        "checked.",
        "zh": "根据所存序列计算：{year} 年为每百人 {value}，这是两部分均有数据的第一年（{verdict}）；所存国际电联序列副本在此之前"
        "没有泰国数据，因此无法核对目标年份本身。",
    },
    "whatif.outcome_above": {"en": "at or above the {target} target", "zh": "达到或超过 {target} 的目标"},
    "whatif.outcome_below": {"en": "below the {target} target", "zh": "低于 {target} 的目标"},
    "whatif.source": {"en": "Series", "zh": "序列"},
    "whatif.source.indicator": {"en": "Indicator, one country", "zh": "指标（单个国家）"},
    "whatif.source.group": {"en": "Indicator, country group (derived)", "zh": "指标（国家组，推算）"},
    "whatif.source.economy": {"en": "Internet economy", "zh": "互联网经济"},
    "whatif.source.none": {"en": "No series: type a base", "zh": "无序列：自行输入基数"},
    "whatif.indicator": {"en": "Indicator", "zh": "指标"},
    "whatif.entity": {"en": "Country", "zh": "国家"},
    "whatif.group": {"en": "Group", "zh": "国家组"},
    "whatif.econ": {"en": "Figure", "zh": "指标"},
    "whatif.base_year": {"en": "Base year", "zh": "基年"},
    "whatif.base_value": {"en": "Base value", "zh": "基数"},
    "whatif.target_year": {"en": "Project to", "zh": "推演至"},
    "whatif.model": {"en": "Model", "zh": "模型"},
    "whatif.model.constant": {"en": "Constant rate", "zh": "固定增长率"},
    "whatif.model.multiple": {"en": "Target multiple", "zh": "目标倍数"},
    "whatif.model.logistic": {"en": "Saturating (slows near a ceiling)", "zh": "饱和（接近上限时放缓）"},
    "whatif.multiple": {"en": "Multiple by the target year (×)", "zh": "至目标年份的倍数（×）"},
    "whatif.rate_low": {"en": "Low rate (% a year)", "zh": "低增长率（每年 %）"},
    "whatif.rate_base": {"en": "Base rate (% a year)", "zh": "基准增长率（每年 %）"},
    "whatif.rate_high": {"en": "High rate (% a year)", "zh": "高增长率（每年 %）"},
    "whatif.rate_from_multiple": {
        "en": "Target-multiple model: the base rate is the one implied by the multiple ({rate}).",
        "zh": "目标倍数模型：基准增长率由倍数推出（{rate}）。",
    },
    "whatif.target_value": {"en": "Target value (optional)", "zh": "目标值（可选）"},
    "whatif.logistic_plain": {
        "en": "grows by about {rate} a year while far below the ceiling of {ceiling}, slowing as it nears it, and "
        "reaches {end} in {year}",
        "zh": "在远低于上限 {ceiling} 时每年约增长 {rate}，越接近上限增长越慢，{year} 年达到 {end}",
    },
    "whatif.rate_help": {
        "en": "Growth in % a year. With the saturating model this is the growth while the value is still far below "
        "the ceiling; it slows as the value nears the ceiling, which it never passes.",
        "zh": "每年增长百分比。饱和模型中，这是数值远低于上限时的增长率；数值越接近上限增长越慢，且永不超过上限。",
    },
    "whatif.ceiling": {"en": "Ceiling", "zh": "上限"},
    "whatif.ceiling_help": {
        "en": "The level the saturating path approaches but never passes; 100 for a share of people.",
        "zh": "饱和路径趋近但永不超过的水平；人口占比为 100。",
    },
    "whatif.base_from_data": {"en": "Data value for {year}: {value}", "zh": "{year} 年数据值：{value}"},
    "whatif.base_preset": {
        "en": "Base {value} for {year} as published in {edition}; the latest edition in the data gives {data_value}.",
        "zh": "基数 {value}（{year} 年）取自 {edition}；数据中最新一期为 {data_value}。",
    },
    "whatif.base_not_in_data": {
        "en": "The data has no value for {year}: the base value is typed in, not read from the data.",
        "zh": "数据中没有 {year} 年的数值：基数为手工输入，并非取自数据。",
    },
    "whatif.base_edited": {
        "en": "Base value edited: the data says {data_value} for {year}.",
        "zh": "基数已修改：数据中 {year} 年为 {data_value}。",
    },
    "whatif.base_lower_bound": {
        "en": "The data value for the base year is a lower bound ('more than').",
        "zh": "基年的数据值是下限（“超过”）。",
    },
    "whatif.fixed_members": {
        "en": "The same {n} members in every year (the members of {year}), so that growth compares like with like.",
        "zh": "每年采用相同的 {n} 个成员国（{year} 年的成员），使增长的比较口径一致。",
    },
    "whatif.joined_later": {
        "en": "Left out: {names}, which joined later and has no data for every year.",
        "zh": "未计入：{names}（后来加入，且并非每年都有数据）。",
    },
    "whatif.derived_note": {
        "en": "Derived: {method} mean of the {group} members, only in years in which every member has data. "
        "Years left out: {years}.",
        "zh": "推算值：{group}成员的{method}平均，仅取所有成员都有数据的年份。未纳入的年份：{years}。",
    },
    "whatif.bound_note": {
        "en": "A bounded series (at most {bound}): constant-rate paths are held at the bound once they reach it; "
        "the saturating model approaches it smoothly.",
        "zh": "有上限的序列（最多 {bound}）：固定增长率路径触及上限后保持在上限；饱和模型则平滑地趋近上限。",
    },
    "whatif.err.above_bound": {
        "en": "The base value {value} is above this series' bound ({bound}).",
        "zh": "基数 {value} 超过了该序列的上限（{bound}）。",
    },
    "whatif.err.multiple": {
        "en": "The target-multiple model needs a multiple and a target year after the base year.",
        "zh": "目标倍数模型需要倍数，且目标年份须晚于基年。",
    },
    "whatif.err.ceiling": {
        "en": "The saturating model needs a ceiling for this series (it has no natural bound).",
        "zh": "该序列没有自然上限，饱和模型需要输入上限。",
    },
    "whatif.err.ceiling_below": {
        "en": "The ceiling {ceiling} is below the base value {value}.",
        "zh": "上限 {ceiling} 低于基数 {value}。",
    },
    "whatif.err.generic": {
        "en": "Cannot project with these settings: {details}",
        "zh": "无法按这些设置推演：{details}",
    },
    "whatif.need_base": {"en": "Enter a base year and value to project.", "zh": "请输入基年和基数以进行推演。"},
    "whatif.note.ceiling_lowered": {
        "en": "Ceiling {ceiling} lowered to the series' bound, {bound}.",
        "zh": "上限 {ceiling} 已降为该序列的上限 {bound}。",
    },
    "whatif.note.capped": {
        "en": "{scenario}: the constant-rate path reaches the bound in {year} and is held at {bound} from then on.",
        "zh": "{scenario}：固定增长率路径在 {year} 年触及上限，此后保持在 {bound}。",
    },
    "whatif.note.target_above_bound": {
        "en": "The target is above the series' bound ({bound}): it can never be reached.",
        "zh": "目标值高于该序列的上限（{bound}）：永远无法达到。",
    },
    "whatif.arith.title": {"en": "The arithmetic", "zh": "计算过程"},
    "whatif.arith.multiple": {
        "en": "rate = {m}^(1/{n}) − 1 = {rate} a year",
        "zh": "增长率 = {m}^(1/{n}) − 1 = 每年 {rate}",
    },
    "whatif.arith.capped": {"en": "held at {bound}", "zh": "保持在 {bound}"},
    "whatif.arith.implied": {
        "en": "Rate needed to reach {target}: ({target} / {base})^(1/{n}) − 1 = {rate} a year",
        "zh": "达到 {target} 所需增长率：({target} / {base})^(1/{n}) − 1 = 每年 {rate}",
    },
    "whatif.sc.low": {"en": "Low", "zh": "低"},
    "whatif.sc.base": {"en": "Base", "zh": "基准"},
    "whatif.sc.high": {"en": "High", "zh": "高"},
    "whatif.chart.band": {"en": "Low–high band", "zh": "低—高区间"},
    "whatif.chart.history": {"en": "Data", "zh": "数据"},
    "whatif.chart.base": {"en": "Base year value", "zh": "基年数值"},
    "whatif.chart.target": {"en": "Target", "zh": "目标"},
    "whatif.chart.bound": {"en": "Bound: {bound}", "zh": "上限：{bound}"},
    "whatif.chart.title": {
        "en": "{series}: data and what-if to {year}",
        "zh": "{series}：数据与至 {year} 年的情景推演",
    },
    "whatif.chart.caption": {
        "en": "Black: the data (a triangle is a lower bound). Blue dashed: the base scenario; shaded: between the "
        "low and high rates; star: the target. Arithmetic on your assumptions, not a forecast.",
        "zh": "黑线：数据（三角形表示下限）。蓝色虚线：基准情景；阴影：低与高增长率之间；星号：目标。这是基于您的假设的"
        "算术，而不是预测。",
    },
    "whatif.col.scenario": {"en": "Scenario", "zh": "情景"},
    "whatif.col.rate": {"en": "Rate a year", "zh": "年增长率"},
    "whatif.col.value": {"en": "{year} ({unit})", "zh": "{year} 年（{unit}）"},
    "whatif.col.reach": {"en": "Reaches {target} in", "zh": "达到 {target} 的年份"},
    "whatif.ceiling_placeholder": {"en": "the series' bound, {bound}", "zh": "序列上限 {bound}"},
    "whatif.reach.never": {"en": "never", "zh": "永不"},
    "whatif.fit.text": {
        "en": "Fitted to the data: {n} points, {first}–{last}, {rate} a year (R² {r2}).",
        "zh": "按数据拟合：{n} 个点，{first}–{last} 年，每年 {rate}（R² {r2}）。",
    },
    "whatif.fit.ignored": {"en": "Left out of the fit: {years}.", "zh": "未纳入拟合：{years}。"},
    "whatif.fit.none": {
        "en": "No rate can be fitted (fewer than two usable points).",
        "zh": "无法拟合增长率（可用数据点少于两个）。",
    },
    "whatif.fit.use": {"en": "Use the fitted rate", "zh": "使用拟合增长率"},
    "whatif.spread_note": {
        "en": "Low and high rates start at ±5 points around the base rate: an assumption, change them freely.",
        "zh": "低、高增长率初始为基准增长率 ±5 个百分点：这是假设，可自由修改。",
    },
    "whatif.no_history": {
        "en": "No observed series: the chart shows your base, the projection and the target only.",
        "zh": "没有观测序列：图中只显示您的基数、推演路径和目标。",
    },
    "fc.intro": {
        "en": "Every forecast in the store, from the CAICT report and from each e-Conomy SEA edition, against what "
        "the data later showed. Error = forecast ÷ actual − 1 (positive: the forecast was too high); for growth "
        "rates, the difference in percentage points. 'Target reached' compares the first year the data reached the "
        "forecast level with the target year; a gap in the data gives a range.",
        "zh": "数据库中的每一项预测（来自 CAICT 报告和 e-Conomy SEA 各期）与数据后来显示的实际情况对比。误差 = 预测 ÷ 实际 − 1"
        "（正值表示预测偏高）；增长率预测则为百分点之差。“达到目标”比较数据首次达到预测水平的年份与目标年份；数据缺口会给出一个区间。",
    },
    "fc.bounds_note": {
        "en": "A '>' actual is a lower bound (the source said 'more than'), so its error is a bound too, shown "
        "with ≤ or ≥. Hatched bars are bounds.",
        "zh": "带“>”的实际值是下限（来源称“超过”），因此其误差也是界限值，用 ≤ 或 ≥ 表示。带斜线的柱为界限值。",
    },
    "fc.summary": {
        "en": "{n} forecasts: {n_checked} have an actual value for their target year, {n_reached} reached their "
        "level in the data, {n_none} have no outcome in the data.",
        "zh": "共 {n} 项预测：{n_checked} 项有目标年份的实际值，{n_reached} 项在数据中已达到预测水平，{n_none} 项在数据中没有对应结果。",
    },
    "fc.chart.title": {
        "en": "Forecast error, where the data has a value for the target year",
        "zh": "预测误差（数据中有目标年份数值的预测）",
    },
    "fc.chart.x": {"en": "Forecast ÷ actual − 1", "zh": "预测 ÷ 实际 − 1"},
    "fc.col.forecast_by": {"en": "Forecast by", "zh": "预测来源"},
    "fc.col.figure": {"en": "Figure", "zh": "指标"},
    "fc.col.forecast": {"en": "Forecast", "zh": "预测"},
    "fc.col.actual": {"en": "Actual", "zh": "实际"},
    "fc.col.error": {"en": "Error", "zh": "误差"},
    "fc.col.years": {"en": "Target reached", "zh": "达到目标"},
    "fc.col.status": {"en": "Status", "zh": "状态"},
    "fc.col.caveats": {"en": "Read with care", "zh": "注意"},
    "fc.col.quote": {"en": "Quote", "zh": "原文"},
    "fc.col.note": {"en": "Note (data)", "zh": "数据说明"},
    "fc.status.checked": {"en": "checked", "zh": "已核对"},
    "fc.status.reached_only": {
        "en": "no value for the target year; level reached",
        "zh": "无目标年份数值；已达到预测水平",
    },
    "fc.status.no_actual": {"en": "no value for the target year in the data", "zh": "数据中没有目标年份的数值"},
    "fc.status.not_due": {"en": "target year after the data", "zh": "目标年份晚于数据"},
    "fc.status.no_outcome": {"en": "no outcome in the data", "zh": "数据中没有对应结果"},
    "fc.status.no_target_year": {"en": "no target year stated", "zh": "未给出目标年份"},
    "fc.status.no_base": {
        "en": "no base in the data to turn the rate into a level",
        "zh": "数据中没有基数，无法把增长率换算为水平值",
    },
    "fc.years.early": {"en": "{n} yr early", "zh": "提前 {n} 年"},
    "fc.years.late": {"en": "{n} yr late", "zh": "推迟 {n} 年"},
    "fc.years.on_time": {"en": "on time", "zh": "按时"},
    "fc.years.by": {"en": "{n} yr early or more", "zh": "至少提前 {n} 年"},
    "fc.years.early_range": {"en": "{lo}–{hi} yr early", "zh": "提前 {lo}–{hi} 年"},
    "fc.years.late_range": {"en": "{lo}–{hi} yr late", "zh": "推迟 {lo}–{hi} 年"},
    "fc.years.around": {"en": "{early} yr early to {late} yr late", "zh": "提前 {early} 年至推迟 {late} 年之间"},
    "fc.years.not_due": {"en": "{year} is after the data", "zh": "{year} 年晚于数据"},
    "fc.years.bound": {"en": "undetermined (lower-bound data)", "zh": "无法确定（数据为下限值）"},
    "fc.years.no_data": {"en": "no data", "zh": "无数据"},
    "fc.years.data_end": {"en": "unknown: data end in {last}", "zh": "未知：数据止于 {last} 年"},
    "fc.years.late_at_least": {
        "en": "{n}+ yr late (not reached by {last})",
        "zh": "至少推迟 {n} 年（至 {last} 年仍未达到）",
    },
    "fc.caveat.scope": {
        "en": "Scope differs: the forecast's area is not the data's (the report's 'ASEAN' vs e-Conomy SEA's six).",
        "zh": "范围不同：预测的地区与数据不同（报告的“东盟”与 e-Conomy SEA 的六国）。",
    },
    "fc.caveat.bound_actual": {
        "en": "Actual is a lower bound, so the error is a bound.",
        "zh": "实际值为下限，误差因此是界限值。",
    },
    "fc.caveat.bound_forecast": {
        "en": "The forecast itself was a bound ('more than').",
        "zh": "预测本身是界限值（“超过”）。",
    },
    "fc.caveat.approx": {"en": "An approximate figure ('about') decides it.", "zh": "判断依赖一个近似值（“约”）。"},
    "fc.caveat.restated": {"en": "Editions disagree on the base year's value.", "zh": "各期对基年数值的说法不一。"},
    "fc.caveat.base_from_data": {
        "en": "No base stated; the data's value as published by the forecast's year is used.",
        "zh": "未给出基数；采用预测当年已发布的数据值。",
    },
    "fc.entity.SEA6": {"en": "6 countries (e-Conomy SEA)", "zh": "六国（e-Conomy SEA）"},
    "fc.entity.ASEAN": {"en": "'ASEAN' (as the report says)", "zh": "“东盟”（报告原话）"},
    "fc.entity.SEA": {"en": "Southeast Asia (eMarketer)", "zh": "东南亚（eMarketer）"},
    "fc.entity.CHN+ASEAN": {"en": "China + ASEAN", "zh": "中国 + 东盟"},
    "fc.ind.GMV": {"en": "Internet economy GMV", "zh": "互联网经济 GMV"},
    "fc.ind.GMV_ECOM": {"en": "E-commerce GMV", "zh": "电子商务 GMV"},
    "fc.ind.GMV_PCT_GDP": {"en": "GMV as % of GDP", "zh": "GMV 占 GDP 比例"},
    "fc.ind.GMV_TRANSPORT": {"en": "Transport & food delivery GMV", "zh": "出行与外卖 GMV"},
    "fc.ind.BB_PENETRATION_MOBILE_FIXED": {
        "en": "Mobile + fixed broadband subscriptions per 100",
        "zh": "每百人移动与固定宽带用户数",
    },
    "fc.ind.RURAL_BB_COVERAGE": {"en": "Rural high-speed broadband coverage (%)", "zh": "农村高速宽带覆盖率（%）"},
    "fc.ind.CROSS_BORDER_ECOM_CNY_TN": {
        "en": "Cross-border e-commerce (CNY trillion)",
        "zh": "跨境电子商务交易额（万亿元）",
    },
    "fc.ind.CROSS_BORDER_ECOM_SHARE_TRADE": {
        "en": "Cross-border e-commerce share of foreign trade (%)",
        "zh": "跨境电商占外贸比重（%）",
    },
    "fc.ind.TRADE_USD_TN": {"en": "China–ASEAN trade (USD trillion)", "zh": "中国—东盟贸易额（万亿美元）"},
    "fc.ind.INVESTMENT_USD_BN": {"en": "Bilateral investment (USD billion)", "zh": "双向投资（十亿美元）"},
    "fc.ind.ECONOMY_WORLD_RANK": {"en": "World rank of the economy", "zh": "经济规模世界排名"},
    "fc.ind.SMART_CITIES": {"en": "Smart cities", "zh": "智慧城市数量"},
    "fc.ind.DIGITAL_CITIES": {"en": "Digital cities", "zh": "数字城市数量"},
    "fc.ind.ONLINE_GAMES_CAGR": {"en": "Online-game industry CAGR", "zh": "网络游戏产业年均复合增长率"},
}
