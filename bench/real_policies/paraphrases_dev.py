"""The rules of the dev set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/dev.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

PARAPHRASES: list[tuple[str, str, dict]] = []
