"""A decision as a readable plain-text report (``recourse policy explain``)."""

from __future__ import annotations

from collections.abc import Sequence

from plugin.values.calendar import zone
from plugin.policy.decision import CancellationDecision, Reason, ReturnDecision
from plugin.policy.evaluate import evaluate_cancellation, evaluate_return, returnable_lines
from plugin.policy.facts_json import Scenario
from plugin.policy.model import Policy


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """Columns padded to their widest cell; ``right`` holds the indexes of numeric columns."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row)]

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(parts).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _reasons(reasons: Sequence[Reason]) -> str:
    return "; ".join(f"{r.code}: {r.message}" for r in reasons) or "-"


def _date(value) -> str:  # type: ignore[no-untyped-def]
    return value.isoformat() if value is not None else "-"


def explain(policy: Policy, s: Scenario, policy_name: str | None = None) -> str:
    tz = s.order.shop.timezone
    local_now = s.now.astimezone(zone(tz))
    out = [
        f"Order {s.order.name} ({s.order.currency}, {s.order.sales_channel}, ships to "
        f"{s.order.shipping_country or '-'}) under policy {policy_name or '-'}"
        f" version {s.policy_version if s.policy_version is not None else '-'}",
        f"Now: {local_now:%Y-%m-%d %H:%M} {tz}",
        "",
        _cancellation(evaluate_cancellation(policy, s.order, s.now, policy_version=s.policy_version)),
        "",
        "Returnable lines",
    ]
    listing = returnable_lines(policy, s.order, s.prior_returns, s.now)
    titles = {line.line_id: line.title for line in s.order.lines}
    out.append(table(
        ["Line", "Title", "Returnable", "Allowed", "Return by", "Reasons"],
        [
            [e.line_id, titles.get(e.line_id, ""), str(e.returnable_quantity),
             "yes" if e.allowed else ("override" if e.fault_override_available else "no"),
             _date(e.return_by), _reasons(e.reasons)]
            for e in listing
        ],
        right={2},
    ))
    if s.request is not None:
        decision = evaluate_return(
            policy, s.order, s.prior_returns, s.request, s.now, policy_version=s.policy_version
        )
        out += ["", _return(decision)]
    return "\n".join(out) + "\n"


def _cancellation(d: CancellationDecision) -> str:
    lines = [f"Cancellation: {'allowed' if d.allowed else 'not allowed'}"]
    if d.deadline is not None:
        lines.append(f"  deadline:        {d.deadline.isoformat()}")
    if d.allowed:
        lines.append(f"  refund estimate: {d.refund_estimate.wire()} {d.refund_estimate.currency}")
        if d.refund_expected_from:
            lines.append(
                f"  refund expected: {_date(d.refund_expected_from)} – {_date(d.refund_expected_to)}"
            )
    for r in d.reasons:
        lines.append(f"  {r.code}: {r.message}")
    lines.append(f"  next step:       {d.next_step}")
    return "\n".join(lines)


def _return(d: ReturnDecision) -> str:
    out = [
        f"Return request ({d.resolution}, {d.shipping.method}): "
        f"{'ALLOWED' if d.allowed else 'NOT ALLOWED'}"
        f"{' · merchant at fault' if d.merchant_at_fault else ''}"
    ]
    for r in d.reasons:
        out.append(f"  {r.code}: {r.message}")
    out.append(table(
        ["Line", "Qty", "Reason", "Allowed", "Return by", "Refusals"],
        [
            [l.line_id, str(l.quantity), l.reason, "yes" if l.allowed else "no",
             _date(l.return_by), _reasons(l.reasons)]
            for l in d.lines
        ],
        right={1},
    ))
    dl = d.deadlines
    received = f"{_date(dl.received_on)}{' (estimated)' if dl.received_estimated else ''}"
    refund = (
        f"{_date(dl.refund_expected_from)} – {_date(dl.refund_expected_to)}"
        if dl.refund_expected_from else "-"
    )
    out += [
        "",
        "Deadlines",
        table(
            ["What", "Date"],
            [["return by", _date(dl.return_by)], ["ship by", _date(dl.ship_by)],
             ["received", received], ["response due", _date(dl.response_due)],
             ["refund expected", refund]],
        ),
        "",
        f"Quote ({d.quote.currency}; refund method {d.refund_method})",
    ]
    rows = [
        [q.kind, q.code, q.description + (f" ×{q.quantity}" if q.quantity else ""), q.amount.wire()]
        for q in d.quote.lines
    ]
    rows.append(["TOTAL", "", "", d.quote.total.wire()])
    out.append(table(["Kind", "Code", "Description", "Amount"], rows, right={3}))
    sh = d.shipping
    out += [
        "",
        f"Return shipping: {sh.payer} pays (return #{sh.return_number}"
        f"{', region ' + sh.region if sh.region else ''}; label "
        f"{'available' if sh.label_available else 'not available'})",
        f"  {sh.summary}",
        "",
        "Instructions",
        *(f"  {i + 1}. {step}" for i, step in enumerate(d.instructions.steps)),
        *(f"  - {tip}" for tip in d.instructions.recommendations),
    ]
    if d.instructions.ship_by:
        out.append(f"  Ship by {d.instructions.ship_by.isoformat()}.")
    address = d.instructions.return_address
    out.append("  Return address: " + (", ".join(address.lines) if address else "none set for this country"))
    out.append(f"Policy version: {d.policy_version if d.policy_version is not None else '-'}")
    return "\n".join(out)
