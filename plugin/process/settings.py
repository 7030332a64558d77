"""Process settings, read once from the environment (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite://recourse.sqlite3"
    environment: str = "development"
    log_level: str = "INFO"
    install_token: str | None = None
    smtp_url: str | None = field(default=None, repr=False)  # may carry a password
    mail_from: str | None = None
    mail_dir: str = "var/mail"
    label_dir: str = "var/labels"  # uploaded prepaid return labels (PDF), one folder per shop
    # Days risk evidence (assessment facts) and delivered emails (.eml files, outbox payloads) are kept;
    # None keeps them. The worker erases what is older.
    risk_retention_days: int | None = None
    email_retention_days: int | None = None
    photo_dir: str = "var/photos"  # customers' return photos (RECOURSE_PHOTO_DIR), by shop and order
    embedded_worker: bool = True  # `serve` delivers the outbox itself (RECOURSE_EMBEDDED_WORKER=false: run `worker`)
    db_pool_size: int = 20  # PostgreSQL connections per process (RECOURSE_DB_POOL_SIZE)
    # The origins allowed to frame the admin app (CSP frame-ancestors), space-separated: the host
    # platform's admin. Nothing else may embed it.
    host_admin_origin: str = "https://admin.shopify.com"
    admin_introspection: bool | None = None  # None: on outside production (RECOURSE_ADMIN_INTROSPECTION)
    rate_limits: bool = True  # RECOURSE_RATE_LIMITS=false: e.g. a load test from one address
    # Anonymous API requests in flight at once per process (plugin.web.admission), one per client
    # address, the rest waiting their turn (RECOURSE_ANONYMOUS_IN_FLIGHT); off with the rate limits.
    anonymous_in_flight: int = 2
    # Fernet keys that encrypt stored Shopify tokens (RECOURSE_TOKEN_KEYS, space-separated; the first
    # encrypts, all decrypt, so a key can be rotated). Required in production for shopify shops.
    token_keys: tuple[str, ...] = field(default=(), repr=False)
    # Where a shop's Admin API lives: None is Shopify itself (https://<domain>); a template with
    # {shop} points shops at the emulator (RECOURSE_SHOPIFY_ORIGIN, e.g. http://127.0.0.1:8000/emulator/shops/{shop}).
    shopify_origin: str | None = None
    shopify_timeout: float = 20.0  # seconds per Admin API request (RECOURSE_SHOPIFY_TIMEOUT)
    # X-Forwarded-For is believed only when asked (`serve --proxy-headers`), and only from these
    # peers (`--forwarded-allow-ips`: addresses, networks or `*`); see plugin.values.client_address.
    proxy_headers: bool = False
    forwarded_allow_ips: str = "127.0.0.1"

    @property
    def production(self) -> bool:
        return self.environment == "production"

    def introspection(self, api: str) -> bool:
        """Whether `api` ("admin" or "storefront") answers schema introspection: never the storefront
        in production (its schema is nobody's business), the admin as configured (off by default)."""
        if not self.production:
            return True
        return api == "admin" and bool(self.admin_introspection)

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
            label_dir=env.get("RECOURSE_LABEL_DIR", cls.label_dir),
            risk_retention_days=_days(env, "RECOURSE_RISK_RETENTION_DAYS"),
            email_retention_days=_days(env, "RECOURSE_EMAIL_RETENTION_DAYS"),
            photo_dir=env.get("RECOURSE_PHOTO_DIR") or cls.photo_dir,
            embedded_worker=_flag(env, "RECOURSE_EMBEDDED_WORKER", cls.embedded_worker),
            db_pool_size=_positive(env, "RECOURSE_DB_POOL_SIZE", cls.db_pool_size),
            host_admin_origin=_origins(env.get("RECOURSE_HOST_ADMIN_ORIGIN") or cls.host_admin_origin),
            admin_introspection=_flag(env, "RECOURSE_ADMIN_INTROSPECTION", None),
            rate_limits=_flag(env, "RECOURSE_RATE_LIMITS", cls.rate_limits),
            anonymous_in_flight=_positive(env, "RECOURSE_ANONYMOUS_IN_FLIGHT", cls.anonymous_in_flight),
            token_keys=tuple((env.get("RECOURSE_TOKEN_KEYS") or "").split()),
            shopify_origin=_shopify_origin(env.get("RECOURSE_SHOPIFY_ORIGIN") or None),
            shopify_timeout=float(_positive(env, "RECOURSE_SHOPIFY_TIMEOUT", int(cls.shopify_timeout))),
            proxy_headers=_flag(env, "RECOURSE_PROXY_HEADERS", cls.proxy_headers),
            # Parsed by the app at start (plugin.values.client_address.TrustedProxies): a typo fails the start.
            forwarded_allow_ips=env.get("RECOURSE_FORWARDED_ALLOW_IPS") or cls.forwarded_allow_ips,
        )


def _flag(env, name: str, default: bool | None) -> bool | None:
    value = env.get(name)
    if value is None or not value.strip():
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def _days(env, name: str) -> int | None:
    value = (env.get(name) or "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 36500:
        raise ValueError(f"{name} must be a number of days from 1 to 36500, not {value!r}")
    return int(value)


def _positive(env, name: str, default: int) -> int:
    value = env.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
    return number


def _origins(value: str) -> str:
    """Space-separated origins (`https://admin.example.com`), checked so a typo cannot widen the CSP."""
    origins = value.split()
    for origin in origins:
        scheme, sep, rest = origin.partition("://")
        if scheme not in ("https", "http") or not sep or not rest or any(c in rest for c in "/;,'\" "):
            raise ValueError(f"RECOURSE_HOST_ADMIN_ORIGIN must be origins like https://admin.example.com, not {origin!r}")
    if not origins:
        raise ValueError("RECOURSE_HOST_ADMIN_ORIGIN must name at least one origin")
    return " ".join(origins)


def _shopify_origin(value: str | None) -> str | None:
    if value is None:
        return None
    if not value.startswith(("http://", "https://")) or "{shop}" not in value:
        raise ValueError(f"RECOURSE_SHOPIFY_ORIGIN must be an http(s) URL template containing {{shop}}, not {value!r}")
    return value.rstrip("/")
