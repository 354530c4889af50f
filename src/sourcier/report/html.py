"""Self-contained HTML page for one comparison: side-by-side aligned sentences.

Every piece of article text is escaped (articles are untrusted input); the page has no
scripts and no external resources.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict

from sourcier.model import Article, Comparison, Divergence

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em;margin:.2em 0}.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-top:1px solid #ddd;padding:.35em .5em;vertical-align:top}
th{text-align:left;background:#f4f4f4}td.s{width:4.5em;color:#777;font-size:.85em}
tr.gap-a td.a,tr.gap-b td.b{background:#f7f7f7}
tr.only-a td.a{background:#e8f0ff}tr.only-b td.b{background:#fff0d9}
tr.div td{border-left:3px solid #c33}tr.moved td{font-style:italic}
mark{background:#ffd54f;padding:0 .1em}.tag{display:inline-block;font-size:.75em;
background:#c33;color:#fff;border-radius:3px;padding:0 .35em;margin:.1em .2em 0 0}
.tag.boilerplate_added{background:#777}.ev{font-size:.85em;color:#933}
ul.meta-div li{margin:.2em 0}.idx{color:#999;font-size:.8em;margin-right:.3em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _marked(text: str, needles: list[str]) -> str:
    """``text`` escaped, with occurrences of ``needles`` wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for n in needles:
        if not n:
            continue
        pos = text.find(n)
        if pos >= 0 and not any(s < pos + len(n) and pos < e for s, e in spans):
            spans.append((pos, pos + len(n)))
    spans.sort()
    out, cur = [], 0
    for s, e in spans:
        out.append(_e(text[cur:s]))
        out.append(f"<mark>{_e(text[s:e])}</mark>")
        cur = e
    out.append(_e(text[cur:]))
    return "".join(out)


def _needles(divs: list[Divergence], side: str) -> list[str]:
    found = []
    for d in divs:
        for key in (f"{side}_text", side):
            v = d.values.get(key)
            if isinstance(v, str) and d.type not in ("sentence_omitted", "sentence_added",
                                                     "boilerplate_added"):
                found.append(v)
                break
    return found


def _cell(article: Article, idx: list[int], needles: list[str]) -> str:
    parts = []
    for i in idx:
        if 0 <= i < len(article.sentences):
            parts.append(f"<span class=idx>{i}</span>{_marked(article.sentence_text(i), needles)}")
    return " ".join(parts)


def _head(article: Article, role: str) -> str:
    bits = [f"<b>{role}</b>"]
    if article.title:
        bits.append(_e(article.title))
    link = article.url or article.source
    bits.append(f"<span class=meta>{_e(link)} · {_e(article.lang or '?')}"
                f"{' · ' + _e(article.published[:10]) if article.published else ''}</span>")
    return "<br>".join(bits)


def comparison_html(c: Comparison) -> str:
    """A standalone HTML page showing ``c`` side by side."""
    a, b = c.articles["a"], c.articles["b"]
    by_a: dict[int, list[Divergence]] = defaultdict(list)
    by_b: dict[int, list[Divergence]] = defaultdict(list)
    meta: list[Divergence] = []
    for d in c.divergences:
        if not d.a and not d.b:
            meta.append(d)
        for i in d.a:
            by_a[i].append(d)
        for j in d.b:
            by_b[j].append(d)
    rows = []
    for lk in c.alignment:
        divs: list[Divergence] = []
        for i in lk.a:
            divs += [d for d in by_a.get(i, []) if d not in divs]
        for j in lk.b:
            divs += [d for d in by_b.get(j, []) if d not in divs]
        cls = []
        if not lk.b:
            cls.append("only-a")
        if not lk.a:
            cls.append("only-b")
        if lk.moved:
            cls.append("moved")
        if divs:
            cls.append("div")
        tags = "".join(f"<span class='tag {_e(d.type)}'>{_e(d.type)}</span>" for d in divs)
        ev = "".join(f"<div class=ev>{_e(d.evidence)}</div>" for d in divs
                     if d.type not in ("sentence_omitted", "sentence_added"))
        score = f"{lk.score:.2f}" if lk.a and lk.b else ("only a" if lk.a else "only b")
        if lk.moved:
            score += "<br>moved"
        rows.append(
            f"<tr class='{' '.join(cls)}'><td class=a>{_cell(a, lk.a, _needles(divs, 'a'))}</td>"
            f"<td class=s>{score}</td><td class=b>{_cell(b, lk.b, _needles(divs, 'b'))}"
            f"{tags and '<div>' + tags + '</div>'}{ev}</td></tr>")
    counts = Counter(d.type for d in c.divergences)
    summary = ", ".join(f"{_e(t)} {n}" for t, n in counts.most_common()) or "none"
    meta_html = "".join(f"<li><span class='tag {_e(d.type)}'>{_e(d.type)}</span>"
                        f"{_e(d.evidence)}</li>" for d in meta)
    warn = "".join(f"<p class=ev>warning: {_e(w)}</p>" for w in c.warnings)
    direction = {"a": "a (left)", "b": "b (right)"}.get(c.direction, "unknown")
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>sourcier: {_e(c.verdict)}</title><style>{_CSS}</style></head><body>
<h1>Verdict: {_e(c.verdict)}</h1>
<p class=meta>original: {_e(direction)} — {_e('; '.join(c.direction_evidence))}<br>
coverage a {c.coverage.get('a', 0):.0%}, b {c.coverage.get('b', 0):.0%} ·
mean similarity {c.similarity:.2f} · divergences: {summary}</p>{warn}
<ul class=meta-div>{meta_html}</ul>
<table><tr><th>{_head(a, 'a — copy')}</th><th style="width:4.5em">score</th>
<th>{_head(b, 'b — original')}</th></tr>
{''.join(rows)}
</table></body></html>
"""
