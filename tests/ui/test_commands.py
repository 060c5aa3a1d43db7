"""Commands driven against a fake view: the window's logic without a widget.

Every command is a function of the context (state, services, view, report);
here the view is :class:`FakeView`, which records what it is told, so the
state and what the window would show can be checked directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reader.core.library.hits import SearchHit
from reader.core.model import Article, ArticleRef, MarkKind
from reader.core.opening import Opened
from reader.core.page.shown import shown_text
from reader.core.problems import EmptyFolder
from reader.core.text.highlight import Span
from reader.ui.app import build_commands
from reader.ui.commands import application, files, search, showing
from reader.ui.commands.registry import COMMANDS, command
from reader.ui.commands.runner import CommandRunner
from reader.ui.context import Context, Reporter
from reader.ui.engine import TextEngine
from reader.ui.exporting import ExportScope
from reader.ui.open_pages import OpenRequest
from reader.ui.state import Change, ListingKind
from reader.ui.view import Focus, ReaderView
from reader.ui.workers import WorkerPool
from tests.ui.conftest import make_page


@dataclass
class FakeView:
    """A ReaderView that remembers what it was told (and answers like a window
    at rest: nothing selected, nothing scrolled)."""

    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)
    shown: Article | None = None
    row: int = -1
    focused: Focus | None = None
    overlay: bool = False
    find_bar: bool = False
    search_bar: bool = False
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    selection: str = ""
    at_end: bool = True   # Space finds the article's end at once

    def _note(self, name: str, *args: object) -> None:
        self.calls.append((name, args))

    def show_article(self, article: Article | None) -> None:
        self.shown = article

    def set_highlights(self, spans: list[Span], finds: list[tuple[int, int]], current: int,
                       watch_colours: dict[str, str]) -> None:
        self._note("set_highlights", len(spans), len(finds), current)

    def scroll_to_position(self, pos: int) -> None:
        self._note("scroll_to_position", pos)

    def scroll_page(self, forward: bool) -> bool:
        return not self.at_end

    def top_position(self) -> int:
        return 0

    def restore_position(self, pos: int) -> None:
        self._note("restore_position", pos)

    def selected_text(self) -> str:
        return self.selection

    def select_row(self, row: int) -> None:
        self.row = row

    def select_page_row(self, row: int) -> None:
        self._note("select_page_row", row)

    def focus(self, target: Focus) -> None:
        self.focused = target

    def toggle_overlay(self, visible: bool | None = None) -> bool:
        want = (not self.overlay) if visible is None else visible
        changed, self.overlay = want != self.overlay, want
        return changed

    def show_find(self, text: str) -> None:
        self.find_bar = True

    def hide_find(self) -> None:
        self.find_bar = False

    def find_visible(self) -> bool:
        return self.find_bar

    def set_find_status(self, text: str) -> None:
        self._note("set_find_status", text)

    def show_search(self, text: str) -> None:
        self.search_bar = True

    def hide_search(self) -> None:
        self.search_bar = False

    def search_visible(self) -> bool:
        return self.search_bar

    def set_search_status(self, text: str) -> None:
        self._note("set_search_status", text)

    def show_terms_panel(self) -> None:
        self._note("show_terms_panel")

    def current_watch_row(self) -> int:
        return -1

    def show_library_panel(self) -> None:
        self._note("show_library_panel")

    def library_panel_visible(self) -> bool:
        return False

    def close_library_panel(self) -> bool:
        return False

    def current_library_path(self) -> str | None:
        return None

    def offer_library_folder(self, folder: str, real: str) -> None:
        self._note("offer_library_folder", folder, real)

    def ask_files(self) -> list[str]:
        return []

    def ask_folder(self) -> str | None:
        return None

    def ask_export(self, scopes: list[ExportScope], name: str
                   ) -> tuple[ExportScope, str] | None:
        return None

    def show_recent(self, paths: list[str]) -> None:
        self._note("show_recent", paths)

    def show_preferences(self) -> None:
        self._note("show_preferences")

    def show_trends(self, term: str, watched: list[str]) -> None:
        self._note("show_trends", term)

    def set_clipboard(self, text: str) -> None:
        self._note("set_clipboard", text)

    def print_markdown(self, markdown: str, title: str) -> None:
        self._note("print_markdown", title)

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def show_error(self, text: str) -> None:
        self.errors.append(text)

    def close_window(self) -> None:
        self._note("close_window")


def _a_fake_view_is_a_view(view: FakeView) -> ReaderView:
    return view   # mypy checks that FakeView has everything a ReaderView has


@dataclass
class Bench:
    runner: CommandRunner
    view: FakeView
    changes: list[Change]

    @property
    def ctx(self) -> Context:
        return self.runner.ctx


@pytest.fixture
def bench(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bench]:
    """The commands of a window with two pages open, against a fake view."""
    monkeypatch.setenv("DUBAO_HOME", str(tmp_path / "home"))
    runner, _problems = build_commands(settings_path=tmp_path / "settings.json",
                                       engine=TextEngine(WorkerPool()), workers=WorkerPool())
    view = FakeView()
    runner.attach(view)
    runner.report.attach(view)
    changes: list[Change] = []
    runner.changed.connect(changes.append)
    pages = [make_page(tmp_path / "a_20190221.txt", [("港口新闻", "港口吞吐量上升。"),
                                                     ("农业丰收", "粮食产量稳定。"),
                                                     ("园区", "园区引进项目。")]),
             make_page(tmp_path / "b_20190222.txt", [("教育", "学校开学。")])]
    runner.do(files.on_opened, Opened(pages), OpenRequest(()))
    yield Bench(runner, view, changes)
    runner.services.workers.close()
    runner.services.workers.wait(5000)


def test_moving_through_articles_changes_the_state_and_tells_the_view(bench: Bench) -> None:
    ctx, view = bench.ctx, bench.view
    first = ctx.state.current
    assert first is not None and first.index == 0
    assert view.shown is not None and view.shown.title == "港口新闻"
    bench.changes.clear()
    bench.runner.run("article.next")
    assert ctx.state.current == ArticleRef(first.path, 1)
    assert view.shown is not None and view.shown.title == "农业丰收" and view.row == 1
    assert len(bench.changes) == 1 and Change.ARTICLE in bench.changes[0], "one notification"
    bench.runner.run("article.last")
    bench.runner.run("article.next")
    assert ctx.state.current == ArticleRef(first.path, 2)
    assert view.messages[-1] == "This is the last article"
    bench.runner.run("page.next")
    assert ctx.state.current is not None and ctx.state.current.path.endswith("b_20190222.txt")
    assert ctx.window_title() == "教育 — b_20190222 — Dubao"


def test_space_at_the_end_goes_on_to_the_next_unread_article(bench: Bench) -> None:
    ctx = bench.ctx
    first = ctx.state.current
    assert first is not None
    ctx.services.reading.set_mark(ArticleRef(first.path, 1), MarkKind.READ, True)
    bench.runner.run("article.page_down")
    assert ctx.state.current == ArticleRef(first.path, 2), "the read one is skipped"


def test_search_results_become_a_listing_and_escape_closes_it(bench: Bench) -> None:
    ctx, view = bench.ctx, bench.view
    path = ctx.pages[0].path
    bench.runner.run("search.start")
    assert view.search_bar
    hit = SearchHit(path, 2, "园区", "园区引进项目。")
    bench.runner.do(search.on_search_results, "园区", [hit])
    listing = ctx.state.listing
    assert listing is not None and listing.kind is ListingKind.SEARCH
    assert listing.refs == [ArticleRef(path, 2)] and ctx.rows() == [ArticleRef(path, 2)]
    assert ("set_search_status", ("1 article(s)",)) in view.calls
    assert Change.SEARCH in bench.changes[-1]
    bench.runner.run("search.open_first")
    assert ctx.state.current == ArticleRef(path, 2)
    bench.runner.run("app.escape")
    assert ctx.state.listing is None and not view.search_bar and view.focused is Focus.LIST
    assert ctx.state.current == ArticleRef(path, 2), "Esc keeps the article being read"


def test_escape_closes_the_key_list_first_then_find(bench: Bench) -> None:
    ctx, view = bench.ctx, bench.view
    bench.runner.run("find.start")
    assert view.find_bar and ctx.state.find.active
    bench.runner.run("help.show")
    assert view.overlay
    bench.runner.run("app.escape")
    assert not view.overlay and view.find_bar, "the key list closes first"
    bench.runner.run("app.escape")
    assert not view.find_bar and not ctx.state.find.active and view.focused is Focus.LIST


def test_find_in_the_article_counts_steps_and_wraps(bench: Bench) -> None:
    from reader.ui.commands import find

    ctx, view = bench.ctx, bench.view
    bench.runner.run("find.start")
    bench.runner.do(find.set_find_text, "港口")
    art = ctx.shown_article()
    assert art is not None
    text = shown_text(art)
    assert [text[s:e] for s, e in ctx.state.find.matches] == ["港口", "港口"]
    assert ("set_find_status", ("1/2",)) in view.calls
    bench.runner.run("find.next")
    bench.runner.run("find.next")
    assert view.messages[-1] == "Find wrapped to the top"
    assert Change.FIND in bench.changes[-1]


def test_text_size_is_state_the_window_applies(bench: Bench) -> None:
    ctx = bench.ctx
    size = ctx.state.text_size
    bench.runner.run("text.larger")
    assert ctx.state.text_size == size + 1 and Change.TEXT_SIZE in bench.changes[-1]
    bench.runner.run("text.reset")
    assert ctx.state.text_size == size


def test_every_action_has_one_command() -> None:
    from reader.actions import ACTIONS

    assert set(COMMANDS) == {a.id for a in ACTIONS}
    with pytest.raises(KeyError):
        command("article.nxet")   # a misspelt action id fails where it is written


def test_the_one_entry_point_reports_what_a_command_raises(bench: Bench,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    def broken(ctx: Context) -> None:
        ctx.changed(Change.ARTICLE)
        raise RuntimeError("a bug")

    monkeypatch.setitem(COMMANDS, "article.next", broken)
    bench.changes.clear()
    bench.runner.run("article.next")   # no exception escapes
    assert bench.view.errors[-1] == "“broken” failed: a bug"
    assert bench.changes == [Change.ARTICLE], "what changed before the error is still shown"


def test_what_is_reported_before_a_view_exists_is_shown_once_it_does() -> None:
    report = Reporter()
    report.problem(EmptyFolder("/pages"))
    report.say("hello")
    view = FakeView()
    assert view.errors == []
    report.attach(view)
    assert view.errors == ["No page files in the folder /pages"] and view.messages == ["hello"]


def test_preferences_are_said_after_the_window_applied_them(bench: Bench) -> None:
    from reader.core.preferences import Preferences

    log: list[str] = []
    bench.runner.changed.connect(lambda change: log.append(f"applied {change}"))
    bench.view.show_message = lambda text: log.append(f"said {text}")  # type: ignore[method-assign]
    bench.runner.do(application.set_preferences, Preferences())
    assert log == [f"applied {Change.PREFERENCES}", "said Preferences saved"]


def test_opening_reports_each_problem_and_says_what_opened(bench: Bench, tmp_path: Path) -> None:
    ctx, view = bench.ctx, bench.view
    page = make_page(tmp_path / "c_20190223.txt", [("新版", "内容。")])
    bench.runner.do(files.on_opened, Opened([page], [EmptyFolder("/empty")]),
                    OpenRequest((page.path,)))
    assert view.errors == ["No page files in the folder /empty"]
    assert view.messages[-1] == "Opened 1 page(s), 1 article(s)"
    assert ctx.state.current == ArticleRef(page.path, 0)
    assert ctx.state.recent[0] == page.path
    assert [p.path for p in ctx.pages][-1] == page.path
    bench.runner.do(showing.select_page, 0)
    assert ctx.state.current == ArticleRef(ctx.pages[0].path, 0)
