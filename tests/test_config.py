from __future__ import annotations

from pathlib import Path

import pytest

from brief.config import Settings, load_settings, masked
from brief.errors import ConfigError


def test_defaults() -> None:
    settings = load_settings()
    assert settings == Settings() and settings.engine == "auto" and settings.output_dir == Path("outputs")


def test_precedence_flag_over_env_over_file_over_default(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('model = "from-file"\nbase_url = "http://file/v1"\nmax_retries = 5\n', encoding="utf-8")
    env = {"BRIEF_MODEL": "from-env", "OPENAI_BASE_URL": "http://env/v1"}
    settings = load_settings({"model": "from-flag", "base_url": None}, env=env, config_path=config)
    assert settings.model == "from-flag"  # flag wins
    assert settings.base_url == "http://env/v1"  # env beats file when the flag is not given
    assert settings.max_retries == 5  # file beats default


def test_brief_base_url_preferred_over_openai_base_url() -> None:
    env = {"BRIEF_BASE_URL": "http://brief/v1", "OPENAI_BASE_URL": "http://openai/v1"}
    assert load_settings(env=env).base_url == "http://brief/v1"


def test_smtp_table_and_brief_table(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('[brief]\nengine = "extractive"\n[smtp]\nhost = "mail.example.org"\nport = 2525\n')
    settings = load_settings(config_path=config)
    assert (settings.engine, settings.smtp_host, settings.smtp_port) == (
        "extractive",
        "mail.example.org",
        2525,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("max_retries = 'many'\n", "max_retries"),
        ("colour = 'blue'\n", "unknown setting 'colour'"),
        ("engine = 'magic'\n", "unknown engine 'magic'"),
        ("model = [\n", "not valid TOML"),
        ("use_cache = 'perhaps'\n", "use_cache"),
    ],
)
def test_bad_config_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "brief.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(config_path=config)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(config_path=tmp_path / "nope.toml")


def test_secrets_are_masked_and_not_in_repr() -> None:
    settings = load_settings(env={"OPENAI_API_KEY": "sk-secret-123456789", "BRIEF_SMTP_PASSWORD": "hunter2"})
    shown = masked(settings)
    assert shown["api_key"] == "****" and shown["smtp_password"] == "****"
    assert "sk-secret" not in repr(settings) and "hunter2" not in repr(settings)
