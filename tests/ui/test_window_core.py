"""The pure helpers the window stands on (no Qt): find state, the open-pages search
seam, the settings file, the shown text."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.library.backends import OpenPagesSearch
from reader.core.library.query import parse_query
from reader.core.model import Article, ArticleRef, MarkKind, Page, PendingMark
from reader.core.page.shown import article_blocks, convert_article, shown_text
from reader.core.problems import SettingsDamaged
from reader.core.session import Settings, SettingsStore, WatchTerm
from reader.core.text.find import FindState, find_matches
from reader.core.text.script import Script


def _page(path: str, *bodies: str) -> Page:
    arts = tuple(Article(i, f"标题{i}", (b,)) for i, b in enumerate(bodies))
    return Page(path=path, name=Path(path).stem, encoding="utf-8", articles=arts)


def test_find_state_counts_steps_and_wraps():
    s = FindState()
    s.query, s.active = "港", True
    s.set_matches(find_matches("港口，香港，港澳，港", "港"), from_position=3)
    assert s.status == "2/4"
    assert s.step(True) is False and s.status == "3/4"
    s.step(True)
    assert s.step(True) is True and s.status == "1/4"
    assert s.step(False) is True and s.status == "4/4"
    s.set_matches([])
    assert s.status == "0/0"


def test_find_is_script_and_width_blind():
    text = "開發區ＡＢＣ开发区abc"
    assert find_matches(text, "开发区") == [(0, 3), (6, 9)]
    assert find_matches(text, "abc") == [(3, 6), (9, 12)]


def test_query_words_phrases_and_exclusions():
    q = parse_query('半导体 "功率 器件" -手机 “园区”')
    assert q.include == ("半导体", "功率 器件", "园区")
    assert q.exclude == ("手机",)
    assert parse_query("   ").empty


def test_open_pages_search_all_words_any_script_excluding():
    a = _page("/a.txt", "半导体项目签约。", "手机散热片。", "半导体手机。")
    search = OpenPagesSearch([a])
    assert [h.index for h in search.search("半導體")] == [0, 2]
    assert [h.index for h in search.search("半导体 -手机")] == [0]
    assert [h.index for h in search.search("半导体 签约")] == [0]
    assert search.search("") == []
    hit = search.search("签约")[0]
    assert hit.path == "/a.txt" and "签约" in hit.snippet


def test_settings_round_trip(tmp_path: Path):
    store = SettingsStore(tmp_path / "s.json")
    s = Settings(pages=["/x.txt"], current_page="/x.txt", current_article=3, scroll=120,
                 script=Script.TAIWAN, text_size=18, highlight=False,
                 watch=[WatchTerm("港口", "#81d4fa")], splitter=[300, 700, 0])
    store.save(s)
    loaded, message = store.load()
    assert message is None
    assert loaded == s


def test_damaged_settings_are_kept_aside(tmp_path: Path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"text_size": "huge"}), encoding="utf-8")
    loaded, problem = SettingsStore(path).load()
    assert loaded == Settings()
    assert isinstance(problem, SettingsDamaged) and problem.kept_as == "s.json.damaged"
    assert (tmp_path / "s.json.damaged").is_file()
    assert SettingsStore(tmp_path / "missing.json").load() == (Settings(), None)


def test_shown_text_is_the_blocks_joined_and_conversion_keeps_fields():
    art = Article(0, "标题", ("第一段。", "第二段。"), kicker="引题", byline="记者 王明",
                  dateline="本报讯")
    roles = [r for r, _ in article_blocks(art)]
    assert roles == ["kicker", "title", "meta", "paragraph", "paragraph"]
    text = shown_text(art)
    assert text.split("\n") == [t for _, t in article_blocks(art)]
    upper = convert_article(art, lambda t: t.replace("段", "段落"))
    assert upper.paragraphs == ("第一段落。", "第二段落。") and upper.kicker == "引题"


def test_pending_marks_round_trip_and_bad_ones_are_dropped(tmp_path: Path):
    store = SettingsStore(tmp_path / "s.json")
    s = Settings()
    s.pending_marks = [PendingMark(ArticleRef("/p/a.txt", 1), MarkKind.READ, True),
                       PendingMark(ArticleRef("/p/a.txt", 2), MarkKind.STAR, False)]
    store.save(s)
    loaded, message = store.load()
    assert message is None
    assert loaded.pending_marks == s.pending_marks
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    data["pending_marks"] = [["/p/a.txt", 1, "read", True], ["/p", -1, "read", True],
                             ["/p", 1, "open", True], "junk", ["/p", 1, "star", 1]]
    (tmp_path / "s.json").write_text(json.dumps(data), encoding="utf-8")
    assert SettingsStore(tmp_path / "s.json").load()[0].pending_marks == [
        PendingMark(ArticleRef("/p/a.txt", 1), MarkKind.READ, True)]
