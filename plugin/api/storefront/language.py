"""The customer's language on the storefront API: the engine's sentences translated per request.

The caller's Accept-Language picks en, es or de (English otherwise). Only the fields that carry the
policy engine's customer sentences are touched; codes, names and amounts never change.
"""

from __future__ import annotations

import inspect

from strawberry.extensions import SchemaExtension

from plugin.sentences import best_language, translate

SENTENCE_FIELDS = frozenset({
    ("Reason", "message"),
    ("ReturnShippingTerms", "summary"),
    ("ReturnInstructions", "steps"),
    ("ReturnInstructions", "include"),
    ("ReturnInstructions", "recommendations"),
    ("CancellationEligibility", "nextStep"),
    ("OrderCancelRequestPayload", "nextStep"),
    ("Return", "nextStep"),
    ("RefundQuoteLine", "description"),
})


def _translated(value, lang: str):
    if isinstance(value, str):
        return translate(value, lang)
    if isinstance(value, list):
        return [translate(v, lang) if isinstance(v, str) else v for v in value]
    return value


class CustomerLanguage(SchemaExtension):
    lang = "en"

    def on_execute(self):
        context = self.execution_context.context
        request = getattr(context, "request", None)
        self.lang = best_language(request.headers.get("accept-language")) if request is not None else "en"
        yield

    def resolve(self, _next, root, info, *args, **kwargs):
        result = _next(root, info, *args, **kwargs)
        if self.lang == "en" or (info.parent_type.name, info.field_name) not in SENTENCE_FIELDS:
            return result
        if info.field_name == "description" and getattr(root, "kind", None) == "ITEM":
            return result  # an item line's description is the product's title
        if inspect.isawaitable(result):
            async def later(awaitable=result, lang=self.lang):
                return _translated(await awaitable, lang)
            return later()
        return _translated(result, self.lang)
