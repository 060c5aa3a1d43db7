"""What the window shows, as one plain object, and what changed (pure: no Qt).

:class:`ReaderState` is the window's state: the article being read, the
listing that replaces the page's articles (a search, the starred articles or
a trend bar's articles, each with its hits), the script, the text size, the
recent files, find in the article, and what the reading pane shows now.
Commands (``reader.ui.commands``) change it and say what they changed with a
:class:`Change`; the window applies changes, it keeps no state of its own.
The open pages themselves live with the service that converts them
(:class:`reader.ui.open_pages.OpenPages`), the marks with the reading keeper.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.actions import ACTIONS, Action
from reader.core.library.hits import SearchHit
from reader.core.model import Article, ArticleRef
from reader.core.preferences import Preferences
from reader.core.session import DEFAULT_TEXT_SIZE
from reader.core.text.find import FindState
from reader.core.text.script import Script

if TYPE_CHECKING:
    from reader.core.library.trends import Trend
    from reader.core.text.highlight import Span


class ListingKind(enum.StrEnum):
    """What the list shows instead of the current page's articles."""

    SEARCH = "search"
    STARRED = "starred"
    TREND = "trend"


class Change(enum.Flag):
    """What an operation changed, for the window (and tests) to act on: one
    notification per operation instead of a signal per field."""

    NONE = 0
    ARTICLE = enum.auto()      # the article read (pane, title)
    SHOWN = enum.auto()        # the converted text of what is shown arrived
    PAGES = enum.auto()        # the open pages (page list)
    LOADED = enum.auto()       # an open request finished (pages or not)
    LISTING = enum.auto()      # the list shows other articles (a listing or the page)
    SEARCH = enum.auto()       # a search answered (or was cleared)
    SCRIPT = enum.auto()
    TEXT_SIZE = enum.auto()
    HIGHLIGHT = enum.auto()    # highlighting switched on or off
    FIND = enum.auto()
    KEYWORDS = enum.auto()
    WATCH = enum.auto()
    READING = enum.auto()      # read or star marks
    PREFERENCES = enum.auto()
    TREND = enum.auto()        # a trend arrived, or could not be counted
    LIBRARY = enum.auto()      # the library's state, counts or pages
    INDEXING = enum.auto()     # indexing started, progressed or ended


@dataclass(slots=True)
class Listing:
    """Articles the list shows instead of the page: *refs* in order, and what
    each said (*hits*: its title, page and snippet, as its page may not be open)."""

    kind: ListingKind
    refs: list[ArticleRef]
    hits: dict[ArticleRef, SearchHit] = field(default_factory=dict)


@dataclass(slots=True)
class TrendAnswer:
    """The last trend counted for the chart, or why it could not be."""

    query: str
    trend: Trend | None = None
    problem: str = ""


@dataclass(slots=True)
class ReaderState:
    """The window's state.  Plain data; commands change it."""

    current: ArticleRef | None = None
    listing: Listing | None = None
    script: Script = Script.SIMPLIFIED
    text_size: int = DEFAULT_TEXT_SIZE
    recent: list[str] = field(default_factory=list)
    prefs: Preferences = field(default_factory=Preferences)
    #: The actions with the user's keys (the registry's when those were refused).
    actions: tuple[Action, ...] = ACTIONS
    find: FindState = field(default_factory=FindState)
    #: What the reading pane shows now, and the highlights on it.
    shown_article: Article | None = None
    spans: list[Span] = field(default_factory=list)
    #: Where the last jump to a key term landed (the next jump goes on from it).
    term_pos: int = -1
    #: A hit whose page is being opened: scrolled to its first match once shown.
    reveal: ArticleRef | None = None
    #: Enter came before the search answered: open the first hit when it does.
    open_first_hit: bool = False
    trend: TrendAnswer | None = None

    @property
    def listing_kind(self) -> ListingKind | None:
        return self.listing.kind if self.listing is not None else None
