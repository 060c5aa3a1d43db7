"""Every user action of the reader, in one registry (pure: no Qt).

The key dispatcher, the menus, the ``?`` overlay, the command modules
(``reader/ui/commands/``, one per :class:`Category`) and the tests are all
built from :data:`ACTIONS`.  A binding names its keys the way a person reads
them (``j``, ``G`` = Shift+G, ``g g`` = g then g, ``Ctrl+Shift+O``,
``Shift+F3``; a sequence may be any length) and the :class:`Context` in which
they fire; which contexts are live depends on the window's focus :class:`Mode`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace


class Context(enum.StrEnum):
    """Where a binding fires."""

    GLOBAL = "global"      # anywhere in the window, also while typing in a text field
    WINDOW = "window"      # anywhere in the window except a text field
    LIST = "list"          # the article list has the focus
    ARTICLE = "article"    # the reading pane has the focus
    SEARCH = "search"      # the search field has the focus
    FIND = "find"          # the find field has the focus
    OVERLAY = "overlay"    # the key list is shown
    PANEL = "panel"        # the key-terms and watch-list panel has the focus
    LIBRARY = "library"    # the library panel has the focus (its list's keys move in it)


class Mode(enum.StrEnum):
    """Where the window's focus is: decides which contexts are live."""

    LIST = "list"
    ARTICLE = "article"
    OTHER = "other"
    SEARCH = "search"
    FIND = "find"
    TEXT = "text"          # any other text field: only global keys
    OVERLAY = "overlay"
    PANEL = "panel"
    LIBRARY = "library"


#: Contexts that are live in each focus mode of the window.
MODES: dict[Mode, frozenset[Context]] = {
    Mode.LIST: frozenset({Context.GLOBAL, Context.WINDOW, Context.LIST}),
    Mode.ARTICLE: frozenset({Context.GLOBAL, Context.WINDOW, Context.ARTICLE}),
    Mode.OTHER: frozenset({Context.GLOBAL, Context.WINDOW}),
    Mode.SEARCH: frozenset({Context.GLOBAL, Context.SEARCH}),
    Mode.FIND: frozenset({Context.GLOBAL, Context.FIND}),
    Mode.TEXT: frozenset({Context.GLOBAL}),
    Mode.OVERLAY: frozenset({Context.GLOBAL, Context.OVERLAY}),
    Mode.PANEL: frozenset({Context.GLOBAL, Context.PANEL}),
    Mode.LIBRARY: frozenset({Context.GLOBAL, Context.LIBRARY}),
}


class Category(enum.StrEnum):
    """How actions are grouped: one menu, one part of the overlay, one module of
    commands each."""

    ARTICLES = "articles"
    PAGES = "pages"
    FIND = "find"
    SEARCH = "search"
    TEXT = "text"
    TERMS = "terms"
    LIBRARY = "library"
    FILES = "files"
    APP = "app"


CATEGORIES: dict[Category, tuple[str, str]] = {
    Category.ARTICLES: ("文章", "Articles"),
    Category.PAGES: ("版面", "Pages"),
    Category.FIND: ("查找", "Find"),
    Category.SEARCH: ("搜索", "Search"),
    Category.TEXT: ("文字", "Text"),
    Category.TERMS: ("关键词", "Key terms"),
    Category.LIBRARY: ("资料库", "Library"),
    Category.FILES: ("文件", "Files"),
    Category.APP: ("应用", "Application"),
}


@dataclass(frozen=True, slots=True)
class Binding:
    keys: str
    context: Context = Context.WINDOW


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    title_zh: str
    title_en: str
    help: str
    category: Category
    bindings: tuple[Binding, ...] = ()

    @property
    def key_text(self) -> str:
        """The keys as the menus and the overlay show them: ``j, ↓ (list)``."""
        return self.keys_shown(lambda note: note)

    def keys_shown(self, note: Callable[[str], str]) -> str:
        """:attr:`key_text` with each context note passed through *note* (a
        translation)."""
        out: list[str] = []
        for b in self.bindings:
            text = display_keys(b.keys)
            if b.context in CONTEXT_NOTES:
                text += note(CONTEXT_NOTES[b.context])
            if text not in out:
                out.append(text)
        return ", ".join(out)


def _b(*specs: str, context: Context = Context.WINDOW) -> tuple[Binding, ...]:
    return tuple(Binding(s, context) for s in specs)


ACTIONS: tuple[Action, ...] = (
    Action("article.next", "下一篇", "Next article", "Move to the next article in the list",
           Category.ARTICLES, _b("j") + _b("Down", context=Context.LIST)),
    Action("article.prev", "上一篇", "Previous article",
           "Move to the previous article in the list",
           Category.ARTICLES, _b("k") + _b("Up", context=Context.LIST)),
    Action("article.first", "第一篇", "First article", "Jump to the first article",
           Category.ARTICLES, _b("g g") + _b("Home", context=Context.LIST)),
    Action("article.last", "最后一篇", "Last article", "Jump to the last article",
           Category.ARTICLES, _b("G") + _b("End", context=Context.LIST)),
    Action("article.page_down", "向下翻页", "Page down",
           "Scroll the article one screen down; at its end, go to the next unread article",
           Category.ARTICLES, _b("Space")),
    Action("article.page_up", "向上翻页", "Page up", "Scroll the article one screen up",
           Category.ARTICLES, _b("Shift+Space")),
    Action("article.read", "阅读本篇", "Read article",
           "Move the focus from the list into the article", Category.ARTICLES,
           _b("Return", "Enter", context=Context.LIST)),
    Action("focus.toggle", "切换焦点", "Switch focus",
           "Move the focus between the list and the article", Category.ARTICLES,
           _b("Tab", "Shift+Tab")),
    Action("article.toggle_read", "已读/未读", "Read / unread",
           "Mark the article read or unread (an article shown a moment counts as read)",
           Category.ARTICLES, _b("u")),
    Action("article.star", "收藏", "Star article", "Star the article, or unstar it",
           Category.ARTICLES, _b("s")),
    Action("starred.show", "收藏夹", "Starred articles",
           "List the starred articles of the library; Enter opens one, Esc goes back",
           Category.ARTICLES, _b("S")),
    Action("trends.show", "趋势", "Trend",
           "Chart how often the query searched (or a watched term) is mentioned, issue by "
           "issue, across the library; ←/→ choose a date, Enter opens its articles",
           Category.LIBRARY, _b("T")),
    Action("page.prev", "上一版", "Previous page", "Show the previous open page (file)",
           Category.PAGES, _b("[")),
    Action("page.next", "下一版", "Next page", "Show the next open page (file)",
           Category.PAGES, _b("]")),
    Action("find.start", "文内查找", "Find in article",
           "Find in the article: every match highlighted, the count shown", Category.FIND,
           _b("Ctrl+F", context=Context.GLOBAL)),
    Action("find.next", "下一处", "Next match", "Go to the next match (wraps around)",
           Category.FIND, _b("n") + _b("F3", context=Context.GLOBAL)
           + _b("Return", "Enter", context=Context.FIND)),
    Action("find.prev", "上一处", "Previous match", "Go to the previous match (wraps around)",
           Category.FIND, _b("N") + _b("Shift+F3", context=Context.GLOBAL)
           + _b("Shift+Return", "Shift+Enter", context=Context.FIND)),
    Action("search.start", "搜索", "Search the library",
           "Search the library and the open pages; the hits replace the list as you type "
           "(open pages only when the library is unavailable)", Category.SEARCH, _b("/")),
    Action("search.open_first", "打开第一条", "Open first hit",
           "Open the first hit, scrolled to its first match", Category.SEARCH,
           _b("Return", "Enter", context=Context.SEARCH)),
    Action("search.to_list", "转到结果", "Go to hits", "Move from the search field into the hits",
           Category.SEARCH, _b("Down", context=Context.SEARCH)),
    Action("script.cycle", "切换字体", "Cycle script",
           "简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体", Category.TEXT, _b("t")),
    Action("text.copy", "复制文章", "Copy article",
           "Copy the article as plain text, in the script shown", Category.TEXT, _b("y")),
    Action("text.copy_markdown", "复制为 Markdown", "Copy as Markdown",
           "Copy the article as Markdown, in the script shown", Category.TEXT, _b("Y")),
    Action("text.larger", "放大", "Larger text", "Make the text larger", Category.TEXT,
           _b("+", "=")),
    Action("text.smaller", "缩小", "Smaller text", "Make the text smaller", Category.TEXT, _b("-")),
    Action("text.reset", "默认大小", "Default text size", "Return to the default text size",
           Category.TEXT, _b("0")),
    Action("highlight.toggle", "关键词高亮", "Highlighting on/off",
           "Show or hide the highlighting of query terms, key terms and the watch-list",
           Category.TERMS, _b("h")),
    Action("terms.panel", "关键词面板", "Key terms panel",
           "Show the article's key terms and the watch-list, and move into them", Category.TERMS,
           _b("w")),
    Action("terms.next", "下一个关键词", "Next key-term occurrence",
           "Jump to the next occurrence of any key term or watched term", Category.TERMS, _b("m")),
    Action("watch.add_selection", "加入关注", "Watch selection",
           "Add the selected text (or the current find text) to the watch-list", Category.TERMS,
           _b("a")),
    Action("watch.remove", "取消关注", "Remove watched term",
           "Remove the watched term selected in the panel", Category.TERMS,
           _b("Delete", context=Context.PANEL)),
    Action("library.panel", "资料库面板", "Library panel",
           "Show the pages in the library, by date (else by folder), and move into them; "
           "Enter opens a page", Category.LIBRARY, _b("l") + _b("l", context=Context.LIBRARY)),
    Action("library.open_page", "打开版面", "Open page",
           "Open the page chosen in the library panel", Category.LIBRARY,
           _b("Return", "Enter", context=Context.LIBRARY)),
    Action("library.cancel_index", "停止索引", "Stop indexing",
           "Stop adding pages to the library (what is done stays done)", Category.LIBRARY,
           _b("Ctrl+.", context=Context.GLOBAL)),
    Action("file.open", "打开文件", "Open files", "Open one or more page files", Category.FILES,
           _b("Ctrl+O", context=Context.GLOBAL)),
    Action("folder.open", "打开文件夹", "Open folder", "Open every page in a folder",
           Category.FILES, _b("Ctrl+Shift+O", context=Context.GLOBAL)),
    Action("file.recent", "最近打开", "Recent files", "Choose from the recently opened pages",
           Category.FILES, _b("Ctrl+R", context=Context.GLOBAL)),
    Action("file.export", "导出", "Export",
           "Save the article, the page, the starred articles or the search results "
           "as Markdown, JSON, CSV or PDF, in the script shown", Category.FILES,
           _b("Ctrl+E", context=Context.GLOBAL)),
    Action("file.print", "打印", "Print",
           "Print the article (or save it as PDF from the print dialog)", Category.FILES,
           _b("Ctrl+P", context=Context.GLOBAL)),
    Action("app.preferences", "首选项", "Preferences",
           "Font, line spacing, theme, default script, watch colours and keys", Category.APP,
           _b("Ctrl+,", context=Context.GLOBAL)),
    Action("help.show", "快捷键", "Keys", "Show or hide this list of keys", Category.APP,
           _b("?") + _b("F1", context=Context.GLOBAL)),
    Action("app.escape", "关闭/返回", "Close / back",
           "Close whatever is open (key list, find, search) and return to the list", Category.APP,
           _b("Esc", context=Context.GLOBAL)),
    Action("app.quit", "退出", "Quit", "Quit the reader", Category.APP,
           _b("Ctrl+Q", context=Context.GLOBAL)),
)

BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}

#: Each action's help line in Simplified Chinese (the translation of ``Action.help``).
HELP_ZH: dict[str, str] = {
    "article.next": "移到列表中的下一篇文章",
    "article.prev": "移到列表中的上一篇文章",
    "article.first": "跳到第一篇文章",
    "article.last": "跳到最后一篇文章",
    "article.page_down": "文章向下滚动一屏；到了末尾，转到下一篇未读文章",
    "article.page_up": "文章向上滚动一屏",
    "article.read": "把焦点从列表移到文章",
    "focus.toggle": "在列表和文章之间切换焦点",
    "article.toggle_read": "把文章标为已读或未读（显示片刻的文章算已读）",
    "article.star": "收藏文章，或取消收藏",
    "starred.show": "列出资料库中收藏的文章；Enter 打开，Esc 返回",
    "trends.show": "按期绘出所搜索的词（或关注词）在资料库中被提及的次数；"
                   "←/→ 选择日期，Enter 打开这一天的文章",
    "page.prev": "显示上一个打开的版面（文件）",
    "page.next": "显示下一个打开的版面（文件）",
    "find.start": "在文章中查找：高亮每一处并显示数目",
    "find.next": "转到下一处（到末尾后从头开始）",
    "find.prev": "转到上一处（到开头后从末尾开始）",
    "search.start": "搜索资料库和打开的版面；边输入边以结果取代列表"
                    "（资料库不可用时只搜索打开的版面）",
    "search.open_first": "打开第一条结果，并滚动到第一处匹配",
    "search.to_list": "从搜索框移到结果列表",
    "script.cycle": "简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体",
    "text.copy": "以纯文本复制文章（所显示的字体）",
    "text.copy_markdown": "以 Markdown 复制文章（所显示的字体）",
    "text.larger": "放大文字",
    "text.smaller": "缩小文字",
    "text.reset": "恢复默认字号",
    "highlight.toggle": "显示或隐藏搜索词、关键词和关注词的高亮",
    "terms.panel": "显示本篇关键词和关注列表，并移到其中",
    "terms.next": "跳到任一关键词或关注词的下一处",
    "watch.add_selection": "把选中的文字（或当前查找的内容）加入关注列表",
    "watch.remove": "删除面板中选中的关注词",
    "library.panel": "按日期（否则按文件夹）显示资料库中的版面，并移到其中；Enter 打开版面",
    "library.open_page": "打开资料库面板中选中的版面",
    "library.cancel_index": "停止向资料库加入版面（已完成的保留）",
    "file.open": "打开一个或多个版面文件",
    "folder.open": "打开文件夹中的所有版面",
    "file.recent": "从最近打开的版面中选择",
    "file.export": "把文章、本版、收藏的文章或搜索结果存为 Markdown、JSON、CSV 或 PDF"
                   "（所显示的字体）",
    "file.print": "打印文章（或在打印对话框中存为 PDF）",
    "app.preferences": "字体、行距、主题、默认字体、关注词颜色和按键",
    "help.show": "显示或隐藏这份按键列表",
    "app.escape": "关闭打开的东西（按键列表、查找、搜索）并回到列表",
    "app.quit": "退出读报",
}

_ARROWS = {"Down": "↓", "Up": "↑", "Return": "Enter", "Esc": "Esc"}
#: How a binding's context is noted after its keys (English: translated when shown).
CONTEXT_NOTES = {Context.LIST: " (list)", Context.SEARCH: " (search field)",
                 Context.FIND: " (find field)", Context.ARTICLE: " (article)",
                 Context.PANEL: " (panel)", Context.LIBRARY: " (library panel)"}


def display_keys(keys: str) -> str:
    """How a person reads a binding: ``g g``, ``Shift+F3``, ``↓``."""
    return _ARROWS.get(keys, keys)


def action(action_id: str) -> Action:
    return BY_ID[action_id]


def bindings_in(mode: Mode, actions: Sequence[Action] = ACTIONS
                ) -> Iterator[tuple[Binding, Action]]:
    """Every binding live in *mode* (a key of :data:`MODES`)."""
    live = MODES[mode]
    for act in actions:
        for b in act.bindings:
            if b.context in live:
                yield b, act


def conflicts(actions: Sequence[Action] = ACTIONS) -> list[tuple[Mode, str, str, str]]:
    """(mode, keys, action, action) for every key two actions share in one mode."""
    out: list[tuple[Mode, str, str, str]] = []
    for mode in MODES:
        seen: dict[str, str] = {}
        for b, act in bindings_in(mode, actions):
            other = seen.get(b.keys)
            if other is not None and other != act.id:
                out.append((mode, b.keys, other, act.id))
            seen[b.keys] = act.id
    return out


def by_category(actions: Sequence[Action] = ACTIONS) -> list[tuple[Category, list[Action]]]:
    """Actions grouped as the overlay and the menus show them."""
    groups: dict[Category, list[Action]] = {c: [] for c in Category}
    for act in actions:
        groups.setdefault(act.category, []).append(act)
    return [(c, acts) for c, acts in groups.items() if acts]


def rebound(keys: Mapping[str, str], actions: Sequence[Action] = ACTIONS
            ) -> tuple[Action, ...]:
    """*actions* with the first binding of each action in *keys* (id → keys)
    replaced (same context); unknown ids and empty keys are ignored."""
    out = []
    for act in actions:
        new = keys.get(act.id, "").strip()
        if new and act.bindings:
            first = act.bindings[0]
            act = replace(act, bindings=(Binding(new, first.context), *act.bindings[1:]))
        out.append(act)
    return tuple(out)
