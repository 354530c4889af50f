"""Shared fixtures. Tests needing ../shared/data skip with a clear reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("SOURCIER_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture
def shared_data() -> Path:
    """The public evaluation data beside the project; skip when it is not there."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data not found at {SHARED_DATA} (only present in CI/dev setups)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    from sourcier.demo import DEMO_DIR

    return DEMO_DIR
