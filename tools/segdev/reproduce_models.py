"""Rebuild the shipped trained models byte for byte (issue 8) and say whether they match.

Each shipped model was written by a trainer at a recorded commit; today's trainers read pages
through today's segmenter and write other models. So for each model this script makes a
temporary `git worktree` of the repo at that commit, gives it the development articles
(`tools/segdev/articles`, built by fetch_articles.py), runs that commit's trainer with its
defaults in `reproducible.ENVIRONMENT` (hash seed 0, one OpenMP thread), writes the model to a
temporary path and compares its sha256 with the shipped file's:

    .venv/bin/pip install -e ".[segdev]"     # the releases the models were trained with
    .venv/bin/python tools/segdev/reproduce_models.py              # both models
    .venv/bin/python tools/segdev/reproduce_models.py --model line --keep

One line per model: reproduced, or differs with both hashes. Exit 0 only if all reproduced.
The articles are the current checkout's unless `--articles`; a commit whose fetch_articles.py
differs from the one that built them builds its own from `--repo` clones (as the README's quick
start does). The working tree's files are never written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reproducible  # noqa: E402  (a sibling script, not a package)

REPO = HERE.parent.parent
FETCH_ARTICLES = "tools/segdev/fetch_articles.py"
ARTICLES = "tools/segdev/articles"


@dataclass(frozen=True)
class ShippedModel:
    name: str
    path: str  # in the repo
    commit: str  # the commit whose trainer wrote it
    trainer: str
    sha256: str  # of the shipped file


MODELS = {
    "line": ShippedModel("line", "audiopaper/segment/line_model.json", "0ced53b728a1528f60544c3db1e6da244b03394b",
                         "tools/segdev/train_labeller.py",
                         "93a32979af1d965f992b2df825cdf2f8f9faf4e9352df340346a2461dae145ba"),
    "deck": ShippedModel("deck", "audiopaper/segment/deck_model.json", "072bf9f9172c9583caea68c5e41f382e65130b5e",
                         "tools/segdev/train_decks.py",
                         "f351d3b958c2618d256185d4ffb0d3858e484f6dd165bbecfff2f02c2647c0e9"),
}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verdict(model: ShippedModel, rebuilt: str | None, seconds: float) -> str:
    """The line printed for *model*: reproduced, or differs with both hashes."""
    name = Path(model.path).name
    if rebuilt == model.sha256:
        return f"{name}: reproduced (sha256 {rebuilt}, {model.trainer} at {model.commit[:7]}, {seconds:.0f} s)"
    return (f"{name}: differs (shipped {model.sha256}, rebuilt {rebuilt or 'nothing: the trainer failed'}, "
            f"{model.trainer} at {model.commit[:7]}, {seconds:.0f} s)")


def git(*args: str, repo: Path = REPO) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def blob(commit: str, path: str, repo: Path = REPO) -> str:
    return git("rev-parse", f"{commit}:{path}", repo=repo).strip()


def releases_of(python: str, names) -> dict[str, str | None]:
    """{distribution: release installed for *python*, None when not installed}."""
    code = ("import json, sys\nfrom importlib import metadata\nout = {}\nfor n in sys.argv[1:]:\n"
            "    try: out[n] = metadata.version(n)\n    except metadata.PackageNotFoundError: out[n] = None\n"
            "print(json.dumps(out))")
    return json.loads(subprocess.run([python, "-c", code, *names], check=True, capture_output=True,
                                     text=True).stdout)


def pins_at(commit: str, repo: Path = REPO) -> dict[str, str]:
    """The segdev extra's exact pins in pyproject.toml at *commit*."""
    with tempfile.TemporaryDirectory() as tmp:
        pyproject = Path(tmp) / "pyproject.toml"
        pyproject.write_text(git("show", f"{commit}:pyproject.toml", repo=repo), encoding="utf-8")
        return reproducible.pinned_versions(pyproject)


def release_mismatch(model: ShippedModel, python: str, repo: Path = REPO) -> str | None:
    """Why *python* cannot rebuild *model* (its releases are not the ones the shipped JSON records
    or the commit pinned), or None."""
    recorded = json.loads((repo / model.path).read_text(encoding="utf-8")).get("trained_with") or {}
    pinned = pins_at(model.commit, repo)
    if recorded and recorded != pinned:
        return f"{model.path} records {recorded}, but {model.commit[:7]} pinned {pinned}"
    installed = releases_of(python, pinned)
    wrong = [f"{name} {installed[name]} (trained with {release})" for name, release in pinned.items()
             if installed[name] != release]
    return f"{python} has {', '.join(wrong)}: pip install -e \".[segdev]\"" if wrong else None


def add_worktree(commit: str, where: Path, repo: Path = REPO) -> Path:
    tree = where / f"tree-{commit[:7]}"
    git("worktree", "add", "--detach", str(tree), commit, repo=repo)
    return tree


def remove_worktree(tree: Path, repo: Path = REPO) -> None:
    subprocess.run(["git", "-C", str(repo), "worktree", "remove", "--force", str(tree)], capture_output=True)
    shutil.rmtree(tree, ignore_errors=True)
    subprocess.run(["git", "-C", str(repo), "worktree", "prune"], capture_output=True)


def articles_for(tree: Path, commit: str, articles: Path, built_by: str, clones: list[str], python: str,
                 repo: Path = REPO) -> Path:
    """The articles *commit*'s trainer reads: *articles* when *commit*'s fetch_articles.py is the
    one that built them (blob *built_by*), else a set built by that commit's fetch_articles.py."""
    if blob(commit, FETCH_ARTICLES, repo) == built_by:
        return articles
    if not clones:
        sys.exit(f"{commit[:7]}'s fetch_articles.py differs from the one that built {articles}: "
                 f"pass the sources' clones with --repo OWNER/NAME=PATH to build its articles")
    out = tree / "tools" / "segdev" / "articles-built"
    subprocess.run([python, str(tree / FETCH_ARTICLES), "--out", str(out),
                    *(arg for clone in clones for arg in ("--repo", clone))],
                   cwd=tree, check=True, env=training_environment(tree))
    return out


def training_environment(tree: Path) -> dict[str, str]:
    """The trainer imports the old tree's audiopaper, not the installed (editable) one."""
    return {**os.environ, "PYTHONPATH": str(tree), **reproducible.ENVIRONMENT}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["line", "deck", "all"], default="all")
    parser.add_argument("--articles", type=Path, default=REPO / ARTICLES,
                        help="the dev articles fetch_articles.py built (default: this checkout's)")
    parser.add_argument("--articles-built-by", default=None, metavar="COMMIT",
                        help="the commit whose fetch_articles.py built --articles (default: HEAD)")
    parser.add_argument("--repo", action="append", default=[], metavar="OWNER/NAME=PATH",
                        help="a source's clone, for a commit whose fetch_articles.py builds other articles")
    parser.add_argument("--keep", action="store_true", help="keep the worktrees and the rebuilt models")
    parser.add_argument("--jobs", type=int, default=1, help="trainers run at once")
    parser.add_argument("--python", default=sys.executable, help="the interpreter the trainers run in")
    args = parser.parse_args(argv)

    models = list(MODELS.values()) if args.model == "all" else [MODELS[args.model]]
    for model in models:
        if sha256_of(REPO / model.path) != model.sha256:
            sys.exit(f"{model.path} is not the model this script reproduces (sha256 {model.sha256}): "
                     f"update MODELS with the commit that wrote it")
        mismatch = release_mismatch(model, args.python)
        if mismatch:
            sys.exit(f"cannot reproduce {Path(model.path).name}: {mismatch}")
    articles = args.articles.resolve()
    if not (articles / "dev").is_dir():
        sys.exit(f"no dev articles in {articles}: build them with {FETCH_ARTICLES} (tools/segdev/README.md)")
    built_by = blob(args.articles_built_by or "HEAD", FETCH_ARTICLES)

    scratch = Path(tempfile.mkdtemp(prefix="reproduce-models-"))
    trees, runs, failed = [], [], False
    try:
        for model in models:
            tree = add_worktree(model.commit, scratch)
            trees.append(tree)
            source = articles_for(tree, model.commit, articles, built_by, args.repo, args.python)
            link = tree / ARTICLES
            if link.exists() or link.is_symlink():
                link.unlink()
            link.symlink_to(source, target_is_directory=True)
            out = scratch / f"{model.name}-{model.commit[:7]}.json"
            runs.append((model, tree, out))
        pending, running = list(runs), []
        while pending or running:
            while pending and len(running) < max(1, args.jobs):
                model, tree, out = pending.pop(0)
                log = (scratch / f"{model.name}.log").open("w")
                process = subprocess.Popen([args.python, model.trainer, "--out", str(out)], cwd=tree,
                                           env=training_environment(tree), stdout=log, stderr=subprocess.STDOUT)
                running.append((model, out, process, log, time.monotonic()))
            finished = [run for run in running if run[2].poll() is not None]
            if not finished:
                time.sleep(2)
                continue
            for run in finished:
                running.remove(run)
                model, out, process, log, started = run
                log.close()
                rebuilt = sha256_of(out) if process.returncode == 0 and out.exists() else None
                failed |= rebuilt != model.sha256
                print(verdict(model, rebuilt, time.monotonic() - started), flush=True)
                if rebuilt is None:
                    tail = (scratch / f"{model.name}.log").read_text(encoding="utf-8", errors="replace")
                    print("  " + "\n  ".join(tail.splitlines()[-10:]), flush=True)
    finally:
        if args.keep:
            print(f"kept: {scratch}")
        else:
            for tree in trees:
                remove_worktree(tree)
            shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
