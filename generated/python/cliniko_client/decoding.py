"""From a response body to models, fast; used by every generated ``_parse_response``.

Where the time went, measured on a page of 100 patients (``scripts/bench_client.py``):
decoding the JSON, building the models, and CPython's cyclic garbage collector
walking the thousands of objects built meanwhile. So:

- ``loads`` decodes with msgspec, about twice as fast as the standard library.
  A body msgspec refuses (``NaN``, ``1e400``, a lone surrogate, a byte-order
  mark, UTF-16) goes to ``json.loads``, which is what ``response.json()`` does:
  every body decodes to exactly what it did before, big integers included.
- ``paused_gc`` pauses the cyclic collector while a body becomes models: every
  object built is reachable, so the collections it would run then find nothing
  to free. It is switched back on afterwards only if it was on. Reference
  counting still frees at once; only cycles made meanwhile wait for the next
  collection.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import msgspec

_decoder = msgspec.json.Decoder()


def loads(body: bytes) -> Any:
    """The JSON value of ``body``, equal to ``json.loads(body)``."""
    try:
        return _decoder.decode(body)
    except msgspec.DecodeError:
        return json.loads(body)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Cyclic garbage collection off for the block (if it was on), back on after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
