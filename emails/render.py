"""Render an email from its kind and context: subject, HTML part, plain-text part.

The shipped templates are trusted and render with autoescaping; a merchant's override renders in
Jinja2's immutable sandbox, within limits of steps and size (see OverrideSandbox), in a child process
with a CPU and wall-clock budget (emails.isolation), and any error in it falls back to the shipped
template with a warning, so a broken override never stops an email nor holds the server.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateSyntaxError,
    nodes,
    select_autoescape,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Namespace
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from emails import formatting
from plugin.i18n.catalogs import language
from emails.i18n import translations
from emails.isolation import Outcome, render_isolated

TEMPLATES = Path(__file__).parent / "templates"

# Subjects are gettext message ids; `{name}` style fields come from the context.
SUBJECTS = {
    "return_requested": "We received your return request {return_name}",
    "damaged_claim_received": "We received your claim for order {order_name}",
    "return_instructions": "Your return {return_name} is approved: how to send it back",
    "return_declined": "About your return request {return_name}",
    "return_received": "Your return {return_name} has arrived",
    "inspection_result": "We checked the items of your return {return_name}",
    "refund_issued": "Your refund for order {order_name}",
    "cancellation_confirmed": "Your order {order_name} is cancelled",
    "cancellation_refused": "Your order {order_name} can no longer be cancelled",
    "held_for_verification": "Please confirm a few details about order {order_name}",
    "exchange_shipped": "Your exchange for return {return_name} has shipped",
    "store_credit": "Your store credit for order {order_name}",
}
KINDS = tuple(SUBJECTS)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    html: str
    text: str
    warnings: tuple[str, ...] = field(default=())


def _filters(env: Environment, locale: str) -> None:
    env.filters["money"] = lambda value: formatting.money(value, locale)
    env.filters["day"] = lambda value: formatting.day(value, locale)
    env.filters["moment"] = lambda value: formatting.moment(value, locale)


@lru_cache(maxsize=16)
def _environment(locale: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(language(locale)), newstyle=True)
    _filters(env, locale)
    return env


# --- merchants' overrides ------------------------------------------------------------------------
#
# An override is code a merchant wrote, run by the worker that sends every shop's email. Jinja2's
# immutable sandbox keeps it away from Python's internals and from changing the context. The limits
# below keep it from stalling or flooding the worker: a budget of executed template lines, and a size
# check before every step that could build a large value in one go (repetition, replace, join,
# padding, format widths, printing a structure) and after every operator, call and filter.

MAX_STEPS = 100_000  # template lines executed per render (a real override runs a few hundred)
MAX_SIZE = 200_000  # characters (or items) of any value an override builds, and of its output
MAX_NUMBER_ARGUMENT = 10_000  # widths, counts and lengths passed to filters
_WIDTH = re.compile(r"\d{5,}")  # a format width of 10000 or more: "%99999999d", "{:99999999}"


def _measure(value: object, limit: int = MAX_SIZE) -> int:
    """The size of `value` as text, roughly, counting containers' contents; stops early past `limit`,
    so measuring costs at most `limit` steps whatever the value."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, dict):
            total += len(item) + 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += len(item) + 1
            stack.extend(item)
        else:
            total += 1
    return total


def _check(value: object, what: str) -> object:
    if _measure(value) > MAX_SIZE:
        raise SecurityError(f"{what} would produce a value over {MAX_SIZE} characters")
    return value


def _limit(size: int, what: str) -> None:
    if size > MAX_SIZE:
        raise SecurityError(f"{what} would produce a value over {MAX_SIZE} characters")


def _replace_size(value: str, old: str, new: str, count: int = -1) -> int:
    hits = value.count(old) if old else len(value) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    return len(value) + hits * (len(new) - len(old))


def _join(items, what: str) -> list:
    items = list(items)
    _limit(sum(_measure(item) for item in items), what)
    return items


def _filter_precheck(name: str, value: object, options: tuple, kwargs: dict) -> tuple:
    """Checks a filter's input before it runs; gives the positional options to call it with."""
    for option in (*options, *kwargs.values()):
        if isinstance(option, (int, float)) and not isinstance(option, bool) and abs(option) > MAX_NUMBER_ARGUMENT:
            raise SecurityError(f"the filter {name} was given {option}; at most {MAX_NUMBER_ARGUMENT} is allowed")
        _check(option, f"the filter {name}")
    if name == "replace" and isinstance(value, str) and len(options) >= 2:
        _limit(_replace_size(str(value), str(options[0]), str(options[1]), *options[2:3]), "replace")
    elif name == "indent" and isinstance(value, str):
        width = options[0] if options else kwargs.get("width", 4)
        _limit(len(value) + (value.count("\n") + 1) * (width if isinstance(width, int) else len(str(width))), "indent")
    elif name == "format" and isinstance(value, str) and _WIDTH.search(value):
        raise SecurityError("format widths of 10000 or more are not allowed")
    return options


def _checked_filter(name: str, function: Callable) -> Callable:
    # Jinja passes the context, eval context or environment first to some filters.
    skip = 0 if getattr(function, "jinja_pass_arg", None) is None else 1

    @wraps(function)
    def checked(*args, **kwargs):
        if len(args) > skip:
            value = args[skip]
            if name in ("join", "list", "sum", "unique", "sort", "map", "select", "reject") and not isinstance(value, (str, dict)):
                value = _join(value, f"the filter {name}")  # a generator is measured once made
            else:
                _check(value, f"the filter {name}")
            args = (*args[:skip], value, *_filter_precheck(name, value, args[skip + 1:], kwargs))
        return _check(function(*args, **kwargs), f"the filter {name}")

    return checked


def _joined(pieces) -> str:
    """Output (of the template, a macro, a block) joined as it is produced, up to MAX_SIZE."""
    out, size = [], 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_SIZE:
            raise SecurityError(f"the output is over {MAX_SIZE} characters")
        out.append(piece)
    return "".join(out)


class _LimitedNamespace(Namespace):
    """`namespace()` is the one place state outlives a loop iteration: keep what it holds small."""

    def __setitem__(self, name: str, value: object) -> None:
        super().__setitem__(name, _check(value, "a namespace assignment"))


class _Generator(CodeGenerator):
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # `a ~ b ~ c`: compiled as Jinja does, but the parts are measured before they are joined.
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.concat_parts({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


def _finalize(value: object) -> object:
    # Every {{ value }} passes here before it becomes text: a structure is measured first.
    return _check(value, "printing a value")


class OverrideSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _Generator
    concat = staticmethod(_joined)

    def __init__(self, **options) -> None:
        super().__init__(finalize=_finalize, **options)
        self.filters = {name: _checked_filter(name, function) for name, function in self.filters.items()}
        self.globals["namespace"] = _LimitedNamespace
        del self.globals["lipsum"]  # writes text by the paragraph, outside the step budget

    @staticmethod
    def concat_parts(join: Callable, parts: tuple) -> str:
        _limit(sum(_measure(part) for part in parts), "the ~ operator")
        return join(parts)

    def call_binop(self, context, operator_: str, left, right):
        if operator_ == "**" and isinstance(right, (int, float)) and abs(right) > 64:
            raise SecurityError("exponents above 64 are not allowed")
        if operator_ == "*":
            for count, sequence in ((right, left), (left, right)):
                if isinstance(count, int) and isinstance(sequence, (str, list, tuple)):
                    _limit(count * _measure(sequence), "repetition")
        if operator_ == "+" and not isinstance(left, (int, float)):
            _limit(_measure(left) + _measure(right), "the + operator")
        if operator_ == "%" and isinstance(left, str):
            if _WIDTH.search(left):
                raise SecurityError("format widths of 10000 or more are not allowed")
            _limit(len(left) + _measure(right) + left.count("%") * 20, "the % operator")
        return _check(super().call_binop(context, operator_, left, right), f"the operator {operator_}")

    def call(__self, __context, __obj, *args, **kwargs):  # Jinja's own signature
        for argument in (*args, *kwargs.values()):
            _check(argument, "a call")
        owner, name = getattr(__obj, "__self__", None), getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            if name == "replace" and len(args) >= 2:
                _limit(_replace_size(owner, str(args[0]), str(args[1]), *args[2:3]), "str.replace")
            elif name == "join" and len(args) == 1:
                args = (_join(args[0], "str.join"),)
                _limit(sum(_measure(item) for item in args[0]) + len(owner) * len(args[0]), "str.join")
            elif name in ("center", "ljust", "rjust", "zfill") and args and isinstance(args[0], int):
                _limit(args[0], f"str.{name}")
            elif name == "expandtabs":
                _limit(len(owner) * 8 if not args else len(owner) * max(1, int(args[0])), "str.expandtabs")
        return _check(super().call(__context, __obj, *args, **kwargs), "a call")

    def wrap_str_format(self, value):
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and _WIDTH.search(value.__self__):
            raise SecurityError("format widths of 10000 or more are not allowed")
        return wrapped


@lru_cache(maxsize=16)
def _sandbox(locale: str, autoescape: bool) -> OverrideSandbox:
    env = OverrideSandbox(autoescape=autoescape, undefined=StrictUndefined)
    _filters(env, locale)
    # The project's filters take the value only; wrap them like the built-in ones.
    for name in ("money", "day", "moment"):
        env.filters[name] = _checked_filter(name, env.filters[name])
    return env


def _within_budget(run: Callable[[], str]) -> str:
    """Run `run` with a budget of MAX_STEPS template lines: a loop inside a loop inside a loop ends
    in a SecurityError instead of holding the worker. Only the template's own frames are counted."""
    steps = MAX_STEPS

    def local(frame, event, arg):
        nonlocal steps
        if event == "line":
            steps -= 1
            if steps < 0:
                raise SecurityError(f"the template ran over {MAX_STEPS} steps")
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename == "<template>" else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        return run()
    finally:
        sys.settrace(previous)


def render_override(source: str, context: Mapping, locale: str, *, html: bool) -> str:
    """A merchant's template rendered in the sandbox; raises on any problem (the caller falls back)."""
    template = _within_budget(lambda: _sandbox(locale, html).from_string(source))
    output = _within_budget(lambda: template.render(**context))
    if len(output) > MAX_SIZE:
        raise SecurityError(f"the output is over {MAX_SIZE} characters")
    return output


def override_problems(overrides: Mapping[str, Mapping[str, str | None]]) -> list[str]:
    """What can be found wrong with overrides without rendering them: their syntax errors. Such an
    override is saved even so (a merchant may save work in progress); it falls back to the default
    whenever it is used, and emailPreview shows what rendering it with real data reports."""
    problems = []
    env = _sandbox("en", True)
    for kind, parts in sorted(overrides.items()):
        for part, source in sorted(parts.items()):
            if not source:
                continue
            try:
                env.parse(source)
            except TemplateSyntaxError as exc:
                problems.append(f"{kind} {part} override has a syntax error on line {exc.lineno}: {exc.message}; "
                                "the default is used")
    return problems


def subject(kind: str, context: dict, locale: str) -> str:
    text = translations(language(locale)).gettext(SUBJECTS[kind])
    return text.format(return_name=context.get("ret", {}).get("name", ""), order_name=context["order"]["name"])


def render(kind: str, context: dict, locale: str = "en", overridden: Mapping[str, Outcome] | None = None) -> RenderedEmail:
    """The shipped templates, with the parts a merchant's override rendered (see render_email)."""
    if kind not in SUBJECTS:
        raise ValueError(f"unknown email kind {kind!r}")
    env = _environment(locale)
    rendered = {
        "subject": subject(kind, context, locale),
        "html": env.get_template(f"{kind}.html.j2").render(**context),
        "text": env.get_template(f"{kind}.txt.j2").render(**context),
    }
    warnings = []
    for part, outcome in (overridden or {}).items():
        if part not in rendered:
            continue
        error, message = outcome.error, outcome.message
        if error is None and part == "subject" and not (outcome.output or "").strip():
            error, message = "ValueError", "the subject came out empty"
        if error is None:
            rendered[part] = outcome.output
        else:
            # Syntax errors, undefined names, sandbox violations, limits, the time budget, and
            # whatever else the merchant's code raises (1/0, a bad date): the shipped template stands.
            message = " ".join(message.split())[:300]
            warnings.append(f"{kind} {part} override failed ({error}: {message}); the default was used")
    rendered["subject"] = " ".join(rendered["subject"].split())[:200]
    return RenderedEmail(**rendered, warnings=tuple(warnings))


async def render_email(
    kind: str, context: dict, locale: str = "en", override: dict | None = None, *, shop_key: int | None = None,
) -> RenderedEmail:
    """`override` may hold "subject", "html" and/or "text" template sources written by the merchant;
    each renders in a child process (emails.isolation), never in this one."""
    overridden = {}
    for part, source in (override or {}).items():
        if part in ("subject", "html", "text") and source:
            try:
                overridden[part] = await render_isolated(source, context, locale, html=part == "html", shop_key=shop_key)
            except Exception as exc:  # noqa: BLE001 - no renderer (cannot start a process): the default stands
                overridden[part] = Outcome(error=type(exc).__name__, message=str(exc))
    return render(kind, context, locale, overridden)
