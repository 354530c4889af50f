"""Reports on comparisons: terminal text, JSON (``Comparison.to_dict()``) and HTML."""

from sourcier.report.html import comparison_html
from sourcier.report.terminal import render_comparison

__all__ = ["comparison_html", "render_comparison"]
