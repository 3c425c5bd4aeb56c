"""Generate docs/rules.md, the rule catalogue, from the rule modules' docstrings.

python -m tools.rules_doc --write docs/rules.md
python -m tools.rules_doc --check docs/rules.md
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from goals_as_code.check import catalogue


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tools.rules_doc [--write PATH | --check PATH]``."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m tools.rules_doc")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", type=Path, help="write the Markdown catalogue to this file")
    group.add_argument("--check", type=Path, help="exit 1 when this file is not up to date")
    args = parser.parse_args(argv)
    page = catalogue.markdown()
    if args.write:
        args.write.write_text(page, encoding="utf-8")
    elif args.check:
        current = args.check.read_text(encoding="utf-8") if args.check.exists() else ""
        if current != page:
            print(
                f"{args.check} is stale; run: python -m tools.rules_doc --write {args.check}",
                file=sys.stderr,
            )
            return 1
    else:
        sys.stdout.write(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
