"""``make update-spec [UPSTREAM=path/to/x-openapi.json]``: from a new upstream X spec to a reviewed result.

1. vendors the upstream file into ``spec/upstream/`` as ``x-openapi-v<revision>.json`` (replacing the
   previous one);
2. re-extracts the Chat family and re-applies ``spec/fixes.py`` (a fix that no longer applies stops
   everything, naming itself; one that upstream adopted says so);
3. regenerates ``generated/`` (``make generate``: fails on a ``class_overrides`` entry that matches
   nothing) and lints the spec (``make lint-spec``);
4. writes the change report ``spec/reports/<old>-to-<new>.md``, named by revision
   (``<version>-<date>-<content hash>``: X changes the file without bumping its version), so that a
   new revision never overwrites an older report: the HTTP-level changes X made (our
   own complete diff, each change marked for a client, with Optic's and api-smart-diff's verdicts
   quoted), what happened to each fix, the ``class_overrides`` that stopped matching, and the Python
   API's breaking changes in ``x_chat_generated`` and ``x_chat`` (griffe, plus type changes), and
   whether the SDK still works (``spec/smoke.py``: its imports, moved modules, ``import x_chat`` and
   the facade against the fake server for every operation).

The old side is the baseline commit (``--baseline``, default ``HEAD``): its vendored upstream, spec,
generated package and facade. Without ``--upstream`` the vendored file is re-used: against a clean
``HEAD`` that reports no change and leaves the tree as it was.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import apidiff  # noqa: E402
import extract  # noqa: E402
from fixes import FixNoLongerApplies, apply_fixes  # noqa: E402

SPEC = HERE / "x-chat-openapi.json"
REPORTS = HERE / "reports"
NODE_BIN = ROOT / "node_modules" / ".bin"
PACKAGES = ("x_chat_generated", "x_chat")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def _baseline_file(ref: str, path: str) -> bytes | None:
    try:
        return _git("show", f"{ref}:{path}")
    except subprocess.CalledProcessError:
        return None


def _baseline_upstream(ref: str, spec: bytes | None) -> tuple[str, dict[str, Any]]:
    """The upstream file the baseline's spec was extracted from (the one whose version it carries)."""
    names = [n for n in _git("ls-tree", "--name-only", ref, "spec/upstream/").decode().split() if "x-openapi-v" in n]
    version = json.loads(spec)["info"]["version"] if spec else None
    chosen = [n for n in names if revision_name(n).split("-")[0] == version] if len(names) > 1 else names
    if len(chosen) != 1:
        raise SystemExit(f"update-spec: cannot tell which vendored upstream spec {ref} used among {names}")
    return chosen[0], json.loads(_git("show", f"{ref}:{chosen[0]}"))


def revision_of(upstream: Path, into: Path = HERE / "upstream") -> str:
    """The revision an upstream file is: ``<info.version>-<date>-<first 8 hex of its SHA-256>``. X
    changes the file without bumping ``info.version``, so the version alone names nothing. The date
    is the one in the file's name (``x-openapi-v2.167-2026-08-22.json``), else that of a vendored
    file with the same content, else today's (UTC)."""
    content = upstream.read_bytes()
    version = str(json.loads(content).get("info", {}).get("version", "")).strip()
    if not re.fullmatch(r"[0-9][0-9A-Za-z.\-]*", version):
        raise SystemExit(f"update-spec: {upstream} has no usable info.version ({version!r})")
    digest = hashlib.sha256(content).hexdigest()[:8]
    named = re.search(r"(\d{4}-\d{2}-\d{2})", upstream.name)
    if named:
        return f"{version}-{named.group(1)}-{digest}"
    for twin in into.glob(f"x-openapi-v{version}-*-{digest}.json"):
        if twin.read_bytes() == content:
            return revision_name(twin.name)
    return f"{version}-{datetime.datetime.now(datetime.UTC).date().isoformat()}-{digest}"


def revision_name(vendored: str) -> str:
    """The revision a vendored file's name carries (``2.167`` for files vendored before revisions)."""
    return Path(vendored).name.removeprefix("x-openapi-v").removesuffix(".json")


def _vendor(upstream: Path, into: Path = HERE / "upstream") -> Path:
    target = into / f"x-openapi-v{revision_of(upstream, into)}.json"
    if upstream.resolve() != target.resolve():
        shutil.copyfile(upstream, target)
    for other in into.glob("x-openapi-v*.json"):
        if other != target:
            other.unlink()
    return target


def _make(*targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", *targets], cwd=ROOT, capture_output=True, text=True)


def _baseline_fixes(ref: str, doc: dict[str, Any], upstream: dict[str, Any], tmp: Path) -> str:
    """What the baseline's spec/fixes.py does on the new extraction (before anyone rewrote it)."""
    source = _baseline_file(ref, "spec/fixes.py")
    if source is None:
        return "the baseline has no spec/fixes.py"
    (tmp / "baseline_fixes.py").write_bytes(source)
    spec = importlib.util.spec_from_file_location("baseline_fixes", tmp / "baseline_fixes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        result = (
            module.apply_fixes(json.loads(json.dumps(doc)))
            if _takes_one(module)
            else module.apply_fixes(json.loads(json.dumps(doc)), upstream)
        )
    except Exception as exc:  # that is the point: report how the old fixes fail on the new upstream
        return f"fails: `{type(exc).__name__}: {str(exc)[:300]}`"
    return "\n".join(f"- {line}" for line in result) if isinstance(result, list) else "applies without error"


def _takes_one(module: Any) -> bool:
    import inspect

    return len(inspect.signature(module.apply_fixes).parameters) == 1


def _baseline_overrides(ref: str, tmp: Path) -> str:
    """Which of the baseline's class_overrides match nothing in the new spec (spec/generate.py says)."""
    config = _baseline_file(ref, "generator-config.yaml")
    if config is None:
        return "the baseline has no generator-config.yaml"
    (tmp / "generator-config.yaml").write_bytes(config)
    run = subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--path", str(SPEC), "--config", str(tmp / "generator-config.yaml"),
         "--custom-template-path", str(ROOT / "templates"), "--meta", "none", "--overwrite",
         "--output-path", str(tmp / "generated-with-baseline-config")],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"},
    )  # fmt: skip
    found = re.search(r"match no generated class \(upstream renamed what they named\): (.*?)\. Update", run.stderr)
    if found:
        return "These baseline `class_overrides` match nothing in the new spec: " + ", ".join(
            f"`{name}`" for name in found.group(1).split(", ")
        )
    if run.returncode:
        return f"generation with the baseline config failed: {run.stderr.strip()[-300:]}"
    return "Every baseline `class_overrides` entry still matches."


def _optic(old: Path, new: Path) -> list[str]:
    """Optic's breaking-change verdicts, one line each, with the operation they are about."""
    run = subprocess.run([str(NODE_BIN / "optic"), "diff", str(old), str(new), "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)  # fmt: skip
    verdicts, operation = [], "spec"
    for line in ANSI.sub("", run.stdout + run.stderr).splitlines():
        header = re.match(r"^\S+ ((?:GET|POST|PUT|PATCH|DELETE) \S+):", line)
        if header:
            operation = header.group(1)
        rule = re.match(r"^\s*x \[(.+?)\] (.*)$", line)
        if rule:
            verdicts.append(f"{operation}: {rule.group(2).strip()} [{rule.group(1)}]")
    return verdicts


def _smart_diff(old: Path, new: Path) -> list[dict[str, Any]]:
    run = subprocess.run(["node", str(HERE / "smartdiff.cjs"), str(old), str(new)], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, check=True)  # fmt: skip
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def _python_api(old_root: Path) -> dict[str, list[Any]]:
    import pyapi

    return {package: pyapi.diff(package, old_root, ROOT) for package in PACKAGES}


def _still_works(old_tree: Path) -> list[str]:
    """Runs the regenerated SDK (griffe only reads it): imports, modules moved, the smoke tests."""
    import smoke

    generated = ROOT / "generated" / "x_chat_generated"
    lines = smoke.broken_imports(ROOT / "extensions" / "x_chat", generated) or [
        "every import of `x_chat_generated` in `extensions/x_chat` resolves"
    ]
    lines += smoke.moved_modules(old_tree / "generated" / "x_chat_generated", generated) or [
        "no generated operation module moved"
    ]
    return lines + smoke.smoke(ROOT)


def _collapsed(changes: list[apidiff.Change]) -> list[tuple[apidiff.Change, int]]:
    """Each distinct (what, mark) once, with how often it occurs: a shared schema (Problem) changes
    under every operation that uses it."""
    seen: dict[tuple[str, str], tuple[apidiff.Change, int]] = {}
    for change in changes:
        key = (change.what, change.where.split(" > ", 1)[-1] if " > " in change.where else change.where)
        first, count = seen.get(key, (change, 0))
        seen[key] = (first, count + 1)
    return list(seen.values())


def _report(
    old_revision: str,
    new_revision: str,
    http: list[apidiff.Change],
    optic: list[str],
    smart: list[dict[str, Any]],
    fix_lines: list[str],
    baseline_fixes: str,
    overrides: str,
    lint: str,
    python: dict[str, list[Any]],
    baseline: str,
    works: list[str],
) -> str:
    out = io.StringIO()
    w = out.write
    breaking = sum(c.breaking is True for c in http)
    w(f"# Change report: X API v{old_revision} to v{new_revision}\n\n")
    w(
        f"Made by `make update-spec` (`spec/update.py`) against the baseline `{baseline}`. The HTTP section compares "
        "the Chat family as extracted from each upstream file, before our fixes: what X changed. Each change is marked "
        "**BREAKING** (a client built on the old spec may fail), *compatible*, or *review* (a human must judge, e.g. a "
        "changed pattern).\n\n"
    )
    w(
        f"Summary: {len(http)} HTTP-level changes, {breaking} breaking; "
        + "; ".join(f"{len(v)} breaking Python API changes in `{k}`" for k, v in python.items())
        + ".\n\n"
    )
    w("## Does the SDK still work?\n\n")
    w("".join(f"{line}\n" if line.startswith("  - ") else f"- {line}\n" for line in works) + "\n")
    w("## HTTP level\n\n")
    for operation, changes in apidiff.by_operation(http):
        w(f"### {operation}\n\n")
        for change, count in _collapsed(changes):
            place = change.where.split(" > ", 1)[1] if " > " in change.where else ""
            more = f" (and {count - 1} more places)" if count > 1 else ""
            w(f"- **{change.mark}**{' ' + place + ':' if place else ''} {change.what}{more}\n")
        w("\n")
    w("## What the diff tools say\n\n")
    w(
        "No single tool names every change (see `spec/apidiff.py`); the section above is complete on its own. The "
        "tools' verdicts, for cross-checking:\n\n"
    )
    w(f"### Optic (`@useoptic/optic`): {len(optic)} breaking-change verdicts\n\n")
    w("".join(f"- {line}\n" for line in optic) or "- none\n")
    smart_breaking = [c for c in smart if c["type"] == "breaking"]
    w(f"\n### api-smart-diff: {len(smart)} changes, {len(smart_breaking)} classified breaking\n\n")
    for change in smart_breaking:
        path = "/".join(str(p) for p in change["path"])
        w(f"- `{path}` {change['action']}{': ' + change['description'] if change['description'] else ''}\n")
    if not smart_breaking:
        w("- none\n")
    w("\n## Our fixes (`spec/fixes.py`)\n\n")
    w("On the new upstream, today's fixes:\n\n")
    w("".join(f"- {line}\n" for line in fix_lines))
    w("\nThe baseline's `spec/fixes.py`, run on the new upstream before it was rewritten:\n\n")
    w(baseline_fixes + "\n\n")
    w("## Generated names (`generator-config.yaml`)\n\n")
    w(overrides + "\n\n")
    w("## Spec lint\n\n")
    w(lint + "\n\n")
    w("## Python API\n\n")
    w(
        "Breaking changes found by griffe, plus type changes (griffe does not report an annotation whose type "
        "changed, such as `str` becoming `datetime`), from the baseline's trees to this one. griffe reads the "
        "source statically: a name a module serves through `__getattr__` (x_chat's deprecated aliases, listed "
        "in CHANGELOG.md) shows as removed.\n\n"
    )
    for package, changes in python.items():
        w(f"### `{package}`: {len(changes)}\n\n")
        for change in changes:
            w(f"- `{change.where}`: {ANSI.sub('', change.what)}\n")
        if not changes:
            w("- none\n")
        w("\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make update-spec", description=__doc__.split("\n")[0])
    parser.add_argument("--upstream", type=Path, default=None, help="a new upstream X OpenAPI file to vendor")
    parser.add_argument("--baseline", default="HEAD", help="the git commit to compare with (default HEAD)")
    args = parser.parse_args(argv)

    old_spec = _baseline_file(args.baseline, "spec/x-chat-openapi.json")
    old_upstream_name, old_upstream = _baseline_upstream(args.baseline, old_spec)
    vendored = _vendor(args.upstream) if args.upstream else extract.vendored_upstream()
    new_upstream = json.loads(vendored.read_text(encoding="utf-8"))
    print(f"update-spec: {old_upstream_name} ({args.baseline}) -> {vendored.relative_to(ROOT)}")

    doc = extract.extract(new_upstream)
    try:
        fix_lines = apply_fixes(doc)
    except FixNoLongerApplies as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    for line in fix_lines:
        print("  " + line)
    SPEC.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    generated = _make("generate")
    if generated.returncode:
        print(generated.stdout[-2000:] + generated.stderr[-2000:], file=sys.stderr)
        return 1
    lint = _make("lint-spec")
    lint_text = ANSI.sub("", lint.stdout + lint.stderr)
    warnings = re.search(r"You have (\d+) warnings?|, (\d+) warnings \(listed", lint_text)
    lint_summary = (
        f"openapi-spec-validator, Spectral and Redocly: {'pass' if lint.returncode == 0 else 'FAIL'}; Redocly "
        f"warnings: {(warnings.group(1) or warnings.group(2)) if warnings else 0} (see spec/CHANGES.md for the accepted ones)."
    )
    print("  " + lint_summary)
    if lint.returncode:
        print(lint_text[-3000:], file=sys.stderr)
        return 1

    new_version = str(new_upstream["info"]["version"])
    if old_spec is not None and json.loads(old_spec) == doc and old_upstream == new_upstream:
        print(f"update-spec: no change from {args.baseline} (v{new_version}); no report written")
        return 0

    with tempfile.TemporaryDirectory(prefix="x-chat-update-") as tmp_name:
        tmp = Path(tmp_name)
        old_family, new_family = tmp / "old.json", tmp / "new.json"
        old_doc = extract.extract(old_upstream)
        new_doc = extract.extract(new_upstream)
        old_family.write_text(json.dumps(old_doc), encoding="utf-8")
        new_family.write_text(json.dumps(new_doc), encoding="utf-8")
        http = apidiff.diff(old_doc, new_doc)
        optic = _optic(old_family, new_family)
        smart = _smart_diff(old_family, new_family)
        baseline_fixes = _baseline_fixes(args.baseline, extract.extract(new_upstream), new_upstream, tmp)
        overrides = _baseline_overrides(args.baseline, tmp)
        old_tree = tmp / "baseline"
        old_tree.mkdir()
        archive = _git("archive", args.baseline, "generated", "extensions")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(old_tree, filter="data")
        python = _python_api(old_tree)
        works = _still_works(old_tree)

    old_revision, new_revision = revision_name(old_upstream_name), revision_name(vendored.name)
    report = _report(old_revision, new_revision, http, optic, smart, fix_lines, baseline_fixes, overrides,
                     lint_summary, python, args.baseline, works)  # fmt: skip
    REPORTS.mkdir(exist_ok=True)
    target = REPORTS / f"{old_revision}-to-{new_revision}.md"  # a new revision never overwrites a report
    target.write_text(report, encoding="utf-8")
    print(f"update-spec: wrote {target.relative_to(ROOT)} ({len(http)} HTTP changes, "
          f"{sum(c.breaking is True for c in http)} breaking). Review it, update the facade, then commit.")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
