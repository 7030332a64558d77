"""Process settings, read once from the environment (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite://recourse.sqlite3"
    environment: str = "development"
    smtp_url: str | None = None
    mail_dir: str = "var/mail"
    log_level: str = "INFO"
    public_url: str = "http://127.0.0.1:8000"
    extra: dict = field(default_factory=dict)

    @property
    def production(self) -> bool:
        return self.environment == "production"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            database_url=env.get("DATABASE_URL", cls.database_url),
            environment=env.get("RECOURSE_ENV", cls.environment),
            smtp_url=env.get("SMTP_URL") or None,
            mail_dir=env.get("RECOURSE_MAIL_DIR", cls.mail_dir),
            log_level=env.get("LOG_LEVEL", cls.log_level).upper(),
            public_url=env.get("RECOURSE_PUBLIC_URL", cls.public_url).rstrip("/"),
        )
