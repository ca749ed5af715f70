"""Untrusted text made safe to show: nothing in an id, title or article can move the cursor,
retitle a terminal, or reorder what a reader sees.

Control characters (terminal escape sequences start with one) and the Unicode characters that
override or embed a text direction are shown as visible escapes (`\\x1b`, `\\u202e`), so a
reader sees that they are there. HTML writers also isolate each untrusted string (`<bdi>`), so
right-to-left text in a title cannot reorder the words around it.

>>> visible("\\x1b]0;pwned\\x07 ok")
'\\\\x1b]0;pwned\\\\x07 ok'
>>> visible("abc \\u202edetrats\\u202c")
'abc \\\\u202edetrats\\\\u202c'
>>> visible("line one\\nline two\\tend")
'line one\\nline two\\tend'
"""

from __future__ import annotations

import re

_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
"""Embeddings, overrides, isolates and their terminators (marks like U+200F are harmless)."""
_HIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_HIDDEN_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}\u2028\u2029]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with control and bidi-override characters shown as escapes (line breaks, carriage
    returns and tabs kept); with `one_line`, those too (for a value that must stay on its line)."""
    return (_HIDDEN_ONE_LINE if one_line else _HIDDEN).sub(_escape, text)


def has_hidden(text: str) -> bool:
    """Whether `text` holds a character that `visible` would escape."""
    return _HIDDEN.search(text) is not None
