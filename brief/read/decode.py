"""Bytes to text for the reader: refuse binary files, honour byte-order marks, fall back to cp1252."""

from __future__ import annotations

from brief.errors import InputError

__all__ = ["check_text", "decode_bytes", "normalise_newlines", "sniff_kind"]

# Magic numbers of files people mistake for articles, with what they are and how to get text out.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "a PDF", "extract the text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx or .epub)", "save or export it as plain text first"),
    (b"\xd0\xcf\x11\xe0", "an Office document", "save it as plain text first"),
    (b"\x89PNG", "a PNG image", "give the article text, not a picture of it"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article text, not a picture of it"),
    (b"GIF8", "a GIF image", "give the article text, not a picture of it"),
    (b"\x1f\x8b", "a gzip file", "unpack it first (e.g. gunzip)"),
)
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_CONTROL_SHARE = 0.05  # more control characters than this in the first 4 KiB means binary
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str) -> tuple[str, str | None]:
    """Text with a BOM stripped and newlines normalised, plus a note when it was not plain UTF-8.

    Raises:
        InputError: the bytes are a known binary format or not text at all.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_marked(
                data[len(bom) :], codec, name
            ), None if codec == "utf-8" else f"decoded as {codec}"
    _refuse_binary(data, name)
    try:
        text, note = data.decode("utf-8"), None
    except UnicodeDecodeError:
        text, note = _decode_legacy(data)
    check_text(text, name)
    return normalise_newlines(text), note


def _decode_marked(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} has a {codec} byte-order mark but is not valid {codec}: re-save it as UTF-8"
        ) from exc
    check_text(text, name)
    return normalise_newlines(text)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Not valid UTF-8: mostly UTF-8 with a few bad bytes (a cut-off download, a stray byte) stays UTF-8;
    else Windows-1252 (what most non-UTF-8 news text is), else Latin-1, which decodes any byte."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if sum(1 for char in text if char > "\x7f" and char != "\ufffd") > bad:
        return text, f"not valid UTF-8; decoded as UTF-8 with {bad} bad byte sequence(s) shown as \ufffd"
    try:
        return data.decode("cp1252"), "not valid UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8; decoded as latin-1"


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, kind, fix in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} looks like {kind}, not text: {fix}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file, not text: give a .txt, .md, .html or feed file")


def check_text(text: str, name: str) -> None:
    """Raise InputError if ``text`` is mostly control characters (binary data that happened to decode)."""
    head = text[:4096]
    controls = sum(1 for char in head if char < " " and char not in _ALLOWED_CONTROLS)
    if "\x00" in head or controls > len(head) * _CONTROL_SHARE:
        raise InputError(f"{name} looks like a binary file, not text: give a .txt, .md, .html or feed file")


def sniff_kind(text: str) -> str:
    """``"feed"``, ``"html"`` or ``"text"``, judged from the start of the text."""
    head = text[:2048].lstrip("\ufeff \t\n").lower()
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf:rdf")) and any(
        tag in head for tag in ("<rss", "<feed", "<rdf:rdf")
    ):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"
