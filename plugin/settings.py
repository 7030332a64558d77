"""Process settings, read once from the environment (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite://recourse.sqlite3"
    environment: str = "development"
    log_level: str = "INFO"
    install_token: str | None = None
    smtp_url: str | None = None
    mail_from: str | None = None
    mail_dir: str = "var/mail"

    @property
    def production(self) -> bool:
        return self.environment == "production"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            database_url=env.get("DATABASE_URL", cls.database_url),
            environment=env.get("RECOURSE_ENV", cls.environment),
            log_level=env.get("LOG_LEVEL", cls.log_level).upper(),
            install_token=env.get("RECOURSE_INSTALL_TOKEN") or None,
            smtp_url=env.get("SMTP_URL") or None,
            mail_from=env.get("RECOURSE_MAIL_FROM") or None,
            mail_dir=env.get("RECOURSE_MAIL_DIR", cls.mail_dir),
        )
