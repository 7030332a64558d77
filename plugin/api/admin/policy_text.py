"""`policyDraftFromText`: the merchant's written policy in, a settings draft out; nothing saved.

The draft is the pure drafter's answer (plugin.policy.drafting), typed for clients: each setting it
set with the sentence it came from, the sentences no setting holds, and the settings the text is
silent on. The admin app then previews, lints and simulates the draft with the existing queries,
and saves it with `policyUpdate` like any other edit.
"""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.actions.policy_text import draft_from_text
from plugin.api.errors import UserError, refusals
from plugin.policy.drafting import Draft, Sentence


@strawberry.type(description="A sentence of the text. Offsets count Unicode code points from the text's start (a client in JavaScript indexes `Array.from(text)`, not the UTF-16 string).")
class PolicyTextSentence:
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, sentence: Sentence) -> PolicyTextSentence:
        return cls(text=sentence.text, start=sentence.start, end=sentence.end)


@strawberry.type(description="A setting the text states.")
class PolicyDraftSetting:
    path: str = strawberry.field(description="Where the setting is in the policy document, dotted (e.g. returns.window.days).")
    value: JSON = strawberry.field(description="The value the sentence gives it (one item, for list settings).")
    sentence: PolicyTextSentence
    confidence: float | None = strawberry.field(
        default=None,
        description="Null when a rule read the setting from the sentence's words. A number (0.7 to 1) when the sentence said it "
                    "in other words and the learned reader read it by likeness to sentences it learned from: how sure it is. "
                    "Worth a check before saving.")
    suggestion: str | None = strawberry.field(
        default=None, description="The id of the suggestion the merchant took it from (`accept`); null when the drafter read it itself.")


@strawberry.type(description="A setting and the value a suggestion would give it.")
class PolicyDraftSuggestedSetting:
    path: str
    value: JSON


@strawberry.type(description="What a sentence no setting holds may state, read by likeness but too unsure (or too hedged about) "
                             "to be placed: the merchant's to take, by drafting again with its `id` in `accept`. Never taken by itself.")
class PolicyDraftSuggestion:
    id: str = strawberry.field(description="Stable for the same text.")
    confidence: float = strawberry.field(description="How sure the learned reader is (0.4 to 1): check the sentence before taking it.")
    settings: list[PolicyDraftSuggestedSetting] = strawberry.field(description="What taking it sets (a window's length with its unit, say).")


@strawberry.type(description="A sentence about returns, refunds, exchanges or cancellation that no setting holds.")
class PolicyDraftUnplaced:
    sentence: PolicyTextSentence
    why: str
    suggestions: list[PolicyDraftSuggestion] = strawberry.field(description="What it may state, most likely first; often none.")


@strawberry.type(description="A setting the text does not state: the value in the draft is its default.")
class PolicyDraftDefault:
    path: str
    value: JSON | None


@strawberry.type(description="Policy settings drafted from a written policy.")
class PolicyTextDraft:
    document: JSON = strawberry.field(description="The drafted settings document: preview, simulate and save it like any other draft.")
    placed: list[PolicyDraftSetting]
    unplaced: list[PolicyDraftUnplaced]
    defaults: list[PolicyDraftDefault]
    problems: list[str] = strawberry.field(description="What the policy model still refuses in the document, if anything.")

    @classmethod
    def of(cls, draft: Draft) -> PolicyTextDraft:
        return cls(
            document=draft.document,
            placed=[PolicyDraftSetting(path=p.path, value=p.value, sentence=PolicyTextSentence.of(p.sentence), confidence=p.confidence,
                                       suggestion=p.suggestion)
                    for p in draft.placed],
            unplaced=[PolicyDraftUnplaced(sentence=PolicyTextSentence.of(u.sentence), why=u.why, suggestions=[
                PolicyDraftSuggestion(id=s.id, confidence=s.confidence, settings=[PolicyDraftSuggestedSetting(path=f.path, value=f.value) for f in s.facts])
                for s in u.suggestions]) for u in draft.unplaced],
            defaults=[PolicyDraftDefault(path=d.path, value=d.value) for d in draft.defaults],
            problems=list(draft.errors),
        )


@strawberry.type
class PolicyTextDraftPayload:
    draft: PolicyTextDraft | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PolicyTextQuery:
    @strawberry.field(description="Draft policy settings from the shop's written return policy, sentence by sentence. Writes nothing. "
                               "`text` may be up to 100,000 characters (every other string input: 10,000). `accept`: the ids of "
                               "suggestions the merchant took, in the order taken (each as offered once those before it were taken); "
                               "an id this text's draft does not offer is refused (NOT_FOUND).")
    @refusals()
    async def policy_draft_from_text(self, info: Info, text: str, accept: list[str] | None = None) -> PolicyTextDraftPayload:
        return PolicyTextDraftPayload(draft=PolicyTextDraft.of(await draft_from_text(text, accept or (), shop_key=info.context.shop.id)))
