"""What the history skipped, and why: told once per file and kind of trouble, later times
counted."""

from __future__ import annotations

from goals_as_code.i18n.messages import message_plural


class Notes:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.noted: dict[tuple[str, str], list[int]] = {}  # (path, kind) -> [index, more]

    def note(self, path: str, kind: str, said: str) -> None:
        """Tell the first time a file has this kind of trouble; count the later times."""
        seen = self.noted.get((path, kind))
        if seen is None:
            self.noted[(path, kind)] = [len(self.messages), 0]
            self.messages.append(said)
        else:
            seen[1] += 1

    def finish(self) -> list[str]:
        """The messages, each with the count of later times alike."""
        for (path, _kind), (index, more) in self.noted.items():
            if more:
                self.messages[index] = message_plural(
                    "{note} (and {n} later version of {path} alike)",
                    "{note} (and {n} later versions of {path} alike)",
                    more,
                    note=self.messages[index],
                    path=path,
                )
        self.noted.clear()
        return self.messages
