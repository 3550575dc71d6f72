"""Fixtures of the parse_jd tests."""

from __future__ import annotations

import pytest

from talent.jd import learned


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_jd without its learned pass (talent.jd.learned): the hand-made passes alone.

    The cases of test_error_kinds and test_issue_faults pin what each rule gives; a retrained model may
    add or drop a name outside the vocabulary in any of them. The model is tested in test_learned, and
    the whole parser, model included, by the corpus floors (test_corpus)."""
    monkeypatch.setattr(learned, "MIN_MARGINAL", 2.0)
