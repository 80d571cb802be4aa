"""Browser pages from Markdown: escaped, relative .md links to .html, title from the front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.deliver.html import page_html, relative_md
from brief.errors import ConfigError
from brief.prompts import PromptLibrary

DIGEST = """---
title: Daily brief <b>
date: '2026-12-01'
---

# Daily brief — 2026-12-01

1. [Port <strike>](port-strike.md) — [ledger](https://ledger.example/a.md)
2. [Part two](port-strike.md#positions) · [top](#top) · [abs](/x.md) · [js](javascript:alert(1))

<script>alert("pwned")</script> & “quotes” ![chart](https://cdn.example/c.png)
"""


def test_a_page_is_escaped_and_links_the_briefs_html() -> None:
    page = page_html(DIGEST, PromptLibrary(), up=("index.html", "Back <home>"))
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<title>Daily brief &lt;b&gt; — 2026-12-01</title>" in page
    assert '<nav><a href="index.html">← Back &lt;home&gt;</a></nav>' in page
    assert '<a href="port-strike.html">Port &lt;strike&gt;</a>' in page
    assert '<a href="port-strike.html#positions">Part two</a>' in page
    assert 'href="https://ledger.example/a.md"' in page and 'href="#top"' in page and 'href="/x.md"' in page
    assert 'href="javascript' not in page and "[js](javascript:alert(1))" in page  # refused, shown as text
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; “quotes”" in page
    assert "<img" not in page and '<a href="https://cdn.example/c.png">[image: chart]</a>' in page


def test_relative_md_is_only_a_local_markdown_file() -> None:
    assert relative_md("a.md") == "a.md" and relative_md("sub/a.md#x") == "sub/a.md"
    assert [relative_md(h) for h in ("https://x/a.md", "/a.md", "#a.md", "mailto:a.md", "a.html")] == [
        None
    ] * 5


def test_the_page_template_can_be_overridden_and_must_exist(tmp_path: Path) -> None:
    (tmp_path / "page.html.j2").write_text("<h1>{{ title | e }}</h1>{{ body }}", encoding="utf-8")
    assert page_html(DIGEST, PromptLibrary(tmp_path)).startswith(
        "<h1>Daily brief &lt;b&gt; — 2026-12-01</h1>"
    )
    (tmp_path / "page.html.j2").write_text("{{ nope }}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"page\.html\.j2"):
        page_html(DIGEST, PromptLibrary(tmp_path))


SECTIONED = """# Day

Intro with a [reference link][ref].

## One

- item
- [brief](one.md)

```
## not a heading: inside a fence
```

### Two

| a | b |
|---|---|
| 1 | 2 |

[ref]: https://example.com/ref

## Three [again][ref]
"""


def test_a_page_is_rendered_a_section_at_a_time_as_it_would_be_whole() -> None:
    from markdown_it.token import Token

    from brief.deliver.html import markdown_parser, page_parts, sections

    assert [s.split("\n", 1)[0] for s in sections(SECTIONED)] == [
        "# Day",
        "## One",
        "### Two",
        "## Three [again][ref]",
    ]
    assert "".join(sections(SECTIONED)) == SECTIONED
    md = markdown_parser()
    tokens: list[Token] = md.parse(SECTIONED)
    whole = md.renderer.render(tokens, md.options, {})
    page = page_html(SECTIONED, PromptLibrary())
    assert whole.replace('href="one.md"', 'href="one.html"') in page
    assert 'href="https://example.com/ref">again' in page  # a reference defined in an earlier section
    assert "".join(page_parts(SECTIONED, PromptLibrary())) == page
