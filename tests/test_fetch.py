"""Fetching links over real HTTP on loopback: pages, limits, failures, conditional GET, CLI and day."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from brief._version import __version__
from brief.cli import app
from brief.config import Settings
from brief.daily.day import run_day
from brief.errors import InputError
from brief.read.fetch import Fetcher, PageCache

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = (FIXTURES / "inputs" / "article.html").read_bytes()
FEED = (FIXTURES / "inbox" / "day1" / "gazette.atom").read_bytes()
CANONICAL_PAGE = b"""<!doctype html><html><head><title>Harbour reopens</title>
<link rel="canonical" href="http://HOST/news/harbour"></head><body><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Monday after a week of repairs, the port authority said in a statement.</p>
<p>Ferries resume their normal timetable on Tuesday morning, according to the operator.</p>
</article></body></html>"""
PLAIN = b"Council delays the vote\n\nThe city council postponed its budget vote to next week, members said.\n"


@dataclass
class Hit:
    path: str
    status: int
    body_bytes: int
    headers: dict[str, str] = field(default_factory=dict)


class Site:
    """What the loopback server answers, and a record of every request."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.release = threading.Event()  # ends a slow answer early when the test is over
        self.base = ""

    def hit(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        route = {
            "/article.html": lambda: self._page(ARTICLE, "text/html; charset=utf-8", etag='"v1"'),
            "/canonical.html": lambda: self._page(
                CANONICAL_PAGE.replace(b"HOST", self.headers["Host"].encode()), "text/html"
            ),
            "/plain.txt": lambda: self._page(PLAIN, "text/plain; charset=utf-8"),
            "/feed.atom": lambda: self._page(FEED, "application/atom+xml"),
            "/doc.pdf": lambda: self._page(b"%PDF-1.4 not an article", "application/pdf"),
            "/slow.html": self._slow,
            "/huge.html": lambda: self._huge(declared=True),
            "/endless.html": lambda: self._huge(declared=False),
            "/loop-a": lambda: self._redirect("/loop-b"),
            "/loop-b": lambda: self._redirect("/loop-a"),
            "/moved": lambda: self._redirect("/article.html"),
        }.get(self.path)
        if route is None:
            self._answer(404, b"no such page", "text/plain")
        else:
            route()

    def _record(self, status: int, body_bytes: int) -> None:
        """Recorded before the answer is sent, so the client never sees an answer not yet recorded."""
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.site.hits.append(Hit(self.path, status, body_bytes, headers))

    def _answer(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None) -> None:
        self._record(status, len(body))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _page(self, body: bytes, kind: str, etag: str | None = None) -> None:
        if etag and self.headers.get("If-None-Match") == etag:
            self._record(304, 0)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._answer(200, body, kind, {"ETag": etag} if etag else None)

    def _slow(self) -> None:
        self._record(200, 0)
        self.site.release.wait(10)
        self._try_write(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p>too late</p>")

    def _huge(self, *, declared: bool) -> None:
        size = 3 * 2**20
        self._record(200, size)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
        for _ in range(size // len(chunk) + 1):
            if not self._try_write(chunk):
                return

    def _redirect(self, target: str) -> None:
        self._answer(302, b"", "text/plain", {"Location": target})

    def _try_write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            return True
        except OSError:  # the client stopped reading: what the size cap is for
            return False


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def fetcher(tmp_path: Path) -> Iterator[Fetcher]:
    with Fetcher(timeout=0.5, max_bytes=2**20, cache=PageCache(tmp_path / "pages.sqlite3")) as own:
        yield own


# --- pages ----------------------------------------------------------------------------------------


def test_an_article_page_becomes_an_article(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/article.html"
    article = fetcher.article(url)
    assert (article.title, article.author, article.published) == (
        "Coalition talks stall over budget",
        "Maria Keller",
        "2024-05-14",
    )
    # The canonical link is on another site than the page: the link that was read is kept.
    assert article.source == url and article.url == url
    assert "coalition" in article.text.lower() and len(article.id) == 16
    assert site.hits[0].headers["user-agent"] == f"brief/{__version__}"


def test_a_same_site_canonical_url_and_redirects_are_followed(site: Site, fetcher: Fetcher) -> None:
    assert fetcher.article(f"{site.base}/canonical.html").url == f"{site.base}/news/harbour"
    moved = fetcher.article(f"{site.base}/moved")
    assert moved.source == f"{site.base}/moved" and moved.url == f"{site.base}/article.html"


def test_a_plain_text_page_is_read_as_text(site: Site, fetcher: Fetcher) -> None:
    article = fetcher.article(f"{site.base}/plain.txt")
    assert article.title == "Council delays the vote" and article.url == f"{site.base}/plain.txt"


def test_an_unchanged_page_is_not_downloaded_again(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    url = f"{site.base}/article.html"
    first = fetcher.article(url)
    with Fetcher(timeout=0.5, cache=PageCache(tmp_path / "pages.sqlite3")) as later:  # a later run
        second = later.article(url)
        assert (later.downloads, later.not_modified) == (0, 1)
    assert second == first
    assert [(h.status, h.body_bytes) for h in site.hit("/article.html")] == [(200, len(ARTICLE)), (304, 0)]
    assert site.hits[1].headers["if-none-match"] == '"v1"'


def test_without_a_cache_every_fetch_downloads(site: Site) -> None:
    with Fetcher(timeout=0.5) as plain:
        plain.article(f"{site.base}/article.html")
        plain.article(f"{site.base}/article.html")
        assert plain.downloads == 2
    assert all("if-none-match" not in h.headers for h in site.hits)


# --- failures: one line each, naming the link, the problem and the fix ------------------------------


def _error(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(InputError) as caught:
        fetcher.article(url)
    message = str(caught.value)
    assert "\n" not in message and message.startswith((url, f"cannot fetch {url}"))
    return message


def test_a_slow_page_times_out(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/slow.html"
    assert _error(fetcher, url) == f"{url} timed out after 0.5 s: try again later"


def test_a_huge_page_is_refused_at_the_size_cap(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/huge.html"
    limit = "over the 1 MiB limit: give a shorter page or raise fetch_max_bytes"
    assert _error(fetcher, url) == f"{url} is 3 MiB, {limit}"
    endless = f"{site.base}/endless.html"  # no Content-Length: reading stops past the cap
    assert _error(fetcher, endless) == f"{endless} is {limit}"
    assert fetcher.downloads == 0


def test_a_redirect_loop_stops(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/loop-a"
    assert _error(fetcher, url) == (
        f"{url} redirects more than 5 times: open it in a browser and give the address it ends at"
    )
    assert len(site.hits) == 6  # the first request and five redirects


def test_a_pdf_is_not_a_web_page(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/doc.pdf"
    assert _error(fetcher, url) == (
        f"{url} is application/pdf, not a web page: give the link of an HTML or text article"
    )


def test_a_missing_page_says_so(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/gone.html"
    assert _error(fetcher, url) == f"{url}: 404 Not Found: check the link"


def test_a_feed_is_not_a_page_but_is_a_feed(site: Site, fetcher: Fetcher) -> None:
    url = f"{site.base}/feed.atom"
    assert "(a feed), not a web page: add it to feeds = [...] in brief.toml" in _error(fetcher, url)
    assert fetcher.feed(url) == FEED
    page = f"{site.base}/article.html"
    with pytest.raises(InputError, match=r"is text/html, a web page, not a feed: list page links in a \."):
        fetcher.feed(page)


def test_nothing_but_http_links(fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match=r"^file:///etc/passwd is not an http:// or https:// link"):
        fetcher.article("file:///etc/passwd")


# --- brief run and brief daily --------------------------------------------------------------------


def test_brief_run_with_a_link_writes_its_brief(site: Site, tmp_path: Path) -> None:
    url = f"{site.base}/article.html"
    result = CliRunner().invoke(
        app, ["run", url, "--engine", "extractive", "--output-dir", str(tmp_path), "--date", "2026-11-27"]
    )
    assert result.exit_code == 0, result.output
    (written,) = (tmp_path / "2026-11-27").glob("*.json")
    source = json.loads(written.read_text(encoding="utf-8"))["source"]
    assert source["url"] == url and source["title"] == "Coalition talks stall over budget"


def test_brief_run_with_a_bad_link_fails_in_one_line(site: Site, tmp_path: Path) -> None:
    url = f"{site.base}/doc.pdf"
    result = CliRunner().invoke(app, ["run", url, "--engine", "extractive", "--output-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert f"{url} is application/pdf, not a web page" in result.stderr
    assert not any(tmp_path.rglob("*.json"))


def test_a_day_reads_a_urls_file_and_names_each_failing_link(
    site: Site, settings: Settings, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good, canonical = f"{site.base}/article.html", f"{site.base}/canonical.html"
    bad = [f"{site.base}/gone.html", f"{site.base}/doc.pdf", "ftp://example.org/x"]
    lines = ["# today's links", good, "", f"{canonical}  # harbour", *bad]
    (inbox / "links.urls").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = settings.replace(engine="extractive", fetch_timeout=0.5)
    result = run_day([inbox], date="2026-11-27", settings=settings)
    assert [o.article.source for o in result.outcomes] == [good, canonical]
    assert [o.status for o in result.outcomes] == ["briefed", "briefed"]
    assert result.failed_sources == (
        f"{bad[0]}: 404 Not Found: check the link",
        f"{bad[1]} is application/pdf, not a web page: give the link of an HTML or text article",
        f"{bad[2]} is not an http:// or https:// link: fix the address",
    )
    assert not result.ok and not any("links.urls" in note for note in result.skipped)
    # The next run of the day downloads no page body again: both pages answer 304 or are re-read.
    before = len([h for h in site.hits if h.status == 200 and h.path == "/article.html"])
    again = run_day([inbox], date="2026-11-27", settings=settings)
    assert [o.status for o in again.outcomes] == ["kept", "kept"]
    assert len([h for h in site.hits if h.status == 200 and h.path == "/article.html"]) == before
    assert site.hit("/article.html")[-1].status == 304


def test_brief_run_with_a_urls_file_notes_the_link_it_cannot_read(site: Site, tmp_path: Path) -> None:
    links = tmp_path / "today.urls"
    links.write_text(f"{site.base}/article.html\n{site.base}/gone.html\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(links), "--engine", "extractive", "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Note: {site.base}/gone.html: 404 Not Found: check the link; skipped" in result.stderr
    assert len(list(out.rglob("*.json"))) == 1


def test_a_urls_file_needs_a_fetcher_in_the_library(tmp_path: Path) -> None:
    from brief.read.inputs import read_inputs

    links = tmp_path / "today.urls"
    links.write_text("https://example.org/a\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"today\.urls is a list of links: pass it to brief run or brief"):
        read_inputs([links])


def test_brief_daily_names_each_bad_link_and_exits_1(site: Site, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = [f"{site.base}/article.html", f"{site.base}/plain.txt"]
    bad = [f"{site.base}/gone-{n}.html" for n in range(3)]
    (inbox / "links.urls").write_text("\n".join([*good, *bad]), encoding="utf-8")
    args = ["daily", str(inbox), "--engine", "extractive", "--output-dir", str(tmp_path / "out")]
    result = CliRunner().invoke(app, [*args, "--date", "2026-11-27"])
    assert result.exit_code == 1
    for url in bad:
        assert f"Warning: {url}: 404 Not Found: check the link" in result.stderr
    assert len(list((tmp_path / "out" / "2026-11-27").glob("*.json"))) == 2 + 1  # two briefs, index.json


def test_a_txt_of_only_links_is_a_list_of_links_and_a_txt_article_stays_an_article(
    site: Site, settings: Settings, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    links = ["# morning links", f"{site.base}/article.html", "", f"{site.base}/plain.txt  # council"]
    (inbox / "links.txt").write_text("\n".join(links) + "\n", encoding="utf-8")
    quoting = "Port strike ends\n\nDock workers returned on Monday, the union said.\nhttps://example.org/x\n"
    (inbox / "quoting.txt").write_text(quoting, encoding="utf-8")
    result = run_day([inbox], date="2026-11-27", settings=settings.replace(engine="extractive"))
    sources = sorted(o.article.source for o in result.outcomes)
    assert sources == sorted(
        [f"{site.base}/article.html", f"{site.base}/plain.txt", str(inbox / "quoting.txt")]
    )
    assert [h.path for h in site.hits] == ["/article.html", "/plain.txt"]


def test_a_txt_of_links_needs_a_fetcher_in_the_library(tmp_path: Path) -> None:
    from brief.read.inputs import read_inputs
    from brief.read.links import is_link_list

    assert is_link_list("https://a.example/1\n\n# note\nhttp://b.example/2  # two\n")
    assert not is_link_list("# only a comment\n")
    assert not is_link_list("https://a.example/1\nand a sentence\n")
    links = tmp_path / "today.txt"
    links.write_text("https://example.org/a\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"today\.txt is a list of links: pass it to brief run or brief"):
        read_inputs([links])


def test_cache_clear_forgets_the_fetched_pages(site: Site, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    url = f"{site.base}/article.html"
    with Fetcher(cache=PageCache(cache_dir / "pages.sqlite3")) as fetcher:
        fetcher.article(url)
    result = CliRunner().invoke(app, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert result.exit_code == 0, result.output
    assert f"Removed 1 fetched page from {cache_dir / 'pages.sqlite3'}" in result.stdout
    with Fetcher(cache=PageCache(cache_dir / "pages.sqlite3")) as fetcher:
        assert not fetcher.get(url).not_modified and fetcher.downloads == 1  # downloaded in full again
    assert [h.status for h in site.hit("/article.html")] == [200, 200]


def test_cache_clear_removes_a_corrupt_page_cache(tmp_path: Path) -> None:
    (tmp_path / "pages.sqlite3").write_bytes(b"garbage" * 200)
    result = CliRunner().invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Removed 0 fetched pages" in result.stdout and not (tmp_path / "pages.sqlite3").exists()
