"""The content and the rules' parameters a command works with: derived here once, as the window does.

A command that opens a case passes these parameters to its :class:`~desktop.store.session.CaseSession`,
so flags are counted with the app's own rules (quiet hours, daily limits), never with defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.content.model import Content
    from desktop.domain.rules_engine import EngineParams


def content_and_params() -> tuple[Content, EngineParams]:
    """The shipped content (problems in it are the ``self-test``'s to report) and its engine parameters."""
    from desktop.content.loader import load_content
    from desktop.domain.rules_engine import EngineParams
    from desktop.paths import resources_dir

    content, _problems = load_content(resources_dir())
    return content, EngineParams.from_rules(content.rules)
