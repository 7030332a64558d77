"""`recourse policy check | render | explain | schema | draft`: the policy engine from a terminal.

Wiring (in plugin/cli/__init__.py)::

    policy = commands.add_parser("policy", help="validate, render and explain policies")
    add_policy_commands(policy.add_subparsers(dest="policy_command", required=True))
    ...
    if args.command == "policy":
        return args.policy_handler(args)

Every handler returns the exit status: 0 fine, 1 invalid policy or lint errors, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from plugin.policy.document import PolicyInvalid, parse_policy, policy_json_schema
from plugin.policy.model import Policy
from plugin.policy.presets import PRESETS, load_preset


def add_policy_commands(subparsers: Any) -> None:
    """Register the policy subcommands on an argparse subparsers action."""
    check = subparsers.add_parser("check", help="validate a policy file and lint it")
    check.add_argument("file", help="policy JSON file ('-' for stdin)")
    check.add_argument(
        "--catalogue",
        help="JSON file: a list of {tags, product_type, price} to check exclusions against",
    )
    check.set_defaults(policy_handler=cmd_check)

    render_p = subparsers.add_parser("render", help="print the public policy page")
    render_p.add_argument("file", nargs="?", help="policy JSON file ('-' for stdin)")
    render_p.add_argument("--preset", choices=PRESETS, help="render a preset instead of a file")
    render_p.add_argument("--format", choices=("markdown", "html"), default="markdown")
    render_p.add_argument("--shop-name", default="Our store")
    render_p.add_argument("--support-email")
    render_p.set_defaults(policy_handler=cmd_render)

    explain = subparsers.add_parser(
        "explain", help="decide an order's cancellation and return and print it as a table"
    )
    explain.add_argument("file", nargs="?", help="policy JSON file")
    explain.add_argument("--preset", choices=PRESETS, help="use a preset instead of a file")
    explain.add_argument(
        "--facts", required=True,
        help="JSON file: {now, order, prior_returns?, request?, policy_version?}",
    )
    explain.set_defaults(policy_handler=cmd_explain)

    schema = subparsers.add_parser("schema", help="print the policy JSON Schema")
    schema.set_defaults(policy_handler=cmd_schema)

    draft = subparsers.add_parser(
        "draft", help="draft policy settings from a written return policy (text file, '-' for stdin)"
    )
    draft.add_argument("file", help="the policy text ('-' for stdin)")
    draft.add_argument("--json", action="store_true", help="print {document, placed, unplaced, defaults}")
    draft.add_argument("--accept", action="append", default=[], metavar="ID",
                       help="take a suggestion the draft offers on a sentence no setting holds (repeat, in the order taken)")
    draft.set_defaults(policy_handler=cmd_draft)


def main(argv: list[str] | None = None) -> int:
    """Run the policy commands on their own (``python -m plugin.cli.policy``)."""
    root = argparse.ArgumentParser(prog="recourse policy")
    add_policy_commands(root.add_subparsers(dest="policy_command", required=True))
    args = root.parse_args(argv)
    return args.policy_handler(args)


# --- loading --------------------------------------------------------------------------------


class _InputError(Exception):
    pass


def _read_json(path: str) -> Any:
    try:
        if path == "-":
            return json.load(sys.stdin)
        with open(path, encoding="utf-8") as handle:
            # Bare numbers with a fraction load as floats, which the validators refuse with
            # the path of the value: amounts must be decimal strings.
            return json.load(handle)
    except OSError as exc:
        raise _InputError(f"cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise _InputError(f"{path} is not JSON: {exc}") from None
    except ValueError as exc:
        raise _InputError(f"{path}: {exc}") from None


def _policy(args: argparse.Namespace, out: TextIO) -> Policy | None:
    if getattr(args, "preset", None):
        return load_preset(args.preset)
    if not args.file:
        raise _InputError("give a policy FILE or --preset")
    try:
        return parse_policy(_read_json(args.file))
    except PolicyInvalid as exc:
        print(f"{args.file}: invalid policy", file=out)
        for path, message, code in exc.errors:
            where = ".".join(str(p) for p in path) or "(document)"
            print(f"  error {code} at {where}: {message}", file=out)
        return None


def _guard(handler):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
        out = out or sys.stdout
        try:
            return handler(args, out)
        except _InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    run.__name__ = handler.__name__
    return run


# --- commands -------------------------------------------------------------------------------


@_guard
def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from plugin.policy.lint import errors, lint

    policy = _policy(args, out)
    if policy is None:
        return 1
    catalogue = None
    if args.catalogue:
        items = _read_json(args.catalogue)
        if not isinstance(items, list):
            raise _InputError("the catalogue must be a JSON list")
        catalogue = [
            (item.get("tags", []), item.get("product_type"), item.get("price")) for item in items
        ]
    findings = lint(policy, catalogue)
    for f in findings:
        where = ".".join(str(p) for p in f.path)
        print(f"  {f.severity} {f.code} at {where}: {f.message}", file=out)
    bad = errors(findings)
    summary = f"{len(bad)} error(s), {len(findings) - len(bad)} other finding(s)"
    print(f"{args.file}: {'invalid' if bad else 'valid'}; {summary}", file=out)
    return 1 if bad else 0


@_guard
def cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    from plugin.policy.render import render

    policy = _policy(args, out)
    if policy is None:
        return 1
    out.write(render(policy, args.shop_name, args.support_email, fmt=args.format))
    return 0


@_guard
def cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from plugin.values.calendar import CalendarError
    from plugin.policy.explain import explain
    from plugin.policy.facts_json import FactsError, scenario_from_json

    policy = _policy(args, out)
    if policy is None:
        return 1
    try:
        scenario = scenario_from_json(_read_json(args.facts))
        out.write(explain(policy, scenario, args.preset or args.file))
    except (FactsError, CalendarError) as exc:
        raise _InputError(str(exc)) from None
    return 0


@_guard
def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    json.dump(policy_json_schema(), out, indent=2)
    out.write("\n")
    return 0


def _read_text(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise _InputError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise _InputError(f"{path} is not UTF-8 text") from None


@_guard
def cmd_draft(args: argparse.Namespace, out: TextIO) -> int:
    from plugin.policy.drafting import TextTooLong, UnknownSuggestion, draft_policy

    try:
        draft = draft_policy(_read_text(args.file), chosen=args.accept)
    except (TextTooLong, UnknownSuggestion) as exc:
        raise _InputError(str(exc)) from None
    if args.json:
        json.dump(draft.as_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    for placed in draft.placed:
        out.write(f"set    {placed.path} = {json.dumps(placed.value, ensure_ascii=False)}\n"
                  f"       from: {placed.sentence.text}\n")
    for unplaced in draft.unplaced:
        out.write(f"left   {unplaced.sentence.text}\n       ({unplaced.why})\n")
        for suggestion in unplaced.suggestions:
            said = ", ".join(f"{fact.path} = {json.dumps(fact.value, ensure_ascii=False)}" for fact in suggestion.facts)
            out.write(f"       may say {said} ({suggestion.confidence:.0%} sure): --accept {suggestion.id}\n")
    for default in draft.defaults:
        out.write(f"default {default.path} = {json.dumps(default.value, ensure_ascii=False)}\n")
    for error in draft.errors:
        out.write(f"error  {error}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
