"""Shared fixtures. Tests needing ../shared/data skip with a clear reason when it is absent."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

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


@pytest.fixture(scope="session")
def benchmark_module() -> Callable[[str], ModuleType]:
    """Load a script of ``benchmarks/`` by name (they are scripts, not a package)."""

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(
            f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
