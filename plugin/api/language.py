"""The customer's language on the storefront API: the engine's sentences translated per request.

The caller's Accept-Language picks en, es or de (English otherwise); staff read English. Only the
fields that carry the policy engine's customer sentences are touched (each declares
`extensions=[InCustomerLanguage()]`); codes, names and amounts never change. A field extension
rather than a schema-wide resolve hook: a hook wraps every field of every answer (about 60 on an
eligibility answer) to translate the few that carry sentences.
"""

from __future__ import annotations

from strawberry.extensions import FieldExtension

from plugin.i18n.sentences import translate


def _translated(value, lang: str):
    if isinstance(value, str):
        return translate(value, lang)
    if isinstance(value, list):
        return [translate(v, lang) if isinstance(v, str) else v for v in value]
    return value


class InCustomerLanguage(FieldExtension):
    """`except_items`: the field is left alone on an item line (its description is the product's title)."""

    def __init__(self, *, except_items: bool = False) -> None:
        self.except_items = except_items

    def resolve(self, next_, source, info, **kwargs):
        return self._in(next_(source, info, **kwargs), source, info)

    async def resolve_async(self, next_, source, info, **kwargs):
        return self._in(await next_(source, info, **kwargs), source, info)

    def _in(self, value, source, info):
        lang = info.context.lang
        if lang == "en" or (self.except_items and source.kind == "ITEM"):
            return value
        return _translated(value, lang)
