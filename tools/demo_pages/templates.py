"""Site templates for the sourcier demo corpus (generator, not shipped)."""

from __future__ import annotations

import json
import re
from html import escape
from urllib.parse import quote


def _meta(site: dict, art: dict) -> str:
    lines = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(art['title'])} | {escape(site['name'])}</title>",
        f'<meta name="description" content="{escape(art["description"])}">',
    ]
    if art.get("author"):
        lines.append(f'<meta name="author" content="{escape(art["author"])}">')
    canonical = art.get("canonical") or art["url"]
    lines += [
        f'<link rel="canonical" href="{escape(canonical)}">',
        f'<meta property="og:site_name" content="{escape(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(art["title"])}">',
        f'<meta property="og:description" content="{escape(art["description"])}">',
        f'<meta property="og:url" content="{escape(canonical)}">',
        f'<meta property="og:image" content="{escape(art["image"])}">',
        f'<meta property="og:locale" content="{site["locale"]}">',
    ]
    if art.get("published"):
        lines.append(
            f'<meta property="article:published_time" content="{art["published"]}">'
        )
    if art.get("modified"):
        lines.append(f'<meta property="article:modified_time" content="{art["modified"]}">')
    lines.append(f'<meta property="article:section" content="{escape(art["section"])}">')
    lines.append(f'<link rel="stylesheet" href="{site["base"]}/assets/site.css">')
    if site.get("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "url": art["url"],
            "image": [art["image"]],
            "inLanguage": art["lang"],
            "articleSection": art["section"],
            "publisher": {
                "@type": "Organization",
                "name": site["name"],
                "logo": {"@type": "ImageObject", "url": f"{site['base']}/assets/logo.png"},
            },
        }
        if art.get("published"):
            ld["datePublished"] = art["published"]
            ld["dateModified"] = art.get("modified") or art["published"]
        if art.get("author"):
            ld["author"] = [{"@type": "Person", "name": art["author"]}]
        lines.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False)
            + "</script>"
        )
    return "\n".join("  " + x for x in lines)


def _nav(site: dict, cls: str) -> str:
    items = "\n".join(
        f'      <li><a href="{site["base"]}/{slug + "/" if slug else ""}">{escape(label)}</a></li>'
        for label, slug in site["nav"]
    )
    return f'  <nav class="{cls}" aria-label="{escape(site["nav_label"])}">\n    <ul>\n{items}\n    </ul>\n  </nav>'


def _cookie(site: dict) -> str:
    return (
        f'<div id="cookie-banner" class="{site["prefix"]}-cookies" role="dialog">\n'
        f'  <p>{site["cookie_text"]}</p>\n'
        f'  <button type="button" class="accept">{escape(site["cookie_accept"])}</button>\n'
        f'  <button type="button" class="settings">{escape(site["cookie_settings"])}</button>\n'
        "</div>"
    )


SHARE_URLS = {
    "Facebook": "https://www.facebook.com/sharer/sharer.php?u={u}",
    "X": "https://x.com/intent/post?url={u}",
    "LinkedIn": "https://www.linkedin.com/sharing/share-offsite/?url={u}",
    "WhatsApp": "https://wa.me/?text={u}",
    "Telegram": "https://t.me/share/url?url={u}",
    "VK": "https://vk.com/share.php?url={u}",
    "Email": "mailto:?body={u}",
}


def _share(site: dict, art: dict) -> str:
    u = quote(art["url"], safe="")
    nets = "\n".join(
        f'    <li><a class="share-{n.lower()}" href="{escape(SHARE_URLS[n].format(u=u))}">{n}</a></li>'
        for n in site["share_networks"]
    )
    return (
        f'<div class="{site["prefix"]}-share">\n  <span>{escape(site["share_label"])}</span>\n'
        f"  <ul>\n{nets}\n  </ul>\n</div>"
    )


def _related(site: dict, art: dict) -> str:
    items = "\n".join(
        f'    <li><a href="{escape(u)}">{escape(t)}</a></li>' for t, u in art["related"]
    )
    return (
        f'<aside class="{site["prefix"]}-related">\n  <h2>{escape(site["related_label"])}</h2>\n'
        f"  <ul>\n{items}\n  </ul>\n</aside>"
    )


def _footer(site: dict) -> str:
    links = " | ".join(
        f'<a href="{site["base"]}/{slug}">{escape(label)}</a>'
        for label, slug in site["footer_links"]
    )
    return (
        f'<footer class="{site["prefix"]}-footer">\n  <p>{links}</p>\n'
        f'  <p>{site["footer_text"]}</p>\n</footer>'
    )


def _time(site: dict, art: dict) -> str:
    if not art.get("published"):
        return ""
    return f'<time datetime="{art["published"]}" class="published">{escape(art["date_display"])}</time>'


def _figure(site: dict, art: dict, cls: str) -> str:
    return (
        f'<figure class="{cls}">\n'
        f'  <img src="{escape(art["image"])}" alt="{escape(art["image_alt"])}" width="1200" height="675">\n'
        f"  <figcaption>{art['caption']}</figcaption>\n</figure>"
    )


def _body(site: dict, art: dict) -> str:
    paras = list(art["body"])
    paras += art.get("after_body", [])
    paras += site.get("body_blocks", [])
    block = re.compile(r"^\s*<(p|div|figure|blockquote|h[1-6]|ul|ol)\b")
    return "\n".join(p if block.match(p) else f"<p>{p}</p>" for p in paras)


def layout_modern(site: dict, art: dict) -> str:
    """Header, nav, main > article with header/figure/body; JSON-LD optional."""
    p = site["prefix"]
    byline = ""
    if art.get("byline"):
        byline = f'<p class="{p}-byline">{art["byline"]}</p>'
    return f"""<!DOCTYPE html>
<html lang="{site['html_lang']}">
<head>
{_meta(site, art)}
</head>
<body class="{p}-article-page">
{_cookie(site)}
<header class="{p}-masthead">
  <a class="{p}-logo" href="{site['base']}/">{escape(site['name'])}</a>
  <p class="{p}-tagline">{escape(site['tagline'])}</p>
{_nav(site, p + '-nav')}
</header>
<main id="content">
<article class="{p}-story">
  <header>
    <p class="{p}-kicker"><a href="{site['base']}/{art['section_slug']}/">{escape(art['section'])}</a></p>
    <h1>{escape(art['headline'])}</h1>
    {byline}
    {_time(site, art)}
  </header>
{_figure(site, art, p + '-lead-image')}
<div class="{p}-story-body">
{_body(site, art)}
</div>
{_share(site, art)}
</article>
{_related(site, art)}
</main>
{_footer(site)}
</body>
</html>
"""


def layout_wp(site: dict, art: dict) -> str:
    """WordPress-like markup: div#page, entry-header, entry-content, wp-caption."""
    p = site["prefix"]
    meta_bits = []
    if art.get("byline"):
        meta_bits.append(f'<span class="author vcard">{art["byline"]}</span>')
    if art.get("published"):
        meta_bits.append(f'<span class="posted-on">{_time(site, art)}</span>')
    entry_meta = (
        f'<div class="entry-meta">{" ".join(meta_bits)}</div>' if meta_bits else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{site['html_lang']}">
<head>
{_meta(site, art)}
</head>
<body class="post-template-default single single-post {p}">
<div id="page" class="site">
{_cookie(site)}
<header id="masthead" class="site-header">
  <div class="site-branding">
    <p class="site-title"><a href="{site['base']}/" rel="home">{escape(site['name'])}</a></p>
    <p class="site-description">{escape(site['tagline'])}</p>
  </div>
{_nav(site, 'main-navigation')}
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<article id="post-{art['post_id']}" class="post type-post status-publish format-standard">
  <header class="entry-header">
    <span class="cat-links"><a href="{site['base']}/{art['section_slug']}/" rel="category tag">{escape(art['section'])}</a></span>
    <h1 class="entry-title">{escape(art['headline'])}</h1>
    {entry_meta}
  </header>
  <div class="entry-content">
{_figure(site, art, 'wp-caption aligncenter')}
{_body(site, art)}
{_share(site, art)}
  </div>
</article>
{_related(site, art)}
</div>
</div>
{_footer(site)}
</div>
</body>
</html>
"""


def layout_classic(site: dict, art: dict) -> str:
    """Older div-based layout: #wrapper, #top, .colonne-principale, .texte."""
    p = site["prefix"]
    byline = f'<div class="signature">{art["byline"]}</div>' if art.get("byline") else ""
    return f"""<!DOCTYPE html>
<html lang="{site['html_lang']}">
<head>
{_meta(site, art)}
</head>
<body>
<div id="wrapper" class="{p}">
{_cookie(site)}
<div id="top">
  <div class="logo"><a href="{site['base']}/">{escape(site['name'])}</a></div>
  <div class="baseline">{escape(site['tagline'])}</div>
</div>
{_nav(site, 'menu-principal')}
<div class="colonne-principale">
<article class="{p}-article">
  <div class="rubrique"><a href="{site['base']}/{art['section_slug']}/">{escape(art['section'])}</a></div>
  <h1 class="titre">{escape(art['headline'])}</h1>
  <div class="infos">{byline} {_time(site, art)}</div>
{_figure(site, art, 'illustration')}
  <div class="texte">
{_body(site, art)}
  </div>
{_share(site, art)}
</article>
</div>
<div class="colonne-droite">
{_related(site, art)}
</div>
{_footer(site)}
</div>
</body>
</html>
"""


LAYOUTS = {"modern": layout_modern, "wp": layout_wp, "classic": layout_classic}


def render(site: dict, art: dict) -> str:
    return LAYOUTS[site["layout"]](site, art)
