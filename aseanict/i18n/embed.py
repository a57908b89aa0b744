"""Strings of the embed snippet under each chart and of the chart-only embed page."""

STRINGS = {
    "embed.button": {"en": "Embed", "zh": "嵌入"},
    "embed.help": {
        "en": "Paste this into a web page to show the chart there, with its title, source and licence. It is served "
        "by this app: the page must be able to reach it (it works offline on a local network).",
        "zh": "将此代码粘贴到网页中即可在该网页上显示本图表，并保留标题、来源和许可。图表由本应用提供：网页须能访问本应用（在本地网络中可离线使用）。",
    },
    "embed.unknown_view": {
        "en": "This address names no chart that can be embedded: copy the snippet again from the chart's Embed button.",
        "zh": "此地址未指向可嵌入的图表：请从图表的“嵌入”按钮重新复制代码。",
    },
}
