"""BLAS thread control.

numpy's OpenBLAS starts a pool of threads for any matrix product above a small size. For the
many small products of an alignment (40 x 512 by 512 x 40) or a memory-bound scan of document
vectors, waking those threads costs more than the product itself, and on a busy 2-core machine
they spin against the other work (measured: aligning two 40-sentence articles 67 ms with the
default pool under load, 11 ms with one thread). :func:`one_blas_thread` runs a block with a
single BLAS thread; the sentence encoder, whose large batches do gain from threads, sets its own
limit inside it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from typing import Any


@cache
def _controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # an install without it: BLAS keeps its default
        return None
    return ThreadpoolController()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the enclosed block with one BLAS thread (nested use is cheap: ~microseconds)."""
    ctl = _controller()
    if ctl is None:
        yield
        return
    with ctl.limit(limits=1, user_api="blas"):
        yield
