"""Frozen value classes for the modules a short command loads, without ``dataclasses``.

``import dataclasses`` brings ``inspect`` (and with it ``ast``, ``dis``,
``tokenize``): ~7 ms, and each ``@dataclass`` compiles a function per method,
~0.5 ms a class more — together the largest part of ``reader search``'s start
(docs/LIBRARY_INDEX.md).  :func:`record` makes what ``@dataclass(frozen=True,
slots=True)`` makes for the values on that path (pages, articles, hits,
queries): the same constructor (one function compiled per class), ``repr``,
equality, hashing, optional ordering, pickling and copying, and refuses
assignment.  Type checkers see a dataclass (:func:`typing.dataclass_transform`).
Everywhere else the code base keeps ``dataclasses``.

Kept deliberately small: fields are the class's annotations in order (no
``ClassVar``, no ``field()``); a default must be immutable (it is shared).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_C = TypeVar("_C", bound=type)
_R = TypeVar("_R")

#: The fields of a record class, in order (the attribute every record has).
FIELDS = "__record_fields__"


class FrozenRecordError(AttributeError):
    """An assignment to a field of a frozen record (as dataclasses' ``FrozenInstanceError``)."""


@overload
def record(cls: _C, /) -> _C: ...
@overload
def record(*, order: bool = False) -> Callable[[_C], _C]: ...


@dataclass_transform(frozen_default=True)
def record(cls: Any = None, /, *, order: bool = False) -> Any:
    """The class made a frozen, slotted value class (``@record`` or
    ``@record(order=True)``)."""
    if cls is None:
        return lambda c: _make(c, order)
    return _make(cls, order)


def replace(obj: _R, /, **changes: Any) -> _R:
    """A copy of the record *obj* with *changes* (as ``dataclasses.replace``)."""
    names: tuple[str, ...] = getattr(type(obj), FIELDS)
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    return type(obj)(**{n: changes[n] if n in changes else getattr(obj, n) for n in names})



def _make(cls: type, order: bool) -> type:
    # Not inspect.get_annotations: inspect is what this module is here to avoid.
    names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    seen_default = False
    for n in names:
        if n in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"{cls.__name__}: field {n!r} without a default follows one with")
    namespace = {k: v for k, v in cls.__dict__.items()
                 if k not in defaults and k not in ("__dict__", "__weakref__")}
    namespace["__slots__"] = names
    namespace["__match_args__"] = names
    namespace[FIELDS] = names
    for methods in (_Record, _Ordered) if order else (_Record,):
        for name, method in vars(methods).items():
            if callable(method) and name.startswith("__") and name != "__init_subclass__":
                namespace.setdefault(name, method)
    made = type(cls)(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    setattr(made, "__init__", _init(made, names, defaults))  # noqa: B010 (a method: mypy)
    return made


def _init(cls: type, names: tuple[str, ...], defaults: dict[str, object]) -> Callable[..., None]:
    """``__init__(self, a, b=<default> …)`` setting each field, compiled once.
    Each field is set through its slot's own setter (``cls.a.__set__``), three
    times faster than ``object.__setattr__(self, "a", a)``, which looks the
    slot up by name each time: the parser makes a record for every article."""
    params = ", ".join(f"{n}=_d_{n}" if n in defaults else n for n in names)
    body = "".join(f"    _s_{n}(self, {n})\n" for n in names) or "    pass\n"
    scope: dict[str, Any] = {f"_s_{n}": cls.__dict__[n].__set__ for n in names}
    scope.update({f"_d_{n}": v for n, v in defaults.items()})
    exec(f"def __init__(self, {params}):\n{body}", scope)  # the class's own field names
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _values(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, n) for n in getattr(type(obj), FIELDS))


class _Record:
    """The methods every record gets (copied into its class, unless it has its own)."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in getattr(type(self), FIELDS))
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(_values(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[Any]:
        return list(_values(self))

    def __setstate__(self, state: list[Any]) -> None:
        for n, v in zip(getattr(type(self), FIELDS), state, strict=True):
            object.__setattr__(self, n, v)


class _Ordered:
    """Ordering, field by field, between records of one class (``order=True``)."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) < _values(other)

    def __le__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) <= _values(other)

    def __gt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) > _values(other)

    def __ge__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) >= _values(other)
