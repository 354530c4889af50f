"""The bundled demo corpus: fictional sites, an original, its French republication, wire copies."""

from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "pages"
