"""Web pages and feeds over HTTP: one :class:`Fetcher` for ``brief run <url>``, ``.urls`` lists and feeds.

Every download has a timeout (connect, each read, and the whole body), a size cap (the body is
streamed and reading stops past it), at most :data:`MAX_REDIRECTS` redirects, a content-type check
(a page must be HTML or text, a feed XML) and the User-Agent ``brief/<version>``. With a
:class:`PageCache` the ETag and Last-Modified of each answer are remembered with its body, and the
next request is conditional: a page that did not change is answered ``304 Not Modified`` and its body
comes from the cache, not the network. Every failure is an :class:`~brief.errors.InputError` of one
line naming the link, the problem and the fix.
"""

from __future__ import annotations

import time
from email.message import Message
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from brief._version import __version__
from brief.config import Settings
from brief.errors import InputError
from brief.read.articles import Article, article_from_text, check_length
from brief.read.decode import decode_bytes, sniff_kind
from brief.read.html import extract_html
from brief.read.links import is_url
from brief.read.pages import PAGES_FILE, Fetched, PageCache

__all__ = [
    "MAX_REDIRECTS",
    "PAGES_FILE",
    "USER_AGENT",
    "Fetched",
    "Fetcher",
    "PageCache",
    "is_url",
]

MAX_REDIRECTS = 5
USER_AGENT = f"brief/{__version__}"
Want = Literal["page", "feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_FEED_WORDS = ("rss", "atom", "xml")


class Fetcher:
    """Downloads pages and feeds with the limits above; ``downloads`` counts bodies actually read.

    Args:
        timeout: seconds to connect, for each read, and for the whole body.
        max_bytes: the largest body accepted.
        max_redirects: redirects followed before giving up.
        cache: where validators and bodies are remembered (None: every fetch downloads).
        transport: an httpx transport (tests); default the network.
    """

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 5 * 2**20,
        max_redirects: int = MAX_REDIRECTS,
        cache: PageCache | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.cache = cache
        self.downloads = 0
        self.not_modified = 0
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
            transport=transport,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Fetcher:
        """``fetch_timeout``, ``fetch_max_bytes`` and (unless ``use_cache`` is off) the page cache."""
        cache = PageCache.from_settings(settings) if settings.use_cache else None
        return cls(timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes, cache=cache)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()
        if self.cache is not None:
            self.cache.close()

    def feed(self, url: str) -> bytes:
        """The body of a feed.

        Raises:
            InputError: the fetch failed or the answer is not a feed.
        """
        return self.get(url, want="feed").body

    def article(self, url: str) -> Article:
        """The article on a web page (HTML through trafilatura, or plain text), with ``url`` set.

        ``url`` is the page's canonical URL when it is on the same site as the page, else the address
        the page was fetched from (after redirects); ``source`` is the link as given.

        Raises:
            InputError: the fetch failed, the answer is not a page, or it holds no article text.
        """
        fetched = self.get(url, want="page")
        text, note = _decode(fetched)
        kind = "html" if fetched.content_type in _HTML_TYPES else sniff_kind(text)
        if kind == "feed":
            raise InputError(
                f"{url} is an RSS or Atom feed, not a web page: add it to feeds = [...] in brief.toml"
            )
        notes = (note,) if note else ()
        if not text.strip():
            raise InputError(f"{url} is an empty page: check the link")
        if kind != "html":
            check_length(text, url)
            return article_from_text(text, source=url, notes=notes, url=fetched.final_url)
        extracted = extract_html(text, url)
        check_length(extracted.text, url)
        canonical = urljoin(fetched.final_url, extracted.url) if extracted.url else None
        same_site = canonical is not None and urlsplit(canonical).netloc == urlsplit(fetched.final_url).netloc
        return article_from_text(
            extracted.text,
            source=url,
            title=extracted.title,
            notes=notes,
            url=canonical if same_site else fetched.final_url,
            published=extracted.published,
            author=extracted.author,
        )

    def get(self, url: str, *, want: Want = "page") -> Fetched:
        """The body at ``url``; a remembered body when the server answers 304 Not Modified.

        Raises:
            InputError: not an http(s) link, a network error or timeout, a status other than 2xx,
                too many redirects, the wrong content type, or a body over ``max_bytes``.
        """
        if not is_url(url):
            raise InputError(f"{url} is not an http:// or https:// link: fix the address")
        stored = self.cache.get(url) if self.cache is not None else None
        headers: dict[str, str] = {}
        if stored is not None and stored.etag:
            headers["If-None-Match"] = stored.etag
        if stored is not None and stored.last_modified:
            headers["If-Modified-Since"] = stored.last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304 and stored is not None:
                    _check_type(url, stored.content_type, want)
                    self.not_modified += 1
                    return Fetched(url, stored.final_url, stored.content_type, stored.body, not_modified=True)
                fetched = self._read(url, response, want)
        except httpx.TooManyRedirects as exc:
            raise InputError(
                f"{url} redirects more than {self.max_redirects} times: "
                "open it in a browser and give the address it ends at"
            ) from exc
        except httpx.TimeoutException as exc:
            raise InputError(f"{url} timed out after {self.timeout:g} s: try again later") from exc
        except httpx.HTTPError as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(f"cannot fetch {url} ({reason}): check the address and the connection") from exc
        if self.cache is not None:
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
            if etag or modified:
                self.cache.put(fetched, etag, modified)
        return fetched

    def _read(self, url: str, response: httpx.Response, want: Want) -> Fetched:
        """Check the status and content type, then read the body up to the size cap and the deadline."""
        if not response.is_success:
            reason = response.reason_phrase or "error"
            raise InputError(f"{url}: {response.status_code} {reason}: {_status_fix(response.status_code)}")
        content_type, charset = _media_type(response.headers.get("Content-Type", ""))
        _check_type(url, content_type, want)
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(f"{url} is {_size(int(declared))}, {self._over}")
        deadline = time.monotonic() + self.timeout
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise InputError(f"{url} is {self._over}")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("body too slow", request=response.request)
        self.downloads += 1
        return Fetched(url, str(response.url), content_type, bytes(body), charset)

    @property
    def _over(self) -> str:
        return f"over the {_size(self.max_bytes)} limit: give a shorter page or raise fetch_max_bytes"


def _media_type(header: str) -> tuple[str, str | None]:
    """The media type (lower case, no parameters) and the charset of a Content-Type header."""
    message = Message()
    message["Content-Type"] = header
    media = message.get_content_type() if header.strip() else ""
    charset = message.get_param("charset")
    return media, charset if isinstance(charset, str) else None


def _check_type(url: str, content_type: str, want: Want) -> None:
    feedish = any(word in content_type for word in _FEED_WORDS) and content_type not in _HTML_TYPES
    if want == "page":
        if not content_type or content_type in _HTML_TYPES or content_type in _TEXT_TYPES:
            return
        if feedish:
            raise InputError(
                f"{url} is {content_type} (a feed), not a web page: add it to feeds = [...] in brief.toml"
            )
        raise InputError(f"{url} is {content_type}, not a web page: give the link of an HTML or text article")
    if not content_type or feedish or content_type in ("text/plain", "application/octet-stream"):
        return
    if content_type in _HTML_TYPES:
        raise InputError(f"{url} is {content_type}, a web page, not a feed: list page links in a .urls file")
    raise InputError(f"{url} is {content_type}, not an RSS or Atom feed: check the feed address")


def _decode(fetched: Fetched) -> tuple[str, str | None]:
    """Text in the charset the server declared when it decodes cleanly, else as a file would be read."""
    if fetched.charset and fetched.charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return fetched.body.decode(fetched.charset).replace("\r\n", "\n").replace("\r", "\n"), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(fetched.body, fetched.url)


def _status_fix(status: int) -> str:
    if status in (404, 410):
        return "check the link"
    if status in (401, 403, 451):
        return "the site refuses automated reading; save the page from a browser and pass the file"
    if status == 429:
        return "the site is limiting requests; try again later"
    if status >= 500:
        return "the site failed; try again later"
    return "check the link"


def _size(size: int) -> str:
    if size % 2**20 == 0:
        return f"{size // 2**20} MiB"
    if size >= 2**20:
        return f"{size / 2**20:.1f} MiB"
    return f"{size:,} bytes"
