"""Strings shared by the maps of every page: the worldview setting, the no-data key, the extra areas' names."""

STRINGS = {
    "maps.worldview": {"en": "Map worldview", "zh": "地图视图"},
    "maps.worldview.natural_earth": {"en": "Natural Earth default", "zh": "Natural Earth 默认"},
    "maps.worldview.china_official": {"en": "China's official view", "zh": "中国官方视图"},
    "maps.worldview_help": {
        "en": "Natural Earth default: Taiwan, Hong Kong and Macao drawn as separate areas (no data of their own "
        "here). China's official view: the three drawn as part of China and shaded with China's value. The choice "
        "is named in the credit line of every map and its exports.",
        "zh": "Natural Earth 默认：台湾、香港、澳门单独绘制（本应用无其数据）。中国官方视图：三者作为中国的一部分绘制，"
        "按中国的数值着色。所选视图写在每张地图及其导出文件的来源行中。",
    },
    "maps.credit.natural_earth": {
        "en": "Map: Natural Earth 1:50m, default worldview (Taiwan, Hong Kong, Macao drawn apart)",
        "zh": "地图：Natural Earth 1:50m，默认视图（台湾、香港、澳门单独绘制）",
    },
    "maps.credit.china_official": {
        "en": "Map: Natural Earth 1:50m, China's official view (Taiwan, Hong Kong, Macao part of China)",
        "zh": "地图：Natural Earth 1:50m，中国官方视图（台湾、香港、澳门为中国的一部分）",
    },
    "maps.no_data": {"en": "No data", "zh": "无数据"},
    "maps.not_selected": {"en": "Not selected", "zh": "未选择"},
    "maps.area.TWN": {"en": "Taiwan", "zh": "台湾"},
    "maps.area.HKG": {"en": "Hong Kong", "zh": "香港"},
    "maps.area.MAC": {"en": "Macao", "zh": "澳门"},
    "maps.scale.fixed": {
        "en": "Colours: one scale for every year, {lo}–{hi} (the indicator's full range).",
        "zh": "颜色：各年份使用同一色标，{lo}–{hi}（指标的完整取值范围）。",
    },
    "maps.scale.observed": {
        "en": "Colours: one scale for every year, from the lowest to the highest value of any year shown "
        "({lo}–{hi}), so one colour means one value.",
        "zh": "颜色：各年份使用同一色标，从所示任一年份的最低值到最高值（{lo}–{hi}），同一颜色始终代表同一数值。",
    },
    "maps.play_hint": {
        "en": "▶ plays the years in the browser; drag the slider under the map to pick one. Singapore, Brunei and "
        "other small areas carry a ringed dot in their colour.",
        "zh": "▶ 在浏览器中逐年播放；拖动地图下方的滑块选择年份。新加坡、文莱等面积很小的地区以带边框的圆点标出，颜色与其数值一致。",
    },
}
