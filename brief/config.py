"""Settings and the one place their precedence is decided.

Precedence, highest first: command-line flag > environment variable > ``brief.toml``
(``--config``, else ``./brief.toml``, else the user config dir) > built-in default.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import platformdirs

from brief.errors import ConfigError

__all__ = [
    "ENV_VARS",
    "SECRET_FIELDS",
    "Settings",
    "check_link_base",
    "default_config_path",
    "load_settings",
    "masked",
]

ENGINES = ("auto", "openai", "local", "extractive", "replay")

# Environment variables that may set a field, in order of preference.
ENV_VARS: dict[str, tuple[str, ...]] = {
    "engine": ("BRIEF_ENGINE",),
    "model": ("BRIEF_MODEL",),
    "base_url": ("BRIEF_BASE_URL", "OPENAI_BASE_URL"),
    "api_key": ("BRIEF_API_KEY", "OPENAI_API_KEY"),
    "model_path": ("BRIEF_MODEL_PATH",),
    "task": ("BRIEF_TASK",),
    "prompts_dir": ("BRIEF_PROMPTS_DIR",),
    "output_dir": ("BRIEF_OUTPUT_DIR",),
    "cache_dir": ("BRIEF_CACHE_DIR",),
    "replay_dir": ("BRIEF_REPLAY_DIR",),
    "smtp_host": ("BRIEF_SMTP_HOST",),
    "smtp_port": ("BRIEF_SMTP_PORT",),
    "smtp_user": ("BRIEF_SMTP_USER",),
    "smtp_password": ("BRIEF_SMTP_PASSWORD",),
    "smtp_security": ("BRIEF_SMTP_SECURITY",),
    "smtp_from": ("BRIEF_SMTP_FROM",),
    "smtp_ca_file": ("BRIEF_SMTP_CA_FILE",),
    "link_base": ("BRIEF_LINK_BASE",),
}
SECRET_FIELDS = frozenset({"api_key", "smtp_password"})


@dataclass(frozen=True)
class Settings:
    """Effective settings, resolved once and passed down; never read from the environment later."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model_path: Path | None = None
    context_window: int | None = None
    max_output_tokens: int | None = None  # None: sized from the article (see pipeline.job.output_budget)
    task: str = "auto"  # what the model writes: "full" brief, or "summary" (title + summary); auto picks
    summary_lead_tokens: int = 700  # the summary task reads this much of the lead; 0 = the whole article
    chunk_overlap: int = 64
    candidates: bool = False  # the extraction's actors, statements and open points in each map request
    max_retries: int = 2
    request_retries: int = 3
    timeout: float = 120.0
    temperature: float = 0.0
    seed: int = 7
    threads: int | None = None
    concurrency: int = 1
    prompts_dir: Path | None = None
    output_dir: Path = Path("outputs")
    cache_dir: Path | None = None
    use_cache: bool = True
    record_dir: Path | None = None
    replay_dir: Path | None = None
    max_cost: float | None = None
    prices: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    batch_prices: bool = False  # costs at the table's batch column: `brief batch collect` sets it
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_security: str = "starttls"
    smtp_from: str | None = None
    smtp_ca_file: Path | None = None  # trust this CA bundle for STARTTLS/SSL (e.g. a company mail relay)
    feeds: tuple[str, ...] = ()
    fetch_timeout: float = 20.0  # seconds for one page or feed download (connect, each read, and in all)
    fetch_max_bytes: int = 5 * 2**20  # a page or feed larger than this is refused
    inbox: tuple[str, ...] = ()  # folders/files ``brief daily`` reads when none are given
    link_base: str | None = None  # where the output folder is published; mailed digests link there

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @property
    def resolved_cache_dir(self) -> Path:
        """Where caches live: the configured folder or the user's cache dir."""
        return self.cache_dir or Path(platformdirs.user_cache_dir("brief"))


def default_config_path(cwd: Path | None = None) -> Path | None:
    """``./brief.toml`` if present, else the user config dir's ``brief.toml`` if present."""
    for candidate in (
        (cwd or Path.cwd()) / "brief.toml",
        Path(platformdirs.user_config_dir("brief")) / "brief.toml",
    ):
        if candidate.is_file():
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} not found: create it or drop --config") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML ({exc}): fix the syntax") from exc
    # Allow both top-level keys and a [brief] table; [smtp] keys map to smtp_* fields.
    for key, value in data.items():
        if isinstance(value, dict) and key not in ("brief", "smtp", "prices"):
            raise ConfigError(f"{path}: {key} is a table; use a value, or one of [brief], [smtp], [prices]")
    merged = {k: v for k, v in data.items() if not isinstance(v, dict) or k in ("prices",)}
    merged.update(data.get("brief", {}))
    merged.update({f"smtp_{k}": v for k, v in data.get("smtp", {}).items()})
    return merged


def _coerce(name: str, value: Any, source: str) -> Any:
    """Convert a raw value to the field's type, or raise a ConfigError naming the source."""
    kind = {f.name: f for f in fields(Settings)}[name].type
    try:
        if value is None:
            return None
        if "Path" in str(kind):
            return Path(str(value)).expanduser()
        if "bool" in str(kind):
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                return str(value).lower() in ("1", "true", "yes", "on")
            raise ValueError(value)
        if "Mapping" in str(kind):  # first: "Mapping[str, Mapping[str, float]]" also names float
            if not isinstance(value, Mapping):
                raise ValueError(value)
            return value
        if "int" in str(kind) and "float" not in str(kind):
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if "float" in str(kind):
            return float(value)
        if "tuple" in str(kind):
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ValueError(value)
            return tuple(value)
        if not isinstance(value, str):
            raise ValueError(value)
        return value
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: {name} = {value!r} has the wrong type (expected {kind})") from exc


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Resolve settings: flags > environment > config file > defaults.

    Args:
        flags: values given on the command line; ``None`` values mean "not given".
        env: the environment to consult (pass ``os.environ`` explicitly; nothing is read implicitly).
        config_path: a ``brief.toml``; ``None`` means no config file.

    Raises:
        ConfigError: unknown keys, wrong types, or an unknown engine.
    """
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    if config_path is not None:
        for key, raw in _read_toml(config_path).items():
            if key not in known:
                raise ConfigError(
                    f"{config_path}: unknown setting {key!r}; known: {', '.join(sorted(known))}"
                )
            values[key] = _coerce(key, raw, str(config_path))
    for name, names in ENV_VARS.items():
        for var in names:
            if env and env.get(var):
                values[name] = _coerce(name, env[var], f"environment variable {var}")
                break
    for key, raw in (flags or {}).items():
        if raw is not None:
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}")
            values[key] = _coerce(key, raw, f"--{key.replace('_', '-')}")
    settings = Settings(**values)
    if settings.engine not in ENGINES:
        raise ConfigError(f"unknown engine {settings.engine!r}: use one of {', '.join(ENGINES)}")
    if settings.task not in ("auto", "full", "summary"):
        raise ConfigError(f"unknown task {settings.task!r}: use auto, full or summary")
    if settings.smtp_security not in ("starttls", "ssl", "none"):
        raise ConfigError(f"smtp security {settings.smtp_security!r} is unknown: use starttls, ssl or none")
    if settings.link_base is not None:
        check_link_base(settings.link_base)
    return settings


def check_link_base(link_base: str) -> str:
    """``link_base`` (where the output folder is published) without a trailing slash, made link-safe.

    Raises:
        ConfigError: it is not an ``http(s)://`` address with a host.
    """
    parts = urlsplit(link_base)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in link_base):
        raise ConfigError(
            f"link base {link_base!r} is not a web address: "
            "pass an http(s) address, e.g. --link-base https://example.org/briefs"
        )
    return quote(link_base.rstrip("/"), safe=":/?#[]@!$&'*+,;=%~")


def masked(settings: Settings) -> dict[str, Any]:
    """The settings as plain data with secrets masked, for ``brief config show``."""
    out: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name in SECRET_FIELDS and value:
            value = "****"
        out[f.name] = str(value) if isinstance(value, Path) else value
    return out
