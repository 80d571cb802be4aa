"""Reader: text, Markdown, HTML, RSS/Atom, folders and stdin, with their failure modes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from brief.errors import InputError
from brief.read.articles import Article, article_from_text, content_id
from brief.read.duplicates import dedupe, find_duplicates
from brief.read.inputs import read_inputs, read_path, read_stdin

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
ARTICLE = "Coalition talks stall\n\nThe minister said talks would resume on Tuesday, officials confirmed.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_error(path: Path, **kwargs: Any) -> str:
    """The one-line message of the InputError that reading ``path`` raises."""
    with pytest.raises(InputError) as error:
        read_path(path, **kwargs)
    message = str(error.value)
    assert "\n" not in message and ": " in message
    return message


# --- plain text and Markdown ---------------------------------------------------------------


def test_text_is_kept_verbatim_except_line_endings(tmp_path: Path) -> None:
    body = "Title line\r\n\r\n“Curly”  double  spaces,\ttabs, trailing \u00a0\r\nold mac\rline"
    [article] = read_path(write(tmp_path / "a.txt", body))
    assert article.text == "Title line\n\n“Curly”  double  spaces,\ttabs, trailing \u00a0\nold mac\nline"
    assert (article.title, article.source, article.notes) == ("Title line", str(tmp_path / "a.txt"), ())
    assert article.id == content_id(article.text)


def test_markdown_title_drops_heading_marks(tmp_path: Path) -> None:
    [article] = read_path(write(tmp_path / "a.md", "\n\n## Budget deal reached\n\nBody text here.\n"))
    assert article.title == "Budget deal reached"
    assert article.text.startswith("\n\n## Budget deal reached")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    [article] = read_path(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert (article.text, article.notes) == (ARTICLE, ())


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    [article] = read_path(write(tmp_path / "a.txt", bom + "Zürich “talks”\r\n".encode(codec)))
    assert article.text == "Zürich “talks”\n"
    assert article.notes == (f"decoded as {codec}",)


def test_cp1252_falls_back_with_a_note(tmp_path: Path) -> None:
    [article] = read_path(write(tmp_path / "a.txt", b"Caf\xe9 owner said \x93no\x94 \x96 twice.\r\n"))
    assert article.text == "Café owner said “no” – twice.\n"
    assert article.notes == ("not valid UTF-8; decoded as cp1252",)


def test_latin1_when_not_cp1252(tmp_path: Path) -> None:
    [article] = read_path(write(tmp_path / "a.txt", b"Stra\xdfe \x81 closed for the summit.\n"))
    assert article.text == "Straße \x81 closed for the summit.\n"
    assert article.notes == ("not valid UTF-8; decoded as latin-1",)


def test_long_single_line(tmp_path: Path) -> None:
    line = "x" * 100_000
    [article] = read_path(write(tmp_path / "a.txt", line))
    assert article.text == line and len(article.title) == 200


# --- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "looks like a PDF, not text: extract the text first (e.g. pdftotext)",
        ),
        (b"PK\x03\x04\x14\x00\x06\x00", "looks like a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image"),
        (b"text then \x00\x00\x00 binary", "looks like a binary file, not text"),
        (bytes(range(1, 32)) * 20, "looks like a binary file, not text"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path / "story.txt", data)
    assert read_error(path).startswith(f"{path} {expected}")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n ", "\ufeff \u3000\n".encode()])
def test_empty_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "a.txt", data)
    assert read_error(path) == f"{path} is empty: give a file with article text"


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk

    def refuse_open(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse_open)
    assert "over the 20 MiB limit" in read_error(path)


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    assert "over the 50 bytes limit" in read_error(path, max_bytes=50)


def test_missing_path(tmp_path: Path) -> None:
    assert read_error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'} not found: check the path"


def test_unreadable_file_reports_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod 000 does not stop reading; simulate the refusal instead.
    path = write(tmp_path / "locked.txt", ARTICLE)
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert read_error(path) == f"cannot read {path} (permission denied): fix its permissions"


# --- HTML ---------------------------------------------------------------------------------


def test_html_article_text_and_metadata() -> None:
    [article] = read_path(INPUTS / "article.html")
    assert article.title == "Coalition talks stall over budget"
    assert (article.author, article.published) == ("Maria Keller", "2024-05-14")
    assert article.url == "https://ledger.example/politics/coalition-talks-stall"
    assert "“We are not going to sign a deal that cuts rail investment by 3.2 billion euros,”" in article.text
    assert "\n\nThe Social Democrats’ chief negotiator" in article.text
    for boilerplate in ("Most read", "Privacy", "All rights reserved", "window.tracking", "font-family"):
        assert boilerplate not in article.text


def test_navigation_only_html_is_refused() -> None:
    assert read_error(INPUTS / "navigation.html").startswith("no article text found in ")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Unclosed <b>bold <i>The mayor said the harbour is not for sale, "
        "officials confirmed.</span></table></p>",
        "<html><<body>>&&#xZZZ;<p>The mayor said the harbour is not for sale, officials confirmed today.",
        "<html><body><p>" + "<div>" * 5000 + "</body>",
        "<html><body></body></html>",
    ],
)
def test_malformed_html_does_not_crash(tmp_path: Path, html: str) -> None:
    path = write(tmp_path / "page.html", html)
    try:
        articles = read_path(path)
    except InputError as error:
        assert str(error).startswith("no article text found")
    else:
        assert "harbour is not for sale" in articles[0].text


# --- feeds --------------------------------------------------------------------------------


def test_rss_entries() -> None:
    result = read_inputs([INPUTS / "feed.rss"])
    first, second = result.articles
    assert first.title == "Coalition talks stall over budget"
    assert first.text.startswith("Negotiations between the Social Democrats")  # content, not the teaser
    assert "\n\n“We are not going to sign a deal" in first.text and "alert" not in first.text
    assert (first.url, first.author) == (
        "https://ledger.example/politics/coalition-talks-stall",
        "Maria Keller",
    )
    assert first.published == "2024-05-14T08:30:00+00:00"
    assert second.text.endswith("as talks with employers over pay broke down again.")
    assert second.published == "2024-05-13T15:05:00+00:00"
    assert first.source == second.source == str(INPUTS / "feed.rss")
    assert result.skipped == (
        f"{INPUTS / 'feed.rss'}: entry 3 (Photo gallery: the week in pictures) has no text; skipped",
        f"{INPUTS / 'feed.rss'}: 'Coalition talks stall over budget (updated)' is the same article as "
        f"'Coalition talks stall over budget' in {INPUTS / 'feed.rss'} (same URL); kept that copy, which "
        "has the date and author this one lacks; skipped this one",
    )


def test_atom_entries() -> None:
    result = read_inputs([INPUTS / "feed.atom"])
    mayor, ferry = result.articles
    assert mayor.title == "Mayor rejects harbour sale"
    assert mayor.text == (
        "Mayor Ingrid Holm said on Wednesday the city would not sell its stake in the harbour operator.\n\n"
        '"The harbour is not for sale," Holm told the council.'
    )
    assert (mayor.author, mayor.published) == ("Jonas Petersen", "2024-05-15T05:45:00+00:00")
    assert ferry.published == "2024-05-14T12:00:00+00:00"  # no <published>: the updated time
    assert ferry.url == "https://gazette.example/2024/05/ferry"
    assert len(result.skipped) == 1 and "entry 3 (Council live stream) has no text" in result.skipped[0]


def test_broken_feed() -> None:
    message = read_error(INPUTS / "broken.rss")
    assert "is not a valid RSS or Atom feed (" in message and message.endswith(
        "fix the XML or download it again"
    )


def test_empty_feed() -> None:
    assert read_error(INPUTS / "empty.rss").startswith(f"feed {INPUTS / 'empty.rss'} has no entries: ")


def test_feed_without_any_text(tmp_path: Path) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</title></item>'
    path = write(tmp_path / "x.xml", feed + "</channel></rss>")
    assert read_error(path).startswith(f"no entry in feed {path} has text")


@pytest.mark.parametrize(
    ("fixture", "count", "title"),
    [
        ("feed.atom", 2, "Mayor rejects harbour sale"),
        ("article.html", 1, "Coalition talks stall over budget"),
    ],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, fixture: str, count: int, title: str) -> None:
    path = tmp_path / "download.dat"
    shutil.copy(INPUTS / fixture, path)
    articles = read_path(path)
    assert (len(articles), articles[0].title) == (count, title)
    [plain] = read_path(write(tmp_path / "NOTES", ARTICLE))
    assert plain.text == ARTICLE


# --- folders ------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second article\n\nSome text that is here.")
    write(tmp_path / "a" / "z.md", "# First article\n\nOther text.")
    write(tmp_path / "c" / "d" / "e.txt", "Third article\n\nMore text.")
    write(tmp_path / ".hidden.txt", "Hidden\n\nnever read")
    write(tmp_path / ".git" / "x.txt", "Hidden folder\n\nnever read")
    titles = [a.title for a in read_path(tmp_path)]
    assert titles == ["First article", "Second article", "Third article"]


def test_folder_reports_what_it_skipped(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "copy.txt", ARTICLE)
    write(tmp_path / "paper.txt", b"%PDF-1.4 ...")
    write(tmp_path / "empty.md", "")
    write(tmp_path / "photo.png", b"\x89PNG\r\n")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    result = read_inputs([tmp_path])
    assert [a.source for a in result.articles] == [str(tmp_path / "copy.txt")]
    skipped = "\n".join(result.skipped)
    assert f"{tmp_path / 'paper.txt'} looks like a PDF" in skipped
    assert f"{tmp_path / 'empty.md'} is empty" in skipped
    assert f"{tmp_path / 'photo.png'}: not a .txt, .md, .html or feed file; skipped" in skipped
    assert f"cannot read {tmp_path / 'loop.txt'} (" in skipped
    assert f"{tmp_path / 'good.txt'}: 'Coalition talks stall' is the same article as" in skipped
    assert len(result.skipped) == 5


def test_symlink_loop_in_folder_is_visited_once(tmp_path: Path) -> None:
    write(tmp_path / "news" / "a.txt", ARTICLE)
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "up").symlink_to(tmp_path)
    assert [a.source for a in read_path(tmp_path / "news")] == [str(tmp_path / "news" / "a.txt")]


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "data.json", "{}")
    assert read_error(tmp_path).startswith(f"no readable article in folder {tmp_path}: ")


def test_fixture_folder_end_to_end() -> None:
    result = read_inputs([INPUTS])
    assert [a.title for a in result.articles] == [
        "Coalition talks stall over budget",
        "Mayor rejects harbour sale",
        "Ferry timetable changes",
        "Port strike enters second week",
    ]
    assert len(result.skipped) == 7  # broken, empty, navigation, two empty entries, two duplicates


# --- duplicates and stdin -----------------------------------------------------------------


def test_dedupe_by_content_id_or_url() -> None:
    one = article_from_text(ARTICLE, source="a.txt")
    same_text = article_from_text(ARTICLE.replace(" ", "  "), source="b.txt")
    same_url = article_from_text("Other text\n", source="feed", url="https://x.example/1")
    other_url = article_from_text("Updated text\n", source="feed", url="https://x.example/1")
    different = article_from_text("Different text\n", source="c.txt")
    assert dedupe([one, same_text, same_url, other_url, different]) == [one, same_url, different]


HTML_PAGE = Path(__file__).parent / "fixtures" / "inbox" / "day1" / "coalition.html"


def test_a_plain_copy_of_an_html_page_is_dropped_for_the_page(tmp_path: Path) -> None:
    page = read_path(HTML_PAGE)[0]
    write(tmp_path / "a-copy.txt", page.text)  # read first: sorted before coalition.html
    shutil.copy(HTML_PAGE, tmp_path / "coalition.html")
    result = read_inputs([tmp_path])
    (kept,) = result.articles
    assert kept.source == str(tmp_path / "coalition.html") and kept.url and kept.published
    assert result.skipped == (
        f"{tmp_path / 'a-copy.txt'}: 'Coalition talks stall over budget' is the same article as "
        f"{tmp_path / 'coalition.html'} (same text); kept that copy, which has the URL, date and author "
        "this one lacks; skipped this one",
    )


def test_a_copy_with_other_wrapping_quotes_and_headline_is_the_same_article(tmp_path: Path) -> None:
    page = read_path(HTML_PAGE)[0]
    body = page.text.split("\n", 1)[1].replace("“", '"').replace("”", '"').replace(". ", ".\n")
    write(tmp_path / "a-copy.md", f"# {page.title.upper()}\n\n{body}")
    shutil.copy(HTML_PAGE, tmp_path / "coalition.html")
    result = read_inputs([tmp_path])
    assert [a.source for a in result.articles] == [str(tmp_path / "coalition.html")]
    assert "a-copy.md: " in result.skipped[0] and "(same text); kept that copy" in result.skipped[0]


def test_the_richest_copy_keeps_the_first_copys_place_and_ties_keep_the_first() -> None:
    text = "Headline here\n\n" + "The council met on Monday and agreed the plan. " * 6
    plain = article_from_text(text, source="plain.txt")
    other = article_from_text("Another story\n\nSomething else happened entirely.\n", source="other.txt")
    dated = article_from_text(text, source="page.html", url="https://x.example/a", published="2026-11-30")
    kept, duplicates = find_duplicates([plain, other, dated, article_from_text(text, source="again.txt")])
    assert kept == [dated, other]
    assert [(d.dropped.source, d.kept.source, d.why) for d in duplicates] == [
        ("plain.txt", "page.html", "same text"),
        ("again.txt", "page.html", "same text"),
    ]
    first, second = (article_from_text(text, source=name) for name in ("one.txt", "two.txt"))
    assert find_duplicates([first, second])[0] == [first]


def test_short_or_different_texts_are_not_merged_by_their_headline() -> None:
    one = article_from_text("Budget vote\n\nThe vote passed.\n", source="a.txt")
    two = article_from_text("Budget vote\n\nThe vote failed.\n", source="b.txt")
    long_one = article_from_text("Budget vote\n\n" + "The vote passed narrowly. " * 20, source="c.txt")
    long_two = article_from_text("Budget vote\n\n" + "The vote failed narrowly. " * 20, source="d.txt")
    assert dedupe([one, two, long_one, long_two]) == [one, two, long_one, long_two]


def test_stdin_text_stream() -> None:
    article = read_stdin(io.StringIO("\ufeffHeadline\r\n\r\nBody."))
    assert (article.text, article.title, article.source) == ("Headline\n\nBody.", "Headline", "<stdin>")


def test_stdin_binary_buffer_is_decoded() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 talks\n"), encoding="utf-8")
    article = read_stdin(stream)
    assert (article.text, article.notes) == ("Café talks\n", ("not valid UTF-8; decoded as cp1252",))


def test_stdin_html() -> None:
    article = read_stdin(io.BytesIO((INPUTS / "article.html").read_bytes()))
    assert isinstance(article, Article) and article.author == "Maria Keller"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "stdin is empty: pipe article text in or pass a file"),
        (b" \n ", "stdin is empty: pipe article text in or pass a file"),
        (b"%PDF-1.5", "stdin looks like a PDF, not text: extract the text first (e.g. pdftotext)"),
        (
            (INPUTS / "feed.rss").read_bytes(),
            "stdin holds an RSS or Atom feed: save it to a file and pass its path",
        ),
        (b"x" * 10_001, "stdin is over the 10,000 bytes limit: give a shorter article"),
    ],
)
def test_stdin_refusals(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_stdin(io.BytesIO(data), max_bytes=10_000)
    assert str(error.value) == message
