"""``reader.core.record``: the values a short command loads behave as the
frozen, slotted dataclasses they stand in for."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys

import pytest

from reader.core.model import Article, ArticleRef, MarkKind, Page, PendingMark
from reader.core.record import FrozenRecordError, record, replace


@record(order=True)
class Rec:
    name: str
    n: int = 0
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Rec2:  # the dataclass Rec stands in for
    name: str
    n: int = 0
    tags: tuple[str, ...] = ()


def _as_dataclass(r: Rec) -> Rec2:
    return Rec2(r.name, r.n, r.tags)


@pytest.mark.parametrize("args", [("a",), ("a", 2), ("b", 1, ("x", "y")), ("",)])
def test_a_record_is_what_the_dataclass_would_be(args: tuple[object, ...]) -> None:
    r, d = Rec(*args), Rec2(*args)  # type: ignore[arg-type]
    assert repr(r).replace("Rec(", "Rec2(", 1) == repr(d)
    assert hash(r) == hash(d)
    assert (r.name, r.n, r.tags) == (d.name, d.n, d.tags)
    assert r == Rec(*args)  # type: ignore[arg-type]
    assert r != Rec("zz", 99)
    assert r != d  # type: ignore[comparison-overlap]  # another class never equals
    assert not hasattr(r, "__dict__")
    assert Rec.__match_args__ == Rec2.__match_args__


def test_records_sort_field_by_field_as_dataclasses_do() -> None:
    recs = [Rec("b", 1), Rec("a", 3), Rec("a", 2, ("z",)), Rec("a", 2), Rec("b", 0)]
    assert [_as_dataclass(r) for r in sorted(recs)] == sorted(_as_dataclass(r) for r in recs)
    assert Rec("a", 1) <= Rec("a", 1) and Rec("a", 2) > Rec("a", 1) >= Rec("a", 1)
    with pytest.raises(TypeError):
        _ = Rec("a") < Rec2("a")  # type: ignore[operator]


def test_a_record_cannot_be_changed() -> None:
    r = Rec("a", 1)
    with pytest.raises(FrozenRecordError):
        r.n = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del r.name
    with pytest.raises(AttributeError):
        r.other = 1  # type: ignore[attr-defined]
    assert r == Rec("a", 1)


def test_constructor_keywords_defaults_and_mistakes() -> None:
    assert Rec(name="a", tags=("t",)) == Rec("a", 0, ("t",))
    with pytest.raises(TypeError):
        Rec()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Rec("a", nope=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="without a default"):
        record(type("Bad", (), {"__annotations__": {"a": "int", "b": "int"}, "a": 1}))


def test_replace_changes_the_fields_named_and_refuses_others() -> None:
    r = Rec("a", 1, ("t",))
    assert replace(r, n=5) == Rec("a", 5, ("t",))
    assert r == Rec("a", 1, ("t",))
    with pytest.raises(TypeError, match="nope"):
        replace(r, nope=1)


def test_the_program_values_survive_pickling_and_copying() -> None:
    article = Article(index=3, title="标题", paragraphs=("一", "二"), kicker="肩题", lead="本报讯")
    values = [
        article,
        ArticleRef("/p/a.txt", 2),
        PendingMark(ArticleRef("/p/a.txt", 2), MarkKind.STAR, True),
        Page(path="/p/a.txt", name="a", encoding="utf-8", articles=(article,), replaced=1),
    ]
    for value in values:
        for made in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert made == value and type(made) is type(value) and repr(made) == repr(value)
    assert Page("/p", "p", "utf-8").articles == ()
    assert Article.from_json(article.to_json()) == article
    assert article.body == "一\n二"


def test_a_search_loads_no_dataclasses() -> None:
    """What the record module is for: the modules a search imports never load
    ``dataclasses`` (which brings ``inspect``)."""
    code = ("import sys, reader.cli.search_cmd, reader.core.library.facade; "
            "print(sorted({'dataclasses', 'inspect'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
