"""Where emails go without SMTP (.eml files, for the demo), the worker `serve` runs in-process, and the
settings that steer both."""

from __future__ import annotations

import asyncio
import email
import logging
import os
import signal
import subprocess
import sys
import time
from email.policy import default as default_policy
from pathlib import Path

import pytest

from emails.send import EmailSender, SmtpServer
from models.outbox import OutboxMessage
from plugin.web.app import embedded_worker
from plugin.jobs.outbox import deliver_due
from plugin.process.settings import Settings
from tests.emails.cases import handlers_for, many_emails, shop_for_mail
from tests.emails.mailserver import free_port
from tests.lifecycle.builders import EMAIL

ROOT = Path(__file__).resolve().parents[2]


async def test_without_smtp_url_emails_are_written_as_eml_files_and_logged(client, db, tmp_path, caplog):
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 3)
    folder = tmp_path / "mail"
    with caplog.at_level(logging.INFO, logger="recourse.emails"):
        report = await deliver_due(handlers_for(Settings(mail_dir=str(folder))))
    assert report.sent == 3
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [f"{row.id:08d}-{row.topic}.eml" for row in rows]
    message = email.message_from_bytes(files[0].read_bytes(), policy=default_policy)
    assert message["Message-ID"] == f"<{rows[0].message_id}>" and message["To"] == EMAIL
    assert message["From"].addresses[0].addr_spec == "help@mail-store.example"  # the shop's, without RECOURSE_MAIL_FROM
    assert message.get_content_type() == "multipart/alternative"
    assert "We received your return request #5000-R1" in message.get_body(("plain",)).get_content()
    assert sum("written to" in r.getMessage() for r in caplog.records) == 3
    assert {(r.status, r.last_error) for r in await OutboxMessage.filter(kind="EMAIL")} == {("SENT", None)}

    # A retry of the same row overwrites its file: one file per message, never a duplicate.
    await OutboxMessage.filter(id=rows[0].id).update(status="PENDING", attempts=0)
    assert (await deliver_due(handlers_for(Settings(mail_dir=str(folder))))).sent == 1
    assert len(list(folder.iterdir())) == 3


async def test_the_embedded_worker_delivers_while_the_app_runs_and_stops_with_it(client, db, tmp_path):
    shop = await shop_for_mail(client)
    folder = tmp_path / "mail"
    settings = Settings(database_url=db.url, mail_dir=str(folder))
    async with embedded_worker(settings, grace=5, poll=0.05) as task:
        rows = await many_emails(client, shop, 2)
        for _ in range(500):
            if await OutboxMessage.filter(kind="EMAIL", status="SENT").count() == 2:
                break
            await asyncio.sleep(0.02)
        assert not task.done()
    assert task.done() and not task.cancelled()  # stopped at its next poll, not killed
    assert sorted(f.name for f in folder.iterdir()) == [f"{row.id:08d}-{row.topic}.eml" for row in rows]


def test_settings_read_the_email_and_worker_variables():
    settings = Settings.from_env({"SMTP_URL": "smtps://user:s3cret@mail.example.com", "RECOURSE_MAIL_FROM": "returns@example.com",
                                  "RECOURSE_MAIL_DIR": "/tmp/mail", "RECOURSE_EMBEDDED_WORKER": "false"})
    assert (settings.mail_from, settings.mail_dir, settings.embedded_worker) == ("returns@example.com", "/tmp/mail", False)
    assert "s3cret" not in repr(settings)
    assert Settings.from_env({}).embedded_worker is True and Settings.from_env({}).mail_dir == "var/mail"
    assert Settings.from_env({"RECOURSE_EMBEDDED_WORKER": "0"}).embedded_worker is False
    with pytest.raises(ValueError, match="RECOURSE_EMBEDDED_WORKER"):
        Settings.from_env({"RECOURSE_EMBEDDED_WORKER": "sometimes"})
    server = SmtpServer.from_url(settings.smtp_url)
    assert (server.hostname, server.port, server.use_tls, server.username, server.password) == (
        "mail.example.com", 465, True, "user", "s3cret")
    assert "s3cret" not in repr(server)
    assert SmtpServer.from_url("smtp://mail.example.com").start_tls is None  # STARTTLS when offered
    assert SmtpServer.from_url("smtp://mail.example.com?starttls=true").start_tls is True
    assert SmtpServer.from_url("smtp://u%40x:p%2Fw@h:2525?starttls=false").username == "u@x"
    for bad in ("http://mail.example.com", "smtp://", "smtp://h:port", "smtp://h?tls=1", "smtps://h?starttls=true"):
        with pytest.raises(ValueError, match="SMTP_URL"):
            SmtpServer.from_url(bad)
    assert EmailSender(Settings()).server is None


def test_the_worker_command_refuses_a_malformed_smtp_url(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'x.sqlite3'}", "SMTP_URL": "http://mail.example.com"}
    done = subprocess.run([sys.executable, "-m", "plugin.cli", "worker", "--once"], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "SMTP_URL must look like" in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("embedded", [True, False])
def test_serve_runs_the_worker_in_process_unless_told_not_to(tmp_path, embedded):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "RECOURSE_", "SMTP_URL"))}
    env |= {"DATABASE_URL": f"sqlite://{tmp_path / 'serve.sqlite3'}", "RECOURSE_MAIL_DIR": str(tmp_path / "mail"),
            "RECOURSE_EMBEDDED_WORKER": "true" if embedded else "false"}
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "plugin.cli", "serve", "--no-demo", "--port", str(port)], cwd=ROOT,
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            if "Application startup complete" in (tmp_path / "serve.log").read_text():
                break
            time.sleep(0.2)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    text = (tmp_path / "serve.log").read_text()
    assert ("outbox worker started" in text) is embedded, text[-2000:]
    if embedded:
        assert "outbox worker stopped" in text  # a clean stop on SIGTERM
        assert f"emails are written to {tmp_path / 'mail'}/" in text
    else:
        assert "RECOURSE_EMBEDDED_WORKER=false" in text


def test_every_setting_read_from_the_environment_is_documented():
    import re

    names = set(re.findall(r'"((?:SMTP|RECOURSE|DATABASE|LOG)_[A-Z_]+)"', (ROOT / "plugin" / "process" / "settings.py").read_text()))
    assert {"SMTP_URL", "RECOURSE_MAIL_FROM", "RECOURSE_MAIL_DIR", "RECOURSE_EMBEDDED_WORKER"} <= names
    table = (ROOT / "README.md").read_text().split("## Settings (environment variables)")[1].split("\n## ")[0]
    assert {name for name in names if f"| `{name}` |" not in table} == set()
