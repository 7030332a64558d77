"""`recourse policy check | render | explain | schema` (plugin/cli/policy.py)."""

import argparse
import json

import pytest

from plugin.cli.policy import add_policy_commands, main
from plugin.policy.document import policy_to_data
from plugin.policy.presets import load_preset

FACTS = {
    "now": "2026-04-01T12:00:00-04:00",
    "policy_version": 3,
    "order": {
        "name": "#1001", "currency": "USD", "placed_at": "2026-03-01T10:00:00-05:00",
        "sales_channel": "web", "shipping_country": "US", "shipping_paid": "5.00",
        "shop": {"country": "US", "timezone": "America/New_York", "currency": "USD"},
        "lines": [
            {"line_id": "L1", "title": "Linen dress", "product_type": "Dress", "quantity": 2,
             "unit_price": "40.00", "tax": "6.40", "shipped_at": "2026-03-03T10:00:00-05:00",
             "delivered_at": "2026-03-06T15:00:00-05:00"},
            {"line_id": "L2", "title": "Engraved ring", "tags": ["Personalized"], "quantity": 1,
             "unit_price": "25.00", "shipped_at": "2026-03-03T10:00:00-05:00",
             "delivered_at": "2026-03-06T15:00:00-05:00"},
        ],
    },
    "request": {
        "lines": [{"line_id": "L1", "quantity": 1, "reason": "SIZE_TOO_SMALL",
                   "condition": ["UNUSED", "NOT_WORN", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING",
                                 "TAGS_ATTACHED", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"]},
                  {"line_id": "L2", "quantity": 1, "reason": "UNWANTED", "condition": []}],
        "resolution": "REFUND", "shipping_method": "CUSTOMER_SHIPPED", "proof_of_purchase": True,
    },
}


@pytest.fixture
def files(tmp_path):
    def write(name, data):
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data))
        return str(path)

    return write


def test_commands_hang_under_a_policy_parser():
    root = argparse.ArgumentParser(prog="recourse")
    commands = root.add_subparsers(dest="command", required=True)
    policy = commands.add_parser("policy")
    add_policy_commands(policy.add_subparsers(dest="policy_command", required=True))
    args = root.parse_args(["policy", "render", "--preset", "alotrop", "--format", "html"])
    assert args.policy_handler.__name__ == "cmd_render" and args.format == "html"


def test_check_valid_policy(files, capsys):
    path = files("p.json", policy_to_data(load_preset("alltrendsusa")))
    assert main(["check", path]) == 0
    assert "valid; 0 error(s)" in capsys.readouterr().out


def test_check_invalid_document_prints_paths(files, capsys):
    data = policy_to_data(load_preset("alotrop"))
    data["fees"]["flat_fee"] = 9.99
    data["returns"]["window"]["unit"] = "WEEKS"
    assert main(["check", files("p.json", data)]) == 1
    out = capsys.readouterr().out
    assert "fees.flat_fee" in out and "returns.window.unit" in out


def test_check_lint_errors_exit_1(files, capsys):
    data = policy_to_data(load_preset("alotrop"))
    data["eu"] = {"enabled": True, "withdrawal_days": 7}
    assert main(["check", files("p.json", data)]) == 1
    assert "EU_WITHDRAWAL_TOO_SHORT at eu.withdrawal_days" in capsys.readouterr().out


def test_check_with_a_catalogue(files, capsys):
    catalogue = files("c.json", [{"tags": ["summer"], "product_type": "Dress", "price": "20"}])
    data = policy_to_data(load_preset("alotrop"))
    data["shipping"]["return_addresses"] = [{"name": "Main", "rest_of_world": True, "recipient": "Alotrop Returns",
                                             "address1": "1 Dock Rd", "city": "Newark", "country": "US"}]
    assert main(["check", files("p.json", data), "--catalogue", catalogue]) == 0
    assert "EXCLUSION_MATCHES_NOTHING" in capsys.readouterr().out


def test_check_missing_file_exit_2(capsys):
    assert main(["check", "/nonexistent/policy.json"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_check_not_json(files, capsys):
    assert main(["check", files("p.json", "{nope")]) == 2


def test_render_markdown_and_html(files, capsys):
    path = files("p.json", policy_to_data(load_preset("allegra-k")))
    assert main(["render", path, "--shop-name", "Allegra K"]) == 0
    assert capsys.readouterr().out.startswith("# Allegra K Return & Refund Policy")
    assert main(["render", "--preset", "alotrop", "--format", "html", "--shop-name", "A&B"]) == 0
    assert "<h1>A&amp;B Return &amp; Refund Policy</h1>" in capsys.readouterr().out


def test_explain_prints_a_table(files, capsys):
    assert main(["explain", "--preset", "alotrop", "--facts", files("f.json", FACTS)]) == 0
    out = capsys.readouterr().out
    assert "Return request (REFUND, CUSTOMER_SHIPPED): NOT ALLOWED" in out
    assert "PERSONALIZED_ITEM" in out
    assert "Linen dress ×1" in out and "43.20" in out
    assert "Cancellation: not allowed" in out
    assert "Policy version: 3" in out


def test_explain_without_request_lists_returnable_lines(files, capsys):
    facts = {k: v for k, v in FACTS.items() if k != "request"}
    assert main(["explain", "--preset", "alltrendsusa", "--facts", files("f.json", facts)]) == 0
    out = capsys.readouterr().out
    assert "Returnable lines" in out and "Return request" not in out


def test_explain_bad_facts_exit_2(files, capsys):
    facts = json.loads(json.dumps(FACTS))
    facts["order"]["lines"][0]["unit_price"] = "abc"
    assert main(["explain", "--preset", "alotrop", "--facts", files("f.json", facts)]) == 2
    assert "$.order.lines[0].unit_price" in capsys.readouterr().err
    facts["order"]["lines"][0]["unit_price"] = "1.00"
    facts["now"] = "2026-04-01T12:00:00"
    assert main(["explain", "--preset", "alotrop", "--facts", files("f.json", facts)]) == 2


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Policy"


def test_draft_prints_the_settings_drafted_from_a_text_as_json(tmp_path):
    """`recourse policy draft FILE --json`, as an operator runs it: exactly four keys, exit 0."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = tmp_path / "policy.txt"
    text.write_text("We accept returns within thirty (30) days of delivery.\nA 10% restocking fee applies.\n")
    done = subprocess.run([sys.executable, "-m", "plugin.cli", "policy", "draft", str(text), "--json"],
                          cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert list(answer) == ["document", "placed", "unplaced", "defaults"]
    assert answer["document"]["returns"]["window"]["days"] == 30
    assert answer["document"]["fees"]["restocking_percent"] == "10"
    assert {p["path"] for p in answer["placed"]} >= {"returns.window.days", "fees.restocking_percent"}
    assert answer["placed"][0]["sentence"] == {"text": "We accept returns within thirty (30) days of delivery.", "start": 0, "end": 54}
    assert {"path": "refund.method", "value": "ORIGINAL_PAYMENT"} in answer["defaults"]


def test_draft_reads_text_and_refuses_what_it_cannot_read(files, capsys):
    path = files("policy.txt", "Refunds are issued as store credit only.")
    assert main(["draft", path]) == 0
    out = capsys.readouterr().out
    assert "set    refund.method = \"STORE_CREDIT\"" in out and "from: Refunds are issued as store credit only." in out
    assert main(["draft", files("bad.bin", "x") + ".missing"]) == 2


def test_draft_shows_what_a_sentence_may_say_and_takes_it_when_told(files, capsys):
    held = "What you paid for delivery is not refunded, unless the return comes from a mistake of ours."
    path = files("policy.txt", f"Returns\n\nWe accept returns within 30 days of delivery.\n{held}\n")
    assert main(["draft", path]) == 0
    out = capsys.readouterr().out
    offered = next(line for line in out.splitlines() if "may say refund.original_shipping = \"MERCHANT_AT_FAULT\"" in line)
    chosen = offered.rsplit("--accept ", 1)[1]
    assert main(["draft", path, "--accept", chosen, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["document"]["refund"]["original_shipping"] == "MERCHANT_AT_FAULT"
    assert [p["sentence"]["text"] for p in answer["placed"] if p["suggestion"] == chosen] == [held]
    assert main(["draft", path, "--accept", "1-0000000000"]) == 2
    assert "offers no suggestion '1-0000000000'" in capsys.readouterr().err
