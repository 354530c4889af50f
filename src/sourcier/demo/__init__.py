"""The bundled demo corpus: fictional sites, an original, its French republication, wire copies.

``manifest.json`` lists every page with its role and relation, and the changes planted in the
French republication (see ``tools/demo_pages`` for the generator; all text is our own fiction).
"""

from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "pages"
MANIFEST = Path(__file__).resolve().parent / "manifest.json"
