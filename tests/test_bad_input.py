"""Bad input through the CLI: one ``Error:`` line, exit 1 and nothing written, or a correct brief.

Every case runs ``brief`` in-process (``CliRunner``) with the extractive engine, so no model is
involved. A refused input must give exactly one stderr line, ``Error: <problem>: <fix>``, no
traceback and no file (not even a temp file). An odd but usable input (a legacy encoding, a
UTF-16 file, a feed with one empty entry) must give a schema-valid brief whose quotes are verbatim
in the text as read, plus a ``Note:`` line saying what was odd about it.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click.testing
import pytest
import typer.main
from typer.testing import CliRunner, Result

from brief.cli import app
from brief.read.articles import MAX_CHARS
from brief.read.inputs import MAX_BYTES, read_path
from brief.read.lang import NOT_ENGLISH
from brief.schema import validate_brief

BAD = Path(__file__).parent / "fixtures" / "bad"
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_coalition.txt"
PROSE = (
    "The Kelso road bridge reopened to traffic on Friday after eight months of repairs, the county "
    "council said. Council engineer Ruth Mallory said the new bearings would last for forty years. "
    "Local businesses said the closure had cost them trade.\n\n"
)


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run in an empty folder, so no ./brief.toml is picked up."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def invoke(args: list[str], stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(app, args, input=stdin)


def run_args(tmp: Path, article: str, *extra: str) -> list[str]:
    return ["run", article, "--engine", "extractive", "--output-dir", str(tmp / "outputs"), "-q", *extra]


def written(tmp: Path) -> list[Path]:
    """Every file under the output folder."""
    out = tmp / "outputs"
    return sorted(p for p in out.rglob("*") if p.is_file()) if out.exists() else []


def temp_files(tmp: Path) -> list[Path]:
    return [p for p in tmp.rglob("*") if p.name.endswith(".tmp") or (p.name.startswith(".") and p.is_file())]


def assert_no_traceback(result: Result | click.testing.Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def assert_one_error_line(result: Result | click.testing.Result, expected: str, code: int = 1) -> str:
    """Exactly one stderr line, ``Error: <problem>: <fix>``, and the exit code."""
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("Error: ") and ": " in line[len("Error: ") :], line
    assert expected in line, line
    assert result.exit_code == code
    assert result.stdout == ""
    return line


# --- inputs that are refused -------------------------------------------------------------------


def file_with(name: str, data: bytes) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        path = tmp / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return str(path)

    return make


def fixture(name: str) -> Callable[[Path], str]:
    return lambda tmp: str(BAD / name)


def big_file(tmp: Path) -> str:
    """A 50 MB text file, written in 1 MB blocks (never held in memory at once)."""
    path = tmp / "in" / "huge.txt"
    path.parent.mkdir(parents=True)
    block = (PROSE * (2**20 // len(PROSE) + 1)).encode()[: 2**20]
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(block)
    return str(path)


def symlink_loop(tmp: Path) -> str:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return str(folder / "a.txt")


def broken_link(tmp: Path) -> str:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    return str(folder / "gone.txt")


def junk_folder(tmp: Path) -> str:
    """A folder of files none of which is usable; ``locked.txt`` is made unreadable by ``locked``."""
    folder = tmp / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text("\n\n   \n")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (folder / "locked.txt").write_text(PROSE)
    (folder / "sub" / "loop").symlink_to(folder)  # a folder symlink back to the top
    (folder / "sub" / "a.txt").symlink_to(folder / "sub" / "b.txt")
    (folder / "sub" / "b.txt").symlink_to(folder / "sub" / "a.txt")
    os.mkfifo(folder / "pipe.txt")  # opening it would block forever
    return str(folder)


def empty_folder(tmp: Path) -> str:
    (tmp / "in").mkdir()
    return str(tmp / "in")


def too_many_chars(tmp: Path) -> str:
    return file_with("long.txt", (PROSE * (MAX_CHARS // len(PROSE) + 2)).encode())(tmp)


def output_under_a_file(tmp: Path) -> str:
    (tmp / "cwd" / "taken").write_text("a file, not a folder")  # -o taken/brief.md cannot be made
    return str(SEED)


REFUSED = {
    # id: (make the ARTICLE argument, expected part of the Error line, extra CLI args)
    "empty file": (file_with("empty.txt", b""), "is empty", ()),
    "whitespace only": (file_with("blank.txt", b" \n\t\r\n  \n"), "is empty", ()),
    "binary with NULs": (file_with("data.txt", bytes(range(256)) * 8), "binary file", ()),
    "random bytes, no NULs": (
        file_with("noise.txt", random.Random(7).randbytes(4096).replace(b"\0", b"\1")),
        "binary file",
        (),
    ),
    "PDF named .txt": (
        file_with("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "looks like a PDF",
        (),
    ),
    "DOCX named .txt": (file_with("story.txt", b"PK\x03\x04\x14\x00\x06\x00" + bytes(40)), "ZIP archive", ()),
    "PNG named .md": (file_with("story.md", b"\x89PNG\r\n\x1a\n" + bytes(40)), "PNG image", ()),
    "gzip named .txt": (file_with("story.txt", gzip.compress(PROSE.encode())), "gzip", ()),
    "UTF-16 BOM, broken body": (file_with("bad16.txt", b"\xff\xfeA\x00\x00\xd8"), "byte-order mark", ()),
    "50 MB file": (big_file, f"over the {MAX_BYTES // 2**20} MiB limit", ()),
    "over the character limit": (too_many_chars, f"over the {MAX_CHARS:,} limit", ()),
    "navigation-only HTML": (fixture("boilerplate.html"), "no article text found", ()),
    "script-only HTML": (fixture("script_only.html"), "no article text found", ()),
    "RSS with broken XML": (fixture("broken.rss"), "not a valid RSS or Atom feed", ()),
    "feed without entries": (fixture("empty_feed.rss"), "has no entries", ()),
    "feed entries without content": (fixture("no_content_feed.atom"), "no entry in feed", ()),
    "missing file": (lambda tmp: str(tmp / "nope.txt"), "not found", ()),
    "broken symlink": (broken_link, "broken link", ()),
    "symlink loop": (symlink_loop, "symbolic links", ()),
    "empty folder": (empty_folder, "no readable article in folder", ()),
    "folder of unusable files": (junk_folder, "no readable article in folder", ()),
    "-o under a file": (output_under_a_file, "cannot write", ("-o", "taken/brief.md")),
    "config: string for an int": (
        lambda tmp: str(SEED),
        "request_retries = 'three' has the wrong type",
        ("--config", str(BAD / "config_wrong_types.toml")),
    ),
    "config: list for a string": (
        lambda tmp: str(SEED),
        "engine = ['openai', 'local'] has the wrong type",
        ("--config", str(BAD / "config_list_engine.toml")),
    ),
    "config: invalid TOML": (
        lambda tmp: str(SEED),
        "is not valid TOML",
        ("--config", str(BAD / "config_invalid.toml")),
    ),
    "config: unknown key": (
        lambda tmp: str(SEED),
        "unknown setting 'engin'",
        ("--config", str(BAD / "config_unknown_key.toml")),
    ),
    "config: unknown task": (
        lambda tmp: str(SEED),
        "unknown task 'everything'",
        ("--config", str(BAD / "config_bad_task.toml")),
    ),
    "config: missing file": (lambda tmp: str(SEED), "not found", ("--config", "/nonexistent/brief.toml")),
}


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every ``locked.txt`` unreadable, as chmod 000 would for anyone but root."""
    real_open = Path.open

    def guarded(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt" and "r" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)


@pytest.mark.parametrize("case", list(REFUSED))
@pytest.mark.timeout(300)  # a FIFO that is opened would hang; fail instead
def test_refused_input_is_one_error_line_and_no_file(case: str, tmp_path: Path, locked: None) -> None:
    make, expected, extra = REFUSED[case]
    before = written(tmp_path)
    result = invoke(run_args(tmp_path, make(tmp_path), *extra))
    assert_one_error_line(result, expected)
    assert written(tmp_path) == before == []
    assert temp_files(tmp_path) == []


def test_unreadable_file_names_the_fix(tmp_path: Path, locked: None) -> None:
    path = file_with("locked.txt", PROSE.encode())(tmp_path)
    line = assert_one_error_line(invoke(run_args(tmp_path, path)), "permission denied")
    assert "fix its permissions" in line and written(tmp_path) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "stdin is empty"),
        (b"   \n\n", "stdin is empty"),
        (bytes(range(256)), "binary file"),
        ((BAD / "mixed_feed.rss").read_bytes(), "RSS or Atom feed: save it to a file"),
    ],
    ids=["empty", "whitespace", "binary", "a feed"],
)
def test_bad_stdin(data: bytes, expected: str, tmp_path: Path) -> None:
    assert_one_error_line(invoke(run_args(tmp_path, "-"), stdin=data), expected)
    assert written(tmp_path) == []


def test_50_mb_on_stdin_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    """stdin is read up to MAX_BYTES + 1 bytes and refused: memory stays near 20 MiB, not 50 MB."""
    huge = Path(big_file(tmp_path))
    command = typer.main.get_command(app)
    tracemalloc.start()
    try:
        with huge.open("rb") as stream:  # click's runner reads a stream lazily (typer's wants bytes)
            runner = click.testing.CliRunner()
            result = runner.invoke(command, run_args(tmp_path, "-"), input=stream)  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert_one_error_line(result, f"stdin is over the {MAX_BYTES // 2**20} MiB limit")
    assert peak < 2 * MAX_BYTES + 8 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    tracemalloc.start()
    try:
        result = invoke(run_args(tmp_path, path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert_one_error_line(result, "split it or give a shorter article")
    assert peak < 8 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_a_date_that_is_a_path_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(run_args(tmp_path, str(SEED), "--date", "../../escaped"))
    assert_no_traceback(result)
    assert result.exit_code == 2 and "is not a date: use YYYY-MM-DD" in result.stderr
    assert written(tmp_path) == [] and not (tmp_path / "escaped").exists()


def test_config_table_where_a_value_belongs_is_refused(tmp_path: Path) -> None:
    result = invoke(run_args(tmp_path, str(SEED), "--config", str(BAD / "config_bad_timeout.toml")))
    assert_one_error_line(result, "timeout")
    assert written(tmp_path) == []


def test_environment_variable_of_the_wrong_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_SMTP_PORT", "twenty-five")
    line = assert_one_error_line(
        invoke(run_args(tmp_path, str(SEED))), "environment variable BRIEF_SMTP_PORT"
    )
    assert "has the wrong type" in line


# --- gold files for brief eval ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ("gold_wrong_types.gold.json", "actors[0].aliases must be a valid list"),
        ("gold_bad_salience.gold.json", "actors[0].salience must be 'core' or 'minor'"),
        ("gold_invalid.gold.json", "not valid JSON (line 1"),
    ],
    ids=["string for a list", "number for a choice", "invalid JSON"],
)
def test_bad_gold_file(gold: str, expected: str, tmp_path: Path) -> None:
    folder = tmp_path / "eval"
    folder.mkdir()
    (folder / "ferry.txt").write_text(PROSE)
    shutil.copy(BAD / gold, folder / "ferry.gold.json")
    result = invoke(["eval", str(folder), "--engine", "extractive", "--json", str(tmp_path / "report.json")])
    assert_one_error_line(result, expected)
    assert not (tmp_path / "report.json").exists()


# --- inputs that are odd but usable ------------------------------------------------------------


@dataclass(frozen=True)
class Odd:
    make: Callable[[Path], str]
    note: str | None = None  # expected part of a ``Note:`` line
    check: Callable[[dict[str, Any], str], None] = lambda brief, text: None


def _has(*words: str) -> Callable[[dict[str, Any], str], None]:
    def check(brief: dict[str, Any], text: str) -> None:
        for word in words:
            assert word in text, word
            assert word in json.dumps(brief, ensure_ascii=False), word

    return check


def _title_at_most(size: int) -> Callable[[dict[str, Any], str], None]:
    def check(brief: dict[str, Any], text: str) -> None:
        assert 0 < len(brief["title"]) <= size

    return check


def _no_invented_actors(brief: dict[str, Any], text: str) -> None:
    assert all(actor["name"] in text for actor in brief["actors"])
    assert brief["positions"] == []  # nobody is named, so nobody can hold a position


def _stays_german(brief: dict[str, Any], text: str) -> None:
    assert brief["summary"].startswith("Die Bundesregierung hat am Dienstag beschlossen")
    assert all(sentence in text for sentence in brief["summary"].split(". "))


def _stays_japanese(brief: dict[str, Any], text: str) -> None:
    assert "政府" in brief["summary"] and brief["summary"].replace(" ", "") in text.replace("\n", "")


def _mixed_folder(tmp: Path) -> str:
    folder = Path(junk_folder(tmp))
    (folder / "story.txt").write_text(PROSE)
    return str(folder)


ODD = {
    "Windows-1252 text": Odd(fixture("cp1252.txt"), "decoded as cp1252", _has("Café", "“killing trade”")),
    "Latin-1 text": Odd(fixture("latin1.txt"), "decoded as latin-1", _has("Münster")),
    "UTF-8 with bad bytes": Odd(fixture("utf8_damaged.txt"), "bad byte sequence", _has("Zürich")),
    "Windows-1252 HTML": Odd(fixture("cp1252.html"), "decoded as cp1252", _has("Café")),
    "UTF-16 LE with BOM": Odd(fixture("utf16le.txt"), "decoded as utf-16-le", _has("Zürich", "Marco Rossi")),
    "UTF-16 BE with BOM": Odd(fixture("utf16be.txt"), "decoded as utf-16-be", _has("Zürich")),
    "UTF-8 with BOM": Odd(fixture("utf8_bom.md"), None, _has("Zürich tram strike called off")),
    "100,000-character line": Odd(
        file_with("line.txt", ((" ".join(PROSE.split()) + " ") * (100_000 // len(PROSE) + 1)).encode()),
        None,
        _title_at_most(200),
    ),
    "no sentence boundaries": Odd(
        file_with("run-on.txt", b"the council said the bridge would reopen and drivers said " * 300),
        None,
        _title_at_most(200),
    ),
    "CR and CRLF line endings": Odd(
        file_with("mac.txt", PROSE.replace("\n", "\r").encode()), None, _has("Ruth Mallory")
    ),
    "a few control characters": Odd(
        file_with("ctrl.txt", PROSE.replace("Friday", "Friday\x07").encode()), None, _has("Ruth Mallory")
    ),
    "malformed HTML": Odd(fixture("malformed.html"), None, _has("Ruth Mallory")),
    "feed with one empty entry": Odd(fixture("mixed_feed.rss"), "has no text; skipped", _has("Carla Mendes")),
    "folder with unusable files": Odd(_mixed_folder, "not a regular file; skipped", _has("Ruth Mallory")),
    "German article": Odd(fixture("german.txt"), NOT_ENGLISH, _stays_german),
    "Japanese article": Odd(fixture("japanese.txt"), NOT_ENGLISH, _stays_japanese),
    "only quotes": Odd(fixture("quotes_only.txt"), None, _no_invented_actors),
}


@pytest.mark.parametrize("case", list(ODD))
def test_odd_input_gives_a_correct_brief_and_says_what_was_odd(
    case: str, tmp_path: Path, locked: None
) -> None:
    odd = ODD[case]
    argument = odd.make(tmp_path)
    result = invoke(run_args(tmp_path, argument))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("Note: ")]
    assert len(notes) == len(result.stderr.splitlines()), result.stderr  # -q: nothing but notes
    if odd.note is None:
        assert notes == []
    else:
        assert any(odd.note in line for line in notes), notes
    files = written(tmp_path)
    assert [p.suffix for p in files] == [".json", ".md"], files
    assert temp_files(tmp_path / "outputs") == []
    brief = json.loads(files[0].read_text(encoding="utf-8"))
    validate_brief(brief)
    [article] = [a for a in read_path(Path(argument)) if a.source == brief["source"]["path"]]
    evidence = [e for item in (*brief["positions"], *brief["open_questions"]) for e in item["evidence"]]
    assert all(quote in article.text for quote in evidence)
    odd.check(brief, article.text)


def test_cp1252_on_stdin_prints_the_brief_and_the_note(tmp_path: Path) -> None:
    result = invoke(run_args(tmp_path, "-", "-o", "-"), stdin=(BAD / "cp1252.txt").read_bytes())
    assert_no_traceback(result)
    assert result.exit_code == 0
    assert result.stderr == "Note: <stdin>: not valid UTF-8; decoded as cp1252\n"
    assert "Café" in result.stdout and result.stdout.startswith("---\n")
    assert written(tmp_path) == []
