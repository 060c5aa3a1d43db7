"""Every user action of the reader, in one registry (pure: no Qt).

The key dispatcher, the menus, the ``?`` overlay and the tests are all built
from :data:`ACTIONS`.  A binding names its keys the way a person reads them
(``j``, ``G`` = Shift+G, ``g g`` = g then g, ``Ctrl+Shift+O``, ``Shift+F3``)
and the *context* in which they fire:

``global``  anywhere in the window, also while typing in a text field
``window``  anywhere in the window except a text field
``list``    the article list has the focus
``article`` the reading pane has the focus
``search``  the search field has the focus
``find``    the find field has the focus
``overlay`` the key list is shown
``panel``   the key-terms and watch-list panel has the focus (Tab moves inside it)
``library`` the library panel has the focus (the list's own keys move in it)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

#: Contexts that are live in each focus mode of the window.
MODES: dict[str, frozenset[str]] = {
    "list": frozenset({"global", "window", "list"}),
    "article": frozenset({"global", "window", "article"}),
    "other": frozenset({"global", "window"}),
    "search": frozenset({"global", "search"}),
    "find": frozenset({"global", "find"}),
    "text": frozenset({"global"}),
    "overlay": frozenset({"global", "overlay"}),
    "panel": frozenset({"global", "panel"}),
    "library": frozenset({"global", "library"}),
}

CATEGORIES: dict[str, tuple[str, str]] = {
    "articles": ("文章", "Articles"),
    "pages": ("版面", "Pages"),
    "find": ("查找", "Find"),
    "search": ("搜索", "Search"),
    "text": ("文字", "Text"),
    "terms": ("关键词", "Key terms"),
    "library": ("资料库", "Library"),
    "files": ("文件", "Files"),
    "app": ("应用", "Application"),
}


@dataclass(frozen=True, slots=True)
class Binding:
    keys: str
    context: str = "window"


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    title_zh: str
    title_en: str
    help: str
    category: str
    bindings: tuple[Binding, ...] = ()

    @property
    def key_text(self) -> str:
        """The keys as the menus and the overlay show them: ``j, ↓ (list)``."""
        out: list[str] = []
        for b in self.bindings:
            text = display_keys(b.keys) + _CONTEXT_NOTES.get(b.context, "")
            if text not in out:
                out.append(text)
        return ", ".join(out)


def _b(*specs: str, context: str = "window") -> tuple[Binding, ...]:
    return tuple(Binding(s, context) for s in specs)


ACTIONS: tuple[Action, ...] = (
    Action("article.next", "下一篇", "Next article", "Move to the next article in the list",
           "articles", _b("j") + _b("Down", context="list")),
    Action("article.prev", "上一篇", "Previous article",
           "Move to the previous article in the list",
           "articles", _b("k") + _b("Up", context="list")),
    Action("article.first", "第一篇", "First article", "Jump to the first article",
           "articles", _b("g g") + _b("Home", context="list")),
    Action("article.last", "最后一篇", "Last article", "Jump to the last article",
           "articles", _b("G") + _b("End", context="list")),
    Action("article.page_down", "向下翻页", "Page down",
           "Scroll the article one screen down; at its end, go to the next unread article",
           "articles", _b("Space")),
    Action("article.page_up", "向上翻页", "Page up", "Scroll the article one screen up",
           "articles", _b("Shift+Space")),
    Action("article.read", "阅读本篇", "Read article",
           "Move the focus from the list into the article", "articles",
           _b("Return", "Enter", context="list")),
    Action("focus.toggle", "切换焦点", "Switch focus",
           "Move the focus between the list and the article", "articles",
           _b("Tab", "Shift+Tab")),
    Action("article.toggle_read", "已读/未读", "Read / unread",
           "Mark the article read or unread (an article shown a moment counts as read)",
           "articles", _b("u")),
    Action("article.star", "收藏", "Star article", "Star the article, or unstar it",
           "articles", _b("s")),
    Action("starred.show", "收藏夹", "Starred articles",
           "List the starred articles of the library; Enter opens one, Esc goes back",
           "articles", _b("S")),
    Action("trends.show", "趋势", "Trend",
           "Chart how often the query searched (or a watched term) is mentioned, issue by "
           "issue, across the library; ←/→ choose a date, Enter opens its articles",
           "library", _b("T")),
    Action("page.prev", "上一版", "Previous page", "Show the previous open page (file)",
           "pages", _b("[")),
    Action("page.next", "下一版", "Next page", "Show the next open page (file)",
           "pages", _b("]")),
    Action("find.start", "文内查找", "Find in article",
           "Find in the article: every match highlighted, the count shown", "find",
           _b("Ctrl+F", context="global")),
    Action("find.next", "下一处", "Next match", "Go to the next match (wraps around)", "find",
           _b("n") + _b("F3", context="global") + _b("Return", "Enter", context="find")),
    Action("find.prev", "上一处", "Previous match", "Go to the previous match (wraps around)",
           "find", _b("N") + _b("Shift+F3", context="global")
           + _b("Shift+Return", "Shift+Enter", context="find")),
    Action("search.start", "搜索", "Search the library",
           "Search the library and the open pages; the hits replace the list as you type "
           "(open pages only when the library is unavailable)", "search", _b("/")),
    Action("search.open_first", "打开第一条", "Open first hit",
           "Open the first hit, scrolled to its first match", "search",
           _b("Return", "Enter", context="search")),
    Action("search.to_list", "转到结果", "Go to hits", "Move from the search field into the hits",
           "search", _b("Down", context="search")),
    Action("script.cycle", "切换字体", "Cycle script",
           "简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体", "text", _b("t")),
    Action("text.copy", "复制文章", "Copy article",
           "Copy the article as plain text, in the script shown", "text", _b("y")),
    Action("text.copy_markdown", "复制为 Markdown", "Copy as Markdown",
           "Copy the article as Markdown, in the script shown", "text", _b("Y")),
    Action("text.larger", "放大", "Larger text", "Make the text larger", "text", _b("+", "=")),
    Action("text.smaller", "缩小", "Smaller text", "Make the text smaller", "text", _b("-")),
    Action("text.reset", "默认大小", "Default text size", "Return to the default text size",
           "text", _b("0")),
    Action("highlight.toggle", "关键词高亮", "Highlighting on/off",
           "Show or hide the highlighting of query terms, key terms and the watch-list",
           "terms", _b("h")),
    Action("terms.panel", "关键词面板", "Key terms panel",
           "Show the article's key terms and the watch-list, and move into them", "terms",
           _b("w")),
    Action("terms.next", "下一个关键词", "Next key-term occurrence",
           "Jump to the next occurrence of any key term or watched term", "terms", _b("m")),
    Action("watch.add_selection", "加入关注", "Watch selection",
           "Add the selected text (or the current find text) to the watch-list", "terms",
           _b("a")),
    Action("watch.remove", "取消关注", "Remove watched term",
           "Remove the watched term selected in the panel", "terms",
           _b("Delete", context="panel")),
    Action("library.panel", "资料库面板", "Library panel",
           "Show the pages in the library, by date (else by folder), and move into them; "
           "Enter opens a page", "library", _b("l") + _b("l", context="library")),
    Action("library.open_page", "打开版面", "Open page",
           "Open the page chosen in the library panel", "library",
           _b("Return", "Enter", context="library")),
    Action("library.cancel_index", "停止索引", "Stop indexing",
           "Stop adding pages to the library (what is done stays done)", "library",
           _b("Ctrl+.", context="global")),
    Action("file.open", "打开文件", "Open files", "Open one or more page files", "files",
           _b("Ctrl+O", context="global")),
    Action("folder.open", "打开文件夹", "Open folder", "Open every page in a folder", "files",
           _b("Ctrl+Shift+O", context="global")),
    Action("file.recent", "最近打开", "Recent files", "Choose from the recently opened pages",
           "files", _b("Ctrl+R", context="global")),
    Action("file.export", "导出", "Export",
           "Save the article, the page, the starred articles or the search results "
           "as Markdown, JSON, CSV or PDF, in the script shown", "files",
           _b("Ctrl+E", context="global")),
    Action("file.print", "打印", "Print",
           "Print the article (or save it as PDF from the print dialog)", "files",
           _b("Ctrl+P", context="global")),
    Action("app.preferences", "首选项", "Preferences",
           "Font, line spacing, theme, default script, watch colours and keys", "app",
           _b("Ctrl+,", context="global")),
    Action("help.show", "快捷键", "Keys", "Show or hide this list of keys", "app",
           _b("?") + _b("F1", context="global")),
    Action("app.escape", "关闭/返回", "Close / back",
           "Close whatever is open (key list, find, search) and return to the list", "app",
           _b("Esc", context="global")),
    Action("app.quit", "退出", "Quit", "Quit the reader", "app", _b("Ctrl+Q", context="global")),
)

BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}

_ARROWS = {"Down": "↓", "Up": "↑", "Return": "Enter", "Esc": "Esc"}
_CONTEXT_NOTES = {"list": " (list)", "search": " (search field)", "find": " (find field)",
                  "article": " (article)", "panel": " (panel)",
                  "library": " (library panel)"}


def display_keys(keys: str) -> str:
    """How a person reads a binding: ``g g``, ``Shift+F3``, ``↓``."""
    return _ARROWS.get(keys, keys)


def action(action_id: str) -> Action:
    return BY_ID[action_id]


def bindings_in(mode: str, actions: Sequence[Action] = ACTIONS
                ) -> Iterator[tuple[Binding, Action]]:
    """Every binding live in *mode* (a key of :data:`MODES`)."""
    live = MODES[mode]
    for act in actions:
        for b in act.bindings:
            if b.context in live:
                yield b, act


def conflicts(actions: Sequence[Action] = ACTIONS) -> list[tuple[str, str, str, str]]:
    """(mode, keys, action, action) for every key two actions share in one mode."""
    out: list[tuple[str, str, str, str]] = []
    for mode in MODES:
        seen: dict[str, str] = {}
        for b, act in bindings_in(mode, actions):
            other = seen.get(b.keys)
            if other is not None and other != act.id:
                out.append((mode, b.keys, other, act.id))
            seen[b.keys] = act.id
    return out


def by_category(actions: Sequence[Action] = ACTIONS) -> list[tuple[str, list[Action]]]:
    """Actions grouped as the overlay and the menus show them."""
    groups: dict[str, list[Action]] = {c: [] for c in CATEGORIES}
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
