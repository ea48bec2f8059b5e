"""The spec's regex `pattern`s with ECMA-262 meaning, as OpenAPI/JSON Schema intend.

Python's `re` reads a few escapes differently from ECMA-262, and those
differences decide real cases: Python's `\\s` also matches U+0085 and
U+001C-U+001F, `\\d` matches every Unicode digit, and `$` also matches before
a trailing newline. schemathesis generates by ECMA rules, so a server using
plain `re` would reject valid data ("a@b.c" with U+0085 inside) and accept
invalid data ("a@b.c\\n"). `compile_ecma` rewrites those escapes into explicit
classes.
"""

from __future__ import annotations

import functools
import re

# ECMA-262 WhiteSpace and LineTerminator code points.
_WHITESPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_CLASS_BODIES = {"s": _WHITESPACE, "d": "0-9", "w": "A-Za-z0-9_"}


@functools.cache
def compile_ecma(pattern: str) -> re.Pattern[str]:
    """Compile an ECMA-262 pattern (as used in the spec) with Python's `re`."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escape = pattern[i + 1]
            body = _CLASS_BODIES.get(escape.lower())
            if body is None:
                out.append(pattern[i:i + 2])
            elif in_class:
                if escape.isupper():  # a negated escape inside a class has no simple rewrite
                    out.append(pattern[i:i + 2])
                else:
                    out.append(body)
            else:
                out.append(f"[{'^' if escape.isupper() else ''}{body}]")
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"  # ECMA `$` (no m flag) is the very end of the input
        out.append(char)
        i += 1
    return re.compile("".join(out))
