from __future__ import annotations

from pathlib import Path

import pytest

from brief.deliver.files import brief_paths, slugify, write_atomic, write_pair
from brief.errors import DeliveryError


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Macron: 26 countries ready to send troops", "macron-26-countries-ready-to-send-troops"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("CON", "brief-abc"),
        ("", "brief-abc"),
        ("Ünïcödé — title", "unicode-title"),
    ],
)
def test_slugify_never_escapes(title: str, slug: str) -> None:
    assert slugify(title, "abc") == slug


def test_paths(tmp_path: Path) -> None:
    assert brief_paths(None, output_dir=tmp_path, date="2026-11-27", slug="x") == (
        tmp_path / "2026-11-27" / "x.md",
        tmp_path / "2026-11-27" / "x.json",
    )
    assert brief_paths(tmp_path / "b.md", output_dir=tmp_path, date="d", slug="x")[1] == tmp_path / "b.json"
    assert (
        brief_paths(tmp_path / "dir", output_dir=tmp_path, date="d", slug="x")[0] == tmp_path / "dir" / "x.md"
    )


def test_write_pair_is_idempotent_and_refuses_silent_overwrite(tmp_path: Path) -> None:
    files = {tmp_path / "a.json": "{}", tmp_path / "a.md": "# A"}
    assert write_pair(files) is True
    assert write_pair(files) is False  # same content: nothing to do
    with pytest.raises(DeliveryError, match=r"different brief.*--force"):
        write_pair({tmp_path / "a.json": "{}", tmp_path / "a.md": "# B"})
    assert (tmp_path / "a.md").read_text() == "# A"
    assert write_pair({tmp_path / "a.json": "{}", tmp_path / "a.md": "# B"}, force=True)
    assert (tmp_path / "a.md").read_text() == "# B"
    assert not list(tmp_path.glob(".*tmp"))


def test_write_atomic_failure_leaves_no_temp(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DeliveryError, match="cannot write"):
        write_atomic(blocker / "sub" / "a.md", "text")
    assert blocker.read_text() == "x"


def test_staged_files_are_written_together_from_pieces_or_not_at_all(tmp_path: Path) -> None:
    from brief.deliver.files import Staged

    with Staged(compare=True) as staged:
        staged.add(tmp_path / "a.md", "# A\n")
        staged.add(tmp_path / "sub" / "b.html", iter(["<p>", "b", "</p>\n"]))
        assert staged.changed and not (tmp_path / "a.md").exists()  # nothing in place before commit
        staged.commit()
    assert (tmp_path / "sub" / "b.html").read_text() == "<p>b</p>\n"
    with Staged(compare=True) as staged:
        staged.add(tmp_path / "a.md", "# A\n")
        staged.add(tmp_path / "sub" / "b.html", ["<p>b", "</p>\n"])
        assert not staged.changed  # the same content, in other pieces
    with pytest.raises(KeyboardInterrupt), Staged() as staged:
        staged.add(tmp_path / "a.md", "# changed\n")
        raise KeyboardInterrupt
    assert (tmp_path / "a.md").read_text() == "# A\n"
    assert not list(tmp_path.rglob(".*tmp"))
