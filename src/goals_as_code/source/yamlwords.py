"""The YAML parser's own words, as catalogue messages.

PyYAML (with libyaml, or in pure Python) explains a syntax error in two English phrases: a
context ("while parsing a block mapping") and a problem ("did not find expected key"). Each
phrase it can say is listed here as a message whose id is the phrase itself, so English output
keeps the parser's words and every other language says them from its catalogue. The pure-Python
parser fills a few phrases with what it found; those are read with a pattern and their parts
kept. A phrase not listed (a later PyYAML may add one) is kept as the parser said it.
"""

from __future__ import annotations

import re

from goals_as_code.i18n.messages import N_, Message, message

PHRASES = frozenset(
    {
        # what the parser was doing
        N_("while scanning for the next token"),
        N_("while scanning a simple key"),
        N_("while scanning a directive"),
        N_("while scanning a %YAML directive"),
        N_("while scanning a %TAG directive"),
        N_("while scanning an anchor"),
        N_("while scanning an alias"),
        N_("while scanning a tag"),
        N_("while parsing a tag"),
        N_("while scanning a block scalar"),
        N_("while scanning a quoted scalar"),
        N_("while scanning a double-quoted scalar"),
        N_("while scanning a single-quoted scalar"),
        N_("while parsing a quoted scalar"),
        N_("while scanning a plain scalar"),
        N_("while parsing a node"),
        N_("while parsing a block node"),
        N_("while parsing a flow node"),
        N_("while parsing a block collection"),
        N_("while parsing a block mapping"),
        N_("while parsing a flow sequence"),
        N_("while parsing a flow mapping"),
        N_("while parsing an indentless sequence"),
        N_("while constructing a mapping"),
        N_("expected a single document in the stream"),
        # what it found wrong
        N_("found character that cannot start any token"),
        N_("could not find expected ':'"),
        N_("block sequence entries are not allowed in this context"),
        N_("block sequence entries are not allowed here"),
        N_("sequence entries are not allowed here"),
        N_("mapping keys are not allowed in this context"),
        N_("mapping keys are not allowed here"),
        N_("mapping values are not allowed in this context"),
        N_("mapping values are not allowed here"),
        N_("did not find expected directive name"),
        N_("found unknown directive name"),
        N_("did not find expected comment or line break"),
        N_("did not find expected alphabetic or numeric character"),
        N_("did not find the expected '>'"),
        N_("did not find expected whitespace or line break"),
        N_("did not find expected '!'"),
        N_("did not find URI escaped octet"),
        N_("found an indentation indicator equal to 0"),
        N_("found a tab character where an indentation space is expected"),
        N_("found a tab character that violates indentation"),
        N_("found unexpected document indicator"),
        N_("found unexpected document separator"),
        N_("found unexpected end of stream"),
        N_("found unknown escape character"),
        N_("did not find expected hexdecimal number"),
        N_("found invalid Unicode character escape code"),
        N_("found unexpected ':'"),
        N_("did not find expected <document start>"),
        N_("found undefined tag handle"),
        N_("did not find expected node content"),
        N_("did not find expected '-' indicator"),
        N_("did not find expected key"),
        N_("did not find expected ',' or ']'"),
        N_("did not find expected ',' or '}'"),
        N_("found undefined alias"),
        N_("but found another document"),
        N_("expected indentation indicator in the range 1-9, but found 0"),
        N_("control characters are not allowed"),
    }
)

# A token as the parser names it ('<block end>', "','") and a choice of them ("',' or ']'").
_TOKEN = r"(?:<[\w ]+>|'[^']*')"
_TOKENS = rf"{_TOKEN}(?: or {_TOKEN})*"

# The pure-Python parser's phrases with what it found in them.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"found character (?P<found>.+) that cannot start any token"),
        N_("found character {found} that cannot start any token"),
    ),
    (
        re.compile(rf"expected (?P<expected>{_TOKENS}), but found (?P<found>.+)"),
        N_("expected {expected}, but found {found}"),
    ),
    (
        re.compile(rf"expected (?P<expected>{_TOKENS}), but got (?P<found>.+)"),
        N_("expected {expected}, but got {found}"),
    ),
    (
        re.compile(r"expected the node content, but found (?P<found>.+)"),
        N_("expected the node content, but found {found}"),
    ),
    (
        re.compile(r"expected a comment or a line break, but found (?P<found>.+)"),
        N_("expected a comment or a line break, but found {found}"),
    ),
    (
        re.compile(r"expected alphabetic or numeric character, but found (?P<found>.+)"),
        N_("expected alphabetic or numeric character, but found {found}"),
    ),
    (
        re.compile(r"expected chomping or indentation indicators, but found (?P<found>.+)"),
        N_("expected chomping or indentation indicators, but found {found}"),
    ),
    (
        re.compile(
            r"expected escape sequence of (?P<n>\d+) hexadecimal numbers, but found (?P<found>.+)"
        ),
        N_("expected escape sequence of {n} hexadecimal numbers, but found {found}"),
    ),
    (
        re.compile(r"found unknown escape character (?P<found>.+)"),
        N_("found unknown escape character {found}"),
    ),
    (
        re.compile(r"found undefined alias (?P<found>.+)"),
        N_("found undefined alias {found}"),
    ),
    (
        re.compile(r"found undefined tag handle (?P<found>.+)"),
        N_("found undefined tag handle {found}"),
    ),
)


def phrase(words: str) -> Message | str:
    """One phrase of the parser as a message (or as said, when it is not known)."""
    words = words.strip()
    if words in PHRASES:
        return message(words)
    for pattern, id_ in PATTERNS:
        found = pattern.fullmatch(words)
        if found is not None:
            parts: dict[str, str] = found.groupdict()
            if "expected" in parts:
                parts["expected"] = _either(parts["expected"])
            return message(id_, **parts)
    return words


def _either(tokens: str) -> str:
    """Tokens the parser expected ("',' or ']'"), with "or" in the catalogues' words."""
    first, *rest = tokens.split(" or ")
    for token in rest:
        first = message(N_("{first} or {second}"), first=first, second=token)
    return first
