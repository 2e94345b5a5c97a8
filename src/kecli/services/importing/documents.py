"""The JSON texts an import writes, byte for byte as ``json.dumps`` would, without its
set-up per value (a big import writes hundreds of thousands of them)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring_ascii as _encode_text

from kecli.domain.plans import empty_plan


def json_texts(texts: list[str]) -> str:
    """json.dumps of a list of strings."""
    return "[" + ", ".join(map(_encode_text, texts)) + "]"


def plan_documents(
    plans: list[tuple[str, str | None, bool]],
) -> list[tuple[str, str | None, bool, str]]:
    """(case id, next evaluation, active, the JSON document of its new, empty plan) per
    plan: ``json.dumps`` of the document, byte for byte, from a template made once. A
    plan the file says the person consented to records ``consent.given`` (no date, no
    name: the file has neither) and is active; without, it is a draft (pbrl § 2-5)."""
    case_mark, day_mark = "\x00case", "\x00day"
    doc = dict(empty_plan(""))
    doc.update(case_id=case_mark, version=1, next_evaluation=day_mark)
    templates = {False: json.dumps(doc)}
    doc["consent"] = {**doc["consent"], "given": True}
    templates[True] = json.dumps(doc)
    case_text, day_text = _encode_text(case_mark), _encode_text(day_mark)
    return [
        (
            case_id,
            next_evaluation,
            consented,
            templates[consented]
            .replace(case_text, _encode_text(case_id))
            .replace(
                day_text, "null" if next_evaluation is None else _encode_text(next_evaluation)
            ),
        )
        for case_id, next_evaluation, consented in plans
    ]
