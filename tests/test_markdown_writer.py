"""The one Markdown writer: its output, parsed again by markdown-it, has the structure the writer
meant, and user text comes back as the same text, never as a link, an image, HTML or formatting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from goals_as_code.markdown import writer
from goals_as_code.source.inert import terminal as shown

HOSTILE = [
    'Cut | <b>x</b> `y` **z** _w_ [l](u) ![i](s) # h ~s~ ~~t~~ \\ "q" &amp; &#35; @erik',
    "<script>alert(1)</script>",
    "<https://example.com> [a]: /u [a]",
    "# Not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "1. not a list",
    "3) not a list",
    "===",
    "---",
    "***",
    "trailing hashes ##",
    "a\\",
    "back\\slash \\* \\| \\\\",
    "line\nbreaks\r\nand   spaces",
    "![img](http://x/y.png)",
    "a | b || c |",
    "``code`` and `",
    "<!-- comment -->",
    "&copy; &#x41; &",
    "*a* _b_ __c__ **d**",
    # hostile input from the hardening corpus: links that run code, HTML that hides, workflow
    # commands, terminal escapes and Unicode line breaks
    "[x](javascript:alert(1)) [y]: javascript:alert(2)",
    "<details><summary>open me</summary>hidden</details>",
    "::error file=goals/a.md,line=1::forged",
    "\x1b[31mred\x1b]8;;http://evil\x07link\x1b]8;;\x07",
    "a\u2028b\x85c\x1cd",
    "@erik @team/sub @@x",
]
READABLE = {
    "anna@example.com: 48 → 24 hours (-50 %), ok?": "anna@example.com: 48 → 24 hours (-50 %), ok?",
    "cut_reply_time 2017.5 C# 3-4 (a) 'b' \"c\" ! = + - . , ; : ?": "cut_reply_time 2017.5 C# 3-4 (a) 'b' \"c\" ! = + - . , ; : ?",
    r"C:\Users\anna": r"C:\Users\anna",
    "#12 and AT&T": "#12 and AT&T",
}

# markdown-it as GitHub reads a comment: CommonMark with tables and strikethrough
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
MARKUP = {
    "link_open", "image", "html_inline", "html_block", "code_inline", "em_open", "strong_open",
    "s_open", "softbreak", "hardbreak",
}  # fmt: skip


def _inline(tokens: list[Token]) -> list[Token]:
    return [token for token in tokens if token.type == "inline"]


def _shown(inline: Token) -> str:
    """The text a reader sees in an inline token: its text children, joined."""
    assert inline.children is not None
    return "".join(child.content for child in inline.children)


def _types(inline: Token) -> set[str]:
    assert inline.children is not None
    return {child.type for child in inline.children}


@pytest.mark.parametrize("said", HOSTILE)
def test_user_text_in_a_paragraph_is_one_paragraph_of_that_text(said: str) -> None:
    tokens = MD.parse(writer.text(said))
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    (inline,) = _inline(tokens)
    assert _types(inline) <= {"text"}
    assert _shown(inline) == shown(" ".join(said.split()))


@pytest.mark.parametrize("said", HOSTILE)
def test_user_text_in_a_heading_quote_and_list_item_stays_text(said: str) -> None:
    expected = shown(" ".join(said.split()))
    for written, shape in [
        (f"## {writer.text(said)}", ["heading_open", "inline", "heading_close"]),
        (
            f"> {writer.text(said)}",
            ["blockquote_open", "paragraph_open", "inline", "paragraph_close", "blockquote_close"],
        ),
        (
            f"- {writer.text(said)}",
            ["bullet_list_open", "list_item_open", "paragraph_open", "inline", "paragraph_close",
             "list_item_close", "bullet_list_close"],
        ),
    ]:  # fmt: skip
        tokens = MD.parse(written)
        assert [token.type for token in tokens] == shape, written
        (inline,) = _inline(tokens)
        assert not _types(inline) & MARKUP, written
        assert _shown(inline) == expected, written


def test_a_table_keeps_its_shape_and_every_cell_its_text() -> None:
    rows = [[writer.text(said), writer.code(said), "`trusted` code"] for said in HOSTILE]
    written = "\n".join(writer.table(["Text | one", "Code", "Ours"], rows, "lr"))
    tokens = MD.parse(written)
    assert [token.type for token in tokens].count("tr_open") == len(HOSTILE) + 1
    cells = _inline(tokens)
    assert len(cells) == 3 * (len(HOSTILE) + 1)
    assert [_shown(cell) for cell in cells[:3]] == ["Text | one", "Code", "Ours"]
    aligns = [token.attrGet("style") for token in tokens if token.type == "th_open"]
    assert aligns == [None, "text-align:right", None]
    for number, said in enumerate(HOSTILE, start=1):
        text, code, ours = cells[3 * number : 3 * number + 3]
        expected = shown(" ".join(said.split()))
        assert not _types(text) & MARKUP
        assert _shown(text) == expected
        assert [child.type for child in code.children or []] == ["code_inline"]
        assert code.children[0].content == expected
        assert [child.type for child in ours.children or []] == ["code_inline", "text"]


@pytest.mark.parametrize(("said", "written"), READABLE.items())
def test_plain_text_is_written_as_it_is(said: str, written: str) -> None:
    assert writer.text(said) == written


def test_only_what_could_be_markup_is_escaped() -> None:
    assert writer.text("Cut | <b>x</b> `y` **z** _w_ [l](u) ![i](s) # h ~s~ &amp; @erik") == (
        r"Cut | \<b>x\</b> \`y\` \*\*z\*\* \_w\_ \[l\](u) !\[i\](s) # h \~s\~ \&amp; &#64;erik"
    )
    assert writer.text("# One #") == r"\# One \#"
    assert writer.text("1. first") == r"1\. first"
    assert writer.text("- item") == r"\- item"
    assert writer.code("a`b") == "``a`b``"
    assert writer.code("`x") == "`` `x ``"
    assert writer.table(["a", "b"], [["x|y", "`p|q`"]], "r") == [
        "| a | b |",
        "|---:|---|",
        r"| x\|y | `p\|q` |",
        "",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_stays_one_paragraph_of_text(said: str) -> None:
    written = writer.text(said)
    if not written:
        return
    tokens = MD.parse(written)
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    (inline,) = _inline(tokens)
    assert not _types(inline) & MARKUP


@pytest.mark.parametrize("control", ["\u202e", "\u2066", "\u200f", "\x1b", "\x07", "\u061c"])
def test_bidi_and_control_characters_are_shown_not_obeyed(control: str) -> None:
    said = writer.text(f"Jag ska{control} öka")
    assert control not in said
    escape = f"\\x{ord(control):02x}" if ord(control) < 0x100 else f"\\u{ord(control):04x}"
    assert said == f"Jag ska{escape} öka"
    assert control not in writer.code(f"a{control}b")
