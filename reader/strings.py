"""Interface strings outside the action registry, in English (the source text
of Qt's translations) with their Simplified Chinese (pure: no Qt).

``scripts/make_translations.py`` writes them with the registry's titles into
``resources/i18n``; the window shows them through ``QCoreApplication.translate``
(:func:`reader.ui.i18n.tr`) under their context.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "preferences": {
        "Preferences": "首选项",
        "&Font:": "正文字体(&F)：",
        "Si&ze:": "字号(&Z)：",
        "&Line spacing:": "行距(&L)：",
        "T&heme:": "主题(&H)：",
        "&Script:": "默认字体(&S)：",
        "La&nguage:": "界面语言(&N)：",
        "&Watch colours:": "关注词颜色(&W)：",
        "&Keys:": "按键(&K)：",
        "&Set": "设定(&S)",
        "&Reset keys": "恢复默认按键(&R)",
        "Default": "默认",
        "System": "跟随系统",
        "Light": "浅色",
        "Dark": "深色",
        "As last time": "上次使用的",
    },
    "trends": {
        "Trend": "趋势",
        "Term or query": "词或查询",
        "←/→ choose a date, Enter opens its articles, Esc closes":
            "←/→ 选择日期，Enter 打开这一天的文章，Esc 关闭",
    },
    "export": {
        "Export": "导出",
        "What to export?": "导出什么？",
        "The article": "本篇文章",
        "The page": "本版全部文章",
        "The starred articles": "收藏的文章",
        "The search results": "搜索结果",
    },
    "window": {
        "Recent": "最近打开",
    },
}
