"""The registry of live contexts, which the tests' teardown closes instead of walking the heap."""

from __future__ import annotations

import gc
import weakref

from tierslieux_app.ui.context import AppContext, live_contexts


def test_a_context_is_listed_while_it_lives_and_forgotten_once_freed(qapp, db):
    ctx = AppContext(db, "registre")  # a language no other context has: this one's mark
    assert any(c is ctx for c in live_contexts())
    ref = weakref.ref(ctx)
    del ctx
    gc.collect()
    assert ref() is None
    assert "registre" not in [c.lang for c in live_contexts()]
