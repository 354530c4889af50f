"""sourcier: trace copied and machine-translated news back to its original and show what changed.

The package mirrors the pipeline::

    read -> extract -> annotate -> compare -> corpus -> network   (report, web, cli on top)

All records live in :mod:`sourcier.model`.
"""

__version__ = "0.1.0"
