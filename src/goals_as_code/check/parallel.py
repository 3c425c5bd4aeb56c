"""Reading files and the rules about one file alone, on every core: for a check of many files.

Before the checker reads the tree, :func:`prepare` gives the files that the cache of
``goals check`` does not hold (or holds for other bytes) to worker processes, which read each
one, run on it the rules whose findings depend on that file alone (``cache.CACHED``), and send
back the cache's entry for it. The checker then reads the tree as on a warm run: the document
from the entry, the findings of those rules from the entry, every other rule in this process.
So the problems are the same with one core or many, and each file is parsed once.

It pays only for many new files (``MIN_FILES``), and only where a process can be forked (Linux):
a worker then starts with everything already imported. ``GOALS_JOBS=1`` keeps a check on one
core; ``GOALS_JOBS=N`` uses at most N.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from goals_as_code.check.cache import CACHED, Entry, Store, Unplain, encode
from goals_as_code.check.rules._base import Context, Rule
from goals_as_code.check.tree import NotRegular, TooLarge, Tree, parse, read_regular
from goals_as_code.source import cachefile
from goals_as_code.source.config import Config, default_today
from goals_as_code.source.cores import jobs as jobs  # the checker asks it here

MIN_FILES = 400  # fewer new files are read faster here than a pool starts and hands them back
CHUNK = 100  # files a worker is given at a time

# what a worker needs, set when its process starts (forked: nothing is sent)
_JOB: dict[str, Any] = {}


def prepare(
    store: Store,
    files: Sequence[tuple[Path, str]],
    config: Config,
    active: Sequence[tuple[Rule, dict[str, Any]]],
    lang: str,
    always: tuple[str, ...],
    names: frozenset[str],
    advance: Callable[[int], object] | None = None,
    raws: dict[Path, bytes] | None = None,
) -> int:
    """Put in ``store`` the entries of the ``files`` (each a path and the name problems give it)
    that it does not hold for their bytes, made by worker processes; returns how many. Nothing
    when there are too few, or one core, or no fork: the checker then reads them itself.
    ``always``: the codes (prefixes) of the rules that run on a file that cannot be read;
    ``names``: every rule's code and name (the checker's). ``raws`` takes the bytes of every
    file read, so that the checker reads none of them again."""
    workers = jobs()
    if workers < 2 or sys.platform != "linux":
        return 0
    missing: list[tuple[str, bytes]] = []
    path_of: dict[str, Path] = {}
    for path, shown in files:
        try:
            raw = read_regular(path)
        except (NotRegular, TooLarge, OSError):
            continue  # the checker tells what is wrong with it
        if raws is not None:
            raws[path] = raw
        if not store.holds(shown, raw):
            missing.append((shown, raw))
            path_of[shown] = path
    if len(missing) < MIN_FILES:
        return 0
    import multiprocessing  # only now: a check of a few files never starts a process
    from concurrent.futures import ProcessPoolExecutor

    chunks = [missing[start : start + CHUNK] for start in range(0, len(missing), CHUNK)]
    cached = [(rule.CODE, options) for rule, options in active if rule.CODE in CACHED]
    context = multiprocessing.get_context("fork")
    _JOB.update(config=config, rules=cached, lang=lang, always=always, names=names)
    made = 0
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for chunk, found in zip(chunks, pool.map(_entries, chunks), strict=True):
                raw_of = dict(chunk)
                for shown, kept in found:
                    if store.put(shown, kept):
                        made += 1
                        if store.path is None:  # this run's only: the document now, not its
                            # entry as a file keeps it beside every other until the tree is read
                            raw = raw_of[shown]
                            store.document(shown, raw, partial(parse, raw, shown, config))
                            if raws is not None:  # held as a document: its bytes are let go
                                raws.pop(path_of[shown], None)
                if advance is not None:
                    advance(len(chunk))
    except Exception:  # no process to start, a worker killed (out of memory), ...
        if os.environ.get("GOALS_DEBUG"):
            raise
        # what the workers handed back is kept; the checker reads the rest itself
    finally:
        _JOB.clear()
    return made


def _entries(files: list[tuple[str, bytes]]) -> list[tuple[str, list[Any]]]:
    """In a worker: the cache's entries of ``files`` as its file keeps them (the digest, the
    document, the findings), each file read and checked by the rules kept."""
    from goals_as_code.check import rules as registry

    config: Config = _JOB["config"]
    lang: str = _JOB["lang"]
    chosen = [(registry.BY_CODE[code].load(), options) for code, options in _JOB["rules"]]
    today = default_today()
    made = []
    for shown, raw in files:
        doc = parse(raw, shown, config)
        if any(issue.kind == "internal" for issue in doc.issues):
            continue  # the checker reads it again and reports what failed
        try:
            entry = Entry(cachefile.hashed(raw), encode(doc, raw.decode("utf-8")))
        except (Unplain, UnicodeDecodeError):
            continue
        tree = Tree([doc], config)
        for module, options in chosen:
            if not doc.readable and not module.CODE.startswith(_JOB["always"]):
                continue
            try:
                ctx = Context(tree, options, lang, today, _JOB["names"])
                found = list(module.check(doc, ctx))
            except Exception:
                continue  # the rule runs again in the checker, which reports the failure
            entry.put(module.CODE, found)
        made.append((shown, [entry.digest, entry.stored, entry.kept()]))
    return made
