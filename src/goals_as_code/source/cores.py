"""How many processes a run may use (the cores this process may run on, or ``GOALS_JOBS``), and
work split between this process and a forked second one."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def jobs() -> int:
    """How many processes may work at once: the cores this process may run on, or at most
    ``GOALS_JOBS`` (``GOALS_JOBS=1``: one core)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    asked = os.environ.get("GOALS_JOBS", "")
    if asked.isdigit() and int(asked) > 0:
        return min(int(asked), cores)
    return cores


def halves(items: Sequence[T], work: Callable[[T], R], least: int) -> list[R]:
    """``[work(item) for item in items]``, the second half done in a forked process when there
    are at least ``least`` items and a second core (on Linux: it starts with everything already
    in memory, and hands back its results as a pickle). The same results as doing each here,
    which is what happens when the second process cannot start or fails."""
    if len(items) < least:
        return [work(item) for item in items]
    middle = len(items) // 2
    other = aside(lambda: [work(item) for item in items[middle:]])
    found = [work(item) for item in items[:middle]]
    handed = other.result() if other is not None else None
    if not isinstance(handed, list) or len(handed) != len(items) - middle:  # done here after all
        handed = [work(item) for item in items[middle:]]
    return found + handed


class Aside(Generic[R]):
    """Work running in a forked process (:func:`aside`)."""

    def __init__(self, pid: int, readable: int) -> None:
        self._pid = pid
        self._readable = readable

    def result(self) -> R | None:
        """What the work returned, once it has ended; None when it failed."""
        import pickle

        with os.fdopen(self._readable, "rb") as handed:
            data = handed.read()
        _, status = os.waitpid(self._pid, 0)
        if status != 0:
            return None
        try:
            found: R = pickle.loads(data)
        except Exception:
            return None
        return found


def aside(work: Callable[[], R], first: Callable[[], None] | None = None) -> Aside[R] | None:
    """``work()`` started in a forked process, to run on the second core while this one goes on:
    it starts with everything already in memory and hands back what it returns as a pickle
    (:meth:`Aside.result`). ``first`` runs there before the work, to let go of what that process
    must not hold. None when there is no second core (or not on Linux) or the process cannot
    start: then the caller does the work itself."""
    import pickle

    def hand_back(out: BinaryIO) -> None:
        out.write(pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))

    started = _forked(hand_back, first)
    return Aside(*started) if started is not None else None


def _forked(
    write: Callable[[BinaryIO], None], first: Callable[[], None] | None
) -> tuple[int, int] | None:
    """A forked process that runs ``first``, then ``write`` with the end of a pipe to write
    to, and ends without any cleanup: its id and the end to read; None when there is no second
    core (or not on Linux) or it cannot start."""
    if jobs() < 2 or sys.platform != "linux":
        return None
    try:
        readable, writable = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the second process
        code = 1
        try:
            os.close(readable)
            if first is not None:
                first()
            with os.fdopen(writable, "wb") as out:
                write(out)
            code = 0
        finally:
            os._exit(code)
    os.close(writable)
    return pid, readable


_END = "end"  # after the last result (each result goes as a 1-tuple)


class Flow:
    """Work running in a forked process that hands its results over as it goes
    (:func:`flowing`): a thread here takes each one as it comes."""

    def __init__(
        self, pid: int, readable: int, take: Callable[[Any], None], ended: Callable[[], None]
    ) -> None:
        self._pid = pid
        self._take = take
        self._ended = ended
        self._complete = False
        self._ok: bool | None = None
        self._reader = threading.Thread(target=self._read, args=(readable,), daemon=True)
        self._reader.start()

    def _read(self, readable: int) -> None:
        import pickle

        try:
            with os.fdopen(readable, "rb") as handed:
                # one unpickler for the whole stream: what the results share, they share here
                unpickler = pickle.Unpickler(handed)
                while isinstance(result := unpickler.load(), tuple):
                    self._take(result[0])
                self._complete = result == _END
        except Exception:  # the stream ended early, or a result cannot be read: failed
            self._complete = False
        finally:
            self._ended()

    def wait(self) -> bool:
        """Wait for the work to end; whether it handed over every result."""
        if self._ok is None:
            self._reader.join()
            _, status = os.waitpid(self._pid, 0)
            self._ok = self._complete and status == 0
        return self._ok


def flowing(
    work: Callable[[Callable[[Any], None]], None],
    take: Callable[[Any], None],
    ended: Callable[[], None],
    first: Callable[[], None] | None = None,
) -> Flow | None:
    """``work(hand)`` started in a forked process, as :func:`aside` starts it, handing each
    result over with ``hand`` as it goes: here a thread gives it to ``take``, and calls ``ended``
    after the last (also when the work failed: :meth:`Flow.wait` tells). None when there is no
    second core or the process cannot start."""
    import pickle

    def hand_over(out: BinaryIO) -> None:
        # one pickler for the whole stream: an object the results share (a key, a name) is
        # written once and shared on the other side too
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)

        def hand(result: object) -> None:
            pickler.dump((result,))
            out.flush()

        work(hand)
        pickler.dump(_END)

    started = _forked(hand_over, first)
    return Flow(*started, take, ended) if started is not None else None


_LEAVE = False  # whether work given to behind() may go on after this process ends


def leave_behind() -> None:
    """Let :func:`behind` leave its work to a process that goes on after this one ends: the
    ``goals`` program allows it. A caller in the same process (a test, a library) does not, and
    gets the work done before :func:`behind` returns."""
    global _LEAVE
    _LEAVE = True


def behind(work: Callable[[], object]) -> None:
    """Do ``work`` (writing a cache) in a forked process that this one neither waits for nor
    hears from, while this one goes on with what it shows (its standard streams and every other
    file are closed there, so that a reader of this one's output sees its end when this one
    ends), at a lower priority, so that what this one shows comes first; here and now when
    :func:`leave_behind` was not called, or there is one core."""
    if not _LEAVE or jobs() < 2 or sys.platform != "linux":
        work()
        return
    try:
        pid = os.fork()
    except OSError:
        work()
        return
    if pid == 0:  # the other process: no stream, no pipe of this one's, no cleanup
        try:
            null = os.open(os.devnull, os.O_RDWR)
            for stream in (0, 1, 2):
                os.dup2(null, stream)
            os.closerange(3, os.sysconf("SC_OPEN_MAX"))
            os.nice(10)
            work()
        finally:
            os._exit(0)
