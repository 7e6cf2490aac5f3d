"""Render stored mail safely. Sanitising happens here, at render time; the register keeps the
message exactly as received.

HTML goes through nh3 (ammonia) with a small allow-list: no scripts, no styles, no event handlers,
no forms, no remote content (every `src` that is not an inline `data:image/...` is removed, and
`srcset`, `background`, `style` are never allowed). The result is shown in an
`<iframe sandbox srcdoc=...>` whose document carries its own `default-src 'none'` policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import nh3
from markupsafe import Markup, escape

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "ol", "p", "pre", "q", "s",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "u", "ul", "font", "center",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Inline images only; SVG is excluded even as data: (it can carry script when opened directly).
DATA_IMAGE = re.compile(r"^data:image/(png|gif|jpeg|jpg|webp);base64,[A-Za-z0-9+/=\s]+$", re.IGNORECASE)
SAFE_HREF = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)

FRAME_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
FRAME_STYLE = "body{font:14px/1.45 system-ui,sans-serif;margin:8px;color:#111;word-wrap:break-word}img{max-width:100%}"


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "src":
        return value if tag == "img" and DATA_IMAGE.match(value.strip()) else None
    if attribute == "href":
        return value if SAFE_HREF.match(value.strip()) else None
    return value


def clean_html(html: str) -> str:
    """The message HTML with everything active or remote removed."""
    return nh3.clean(
        html or "",
        tags=TAGS,
        clean_content_tags={"script", "style", "title", "head", "svg", "math", "noscript", "template", "iframe", "object"},
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={"http", "https", "mailto", "data"},
        strip_comments=True,
        link_rel="noopener noreferrer nofollow",
    )


def frame_document(html: str) -> str:
    """A complete, inert document for the sandboxed iframe's srcdoc (escaped by the template)."""
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{FRAME_CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f"<style>{FRAME_STYLE}</style></head><body>{clean_html(html)}</body></html>"
    )


def highlight(text: str, phrases: Iterable[str]) -> Markup:
    """`text` escaped, with each evidence phrase wrapped in <mark> (case-insensitive)."""
    wanted = sorted({p.strip() for p in phrases if p and len(p.strip()) >= 3}, key=len, reverse=True)
    if not wanted or not text:
        return Markup(escape(text or ""))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in wanted[:50]) + r")\b", re.IGNORECASE)
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(str(escape(text[last : match.start()])))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))
