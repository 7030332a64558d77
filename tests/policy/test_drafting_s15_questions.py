"""Session 15: an FAQ's question on a line of its own is the heading of the answer below it, even when it is long or
opens with a statement ("My board came damaged or flawed. What do I do first?"): the answer's deadline is the fault's,
as under a heading "Damaged goods". And what a sentence says is no fault ("minor variations do not count as defects",
"scratches are not considered damage") names no fault the shop answers for: it is listed for the merchant."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.clauses import split

FAQ = ("Returns FAQ\n\n"
       "Can I return a board if I only took off the plastic wrap and never rode it once?\n"
       "No. The board has to be in the condition it reached you in.\n"
       "My board came damaged or flawed. What do I do first?\n"
       "Get in touch within 48 hours of delivery.")


def test_a_long_question_line_is_the_heading_of_its_answer():
    clauses = {c.text: c for c in split(FAQ)}
    assert clauses["Can I return a board if I only took off the plastic wrap and never rode it once?"].is_heading
    assert clauses["My board came damaged or flawed."].is_heading and clauses["What do I do first?"].is_heading
    assert clauses["Get in touch within 48 hours of delivery."].heading == "My board came damaged or flawed. What do I do first?"


def test_the_answer_to_a_question_about_damage_is_the_fault_window():
    placed = {p.path: p.value for p in draft_policy(FAQ).placed}
    assert placed["fault.window.days"] == 2 and placed["fault.window.starts"] == "DELIVERY"
    assert "returns.window.days" not in placed


def test_a_question_in_a_list_or_a_rule_after_a_question_stays_as_it_was():
    clauses = split("Not happy with your order? Send it back within 30 days of delivery.\n- Is it unused?\n- Are the tags on?")
    assert [c.is_heading for c in clauses] == [False, False, False, False]


@pytest.mark.parametrize("text", [
    "Please note: minor aesthetic variations in custom boards do not count as defects.",
    "Scratches on the case are not considered damage.",
])
def test_what_is_no_fault_names_no_fault(text):
    draft = draft_policy(f"Damaged Items\n\n{text}")
    assert [p for p in draft.placed if p.path.startswith("fault.")] == []
    assert [u.sentence.text for u in draft.unplaced] == [text]
