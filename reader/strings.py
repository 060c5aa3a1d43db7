"""Interface strings outside the action registry, in English (the source text
of Qt's translations) with their Simplified Chinese (pure: no Qt).

``scripts/make_translations.py`` writes them with the registry's titles and help
lines into ``resources/i18n``; the window shows them through
``QCoreApplication.translate`` (:func:`reader.ui.i18n.tr`) under their group
(:class:`Tr`, Qt's "context").  ``%1``, ``%2`` … stand for values filled in
after translation.  A test checks that every ``tr(Tr.GROUP, "…")`` in
``reader/ui`` has its entry here.
"""

from __future__ import annotations

import enum


class Tr(enum.StrEnum):
    """The groups ("contexts", in Qt's words) the interface strings are
    translated in: one per part of the window (a misspelt one is a type error)."""

    ACTIONS = "actions"          # the registry's titles
    CATEGORIES = "categories"
    HELP = "help"                # the registry's help lines
    KEYS = "keys"
    PREFERENCES = "preferences"
    TRENDS = "trends"
    EXPORT = "export"
    WINDOW = "window"
    STATUS = "status"
    TASKS = "tasks"
    ERRORS = "errors"
    LISTS = "lists"
    TERMS = "terms"
    OVERLAY = "overlay"
    BARS = "bars"
    LIBRARY = "library"
    LEGEND = "legend"


STRINGS: dict[Tr, dict[str, str]] = {
    Tr.PREFERENCES: {
        "The keys are reset to the defaults": "按键已恢复默认",
        "Colours are written #rrggbb, separated by spaces": "颜色应写作 #rrggbb，以空格分开",
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
        "Simplified": "简体",
        "Traditional": "繁体",
        "Traditional (Taiwan)": "台湾正体",
        "Traditional (Hong Kong)": "香港繁体",
        "Text font": "正文字体",
        "Text size": "字号",
        "Line spacing": "行距",
        "Theme": "主题",
        "Default script": "默认字体",
        "Interface language": "界面语言",
        "Watch-list colours": "关注词颜色",
        "Action": "操作",
        "Keys": "按键",
        "Set keys": "设定按键",
        "Reset keys": "恢复默认按键",
        "Key message": "按键提示",
        "Now: %1": "现在：%1",
        "Type the keys first": "请先输入按键",
        "Refused: %1": "未设定：%1",
        "Set: %1": "已设定：%1",
    },
    Tr.TRENDS: {
        "%1: %2 article(s), %3 mention(s)": "%1：%2 篇，%3 次",
        "No mentions": "没有提及",
        "Trend chart": "趋势图",
        "Watch-list": "关注词",
        "Summary": "总计",
        "Counting…": "正在统计…",
        "“%1”: %2 article(s), %3 mention(s), %4 issue(s)": "“%1”：%2 篇，%3 次，%4 期",
        "Trend chart: %1": "趋势图：%1",
        "Trend": "趋势",
        "Term or query": "词或查询",
        "←/→ choose a date, Enter opens its articles, Esc closes":
            "←/→ 选择日期，Enter 打开这一天的文章，Esc 关闭",
    },
    Tr.EXPORT: {
        "Export": "导出",
        "What to export?": "导出什么？",
        "The article": "本篇文章",
        "The page": "本版全部文章",
        "The starred articles": "收藏的文章",
        "The search results": "搜索结果",
    },
    Tr.WINDOW: {
        "Recent": "最近打开",
        "Article": "正文",
        "find · search terms · key terms · watch-list": "查找 · 搜索词 · 关键词 · 关注词",
        "Articles": "文章列表",
        "Open pages": "打开的版面",
        "Script (t cycles)": "字体（t 切换）",
        "Find": "查找",
        "Search": "搜索",
        "Legend": "图例",
        "Highlighting": "高亮",
        "Text size": "字号",
        "Script": "字体",
        "Article: %1": "正文：%1",
        "Highlighting on": "高亮 开",
        "Highlighting off": "高亮 关",
        "%1 pt": "%1 pt",
        "Find %1": "查找 %1",
        "Search %1": "搜索 %1",
        "Add to the library": "加入资料库",
        "Add this folder to the library so it can be searched?":
            "把这个文件夹加入资料库，以后可以搜索？",
        "Page text (*.txt *.text)": "版面文本 (*.txt *.text)",
        "All files (*)": "所有文件 (*)",
        "Open folder": "打开文件夹",
        "Print": "打印",
        "(none)": "（无）",
    },
    Tr.STATUS: {
        "Opening %1 item(s)…": "正在打开 %1 项…",
        "Opened %1 page(s), %2 article(s)": "已打开 %1 版，%2 篇",
        "Indexing stopped": "已停止索引",
        "Nothing is being indexed": "没有正在进行的索引",
        "Added to the library (%1 item(s))": "已加入资料库（%1 项）",
        "This is the first article": "已是第一篇",
        "This is the last article": "已是最后一篇",
        "No page is open": "没有打开的版面",
        "This is the first page": "已是第一版",
        "This is the last page": "已是最后一版",
        "No unread articles left": "没有未读文章了",
        "On to the next page": "下一版",
        "No article": "没有文章",
        " (not saved: the library is unavailable)": "（资料库不可用，不会保存）",
        "Marked read": "已读",
        "Marked unread": "未读",
        "★ Starred": "★ 已收藏",
        "Unstarred": "已取消收藏",
        "The library is not open": "资料库尚未打开",
        "%1 starred": "收藏 %1 篇",
        "%1 starred article(s); Esc goes back": "收藏夹：%1 篇；Esc 返回",
        "Could not count: %1": "无法统计：%1",
        "%1　%2　%3 time(s)": "%1　%2　%3 次",
        "%1: %2 article(s)": "%1：%2 篇",
        "%1: %2 article(s); Esc goes back": "%1：%2 篇；Esc 返回",
        "Script: %1 (loading the converter…)": "字体：%1（正在加载转换…）",
        "Script: %1": "字体：%1",
        "%1 article(s)": "%1 篇",
        "“%1”: %2 article(s) match": "“%1”：%2 篇文章",
        "Nothing found": "没有结果",
        "Highlighting on": "高亮：开",
        "Highlighting off": "高亮：关",
        "“%1” is not in this article": "本篇没有“%1”",
        "No highlighted terms in this article": "本篇没有高亮的关键词",
        "Watching “%1”": "已关注“%1”",
        "No longer watching “%1”": "已取消关注“%1”",
        "Select text first, or type a term in the panel": "先选中文字或在面板中输入",
        "Preferences saved": "首选项已保存",
        "Copied as Markdown": "已复制为 Markdown",
        "Article copied": "已复制全文",
        "Exporting to %1…": "正在导出到 %1…",
        "Starred": "收藏",
        "No search results": "没有搜索结果",
        "Search: %1": "搜索：%1",
        "Exported %1 article(s) to %2": "已导出 %1 篇到 %2",
        "Settings not saved: %1": "无法保存设置：%1",
        "Press Ctrl+F to find": "先按 Ctrl+F 输入查找内容",
        "“%1” not found": "未找到“%1”",
        "Find wrapped to the top": "已回到开头继续查找",
        "Find wrapped to the bottom": "已回到末尾继续查找",
        "The term is empty": "空的关注词",
        "“%1” is already watched": "“%1”已在关注列表",
    },
    Tr.TASKS: {
        "opening pages": "打开版面",
        "restoring the last session": "恢复上次的阅读",
        "preparing the open pages for search": "准备搜索打开的版面",
        "converting pages to the script shown": "转换版面的字体",
        "finding key terms": "提取关键词",
        "searching": "搜索",
        "counting mentions": "统计提及次数",
        "exporting": "导出",
        "loading the script converters": "加载简繁转换",
        "loading the word segmenter": "加载分词",
        "opening the library": "打开资料库",
        "listing the library's pages": "列出资料库的版面",
        "looking up a folder in the library": "在资料库中查找文件夹",
        "saving read and star marks": "保存已读和收藏标记",
        "reading read and star marks": "读取已读和收藏标记",
        "listing the starred articles": "列出收藏的文章",
        "saving the settings": "保存设置",
    },
    Tr.ERRORS: {
        "Something went wrong while %1: %2": "%1时出错：%2",
        "“%1” failed: %2": "“%1”出错：%2",
        "The keys set were not valid; the default keys are used: %1":
            "设定的按键无效，使用默认按键：%1",
        "The library was damaged (%1); it was set aside as %2 and is being rebuilt":
            "资料库已损坏（%1），已另存为 %2，正在重建",
        "Export to %1 failed: %2": "无法导出到 %1：%2",
        "The library cannot be used (%1); search covers the open pages only":
            "资料库不可用（%1），只搜索打开的版面",
        "The library is damaged (%1); searching the open pages until it is rebuilt":
            "资料库已损坏（%1），重建之前只搜索打开的版面",
        "The library cannot be used": "资料库不可用",
        "Indexing failed (%1)": "索引失败（%1）",
        "it does not exist": "文件不存在",
        "it is a folder, not a page file": "这是文件夹，不是版面文件",
        "permission denied": "没有读取权限",
        "it is too large": "文件太大",
        "the system could not read it": "系统无法读取",
        "it is empty": "文件是空的",
        "it is not text": "不是文本文件",
        "its byte-order mark does not match its bytes": "字节顺序标记与内容不符",
        "its encoding is not one the reader knows": "编码无法识别",
        "No page files in the folder %1": "文件夹 %1 里没有版面文件",
        "Cannot open %1: %2": "无法打开 %1：%2",
        "Cannot read %1: %2": "无法读取 %1：%2",
        "The settings file was damaged (%1); defaults are used, the old file is kept as %2":
            "设置文件已损坏（%1），已恢复默认设置，旧文件另存为 %2",
        "The settings could not be read (%1); defaults are used":
            "无法读取设置（%1），使用默认设置",
        "Damaged preferences were reset to their defaults: %1": "首选项有损坏的值，已恢复默认：%1",
        "The preferences could not be read (%1); defaults are used":
            "无法读取首选项（%1），使用默认值",
    },
    Tr.KEYS: {
        " (list)": "（列表）",
        " (search field)": "（搜索框）",
        " (find field)": "（查找框）",
        " (article)": "（文章）",
        " (panel)": "（面板）",
        " (library panel)": "（资料库面板）",
        "Keys not understood: “%1”": "不认识的按键：“%1”",
        "“%1” is already %2; it cannot also be %3": "“%1”已用于%2，不能再用于%3",
        "“%1” (%2) starts “%3” (%4)": "“%1”（%2）是“%3”（%4）的开头",
    },
    Tr.LISTS: {
        "Headline supplied": "拟题",
        "Photo": "图片",
        "Continued": "待续",
        " (read)": "（已读）",
        "No date": "未注明日期",
        "%1 (%2 articles)": "%1（%2篇）",
        "%1 (%2 articles, %3 unread)": "%1（%2篇，未读%3）",
    },
    Tr.TERMS: {
        "Legend": "图例",
        "Key terms (Enter: next occurrence)": "本篇关键词（Enter 跳到下一处）",
        "Key terms of the article": "本篇关键词",
        "Watch-list": "关注词",
        "New watched term": "新关注词",
        "Type a term": "输入关注词",
        "Watch colour": "关注词颜色",
        "Colours": "颜色",
        "Add": "添加",
        "Add selection": "加入选中",
        "Remove": "删除",
    },
    Tr.OVERLAY: {
        "Keys": "键盘操作",
        "Esc, ? or F1 closes this list": "按 Esc、? 或 F1 关闭",
        "Key list": "快捷键",
    },
    Tr.BARS: {
        "Find:": "查找：",
        "Find in this article (any script)": "在本篇中查找（任何字体）",
        "Search:": "搜索：",
        "Search the library and the open pages (word word \"phrase\" -exclude)":
            "搜索资料库和打开的版面（词 词 \"短语\" -排除）",
        "Count": "结果数",
        "Close (Esc)": "关闭 (Esc)",
        "Close": "关闭",
        "Problems": "问题",
        "Dismiss problems": "关闭问题栏",
    },
    Tr.LIBRARY: {
        "Library": "资料库",
        "Library pages": "资料库版面",
        "Library — %1 pages, %2 articles": "资料库 — %1 版，%2 篇",
        "Library — opening…": "资料库 — 正在打开…",
        "The library is unavailable": "资料库不可用",
        "Starting…": "正在开始…",
        "%1 pages/s": "%1 页/s",
        "%1 s left": "剩 %1 s",
        "Indexing %1": "索引 %1",
        "Stop indexing (Ctrl+.)": "停止索引 (Ctrl+.)",
        "Stop indexing": "停止索引",
        "Indexing progress": "索引进度",
    },
    Tr.LEGEND: {
        "find": "查找",
        "current match": "当前",
        "search terms": "搜索词",
        "key terms": "关键词",
        "watch-list": "关注词",
    },
}
