"""What the window and its tabs are given by the composition root (``app.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.files.data_dir import DataDir
from desktop.settings import Settings

if TYPE_CHECKING:  # the store and the content are imported on first use, not at start-up
    from desktop.content.model import Content
    from desktop.domain.rules_engine import EngineParams
    from desktop.store.case_list import CaseListRepository
    from desktop.store.cases import CaseRepository


class AppSignals(QObject):
    """Cross-tab refresh, emitted after a commit (house style §4)."""

    case_changed = Signal(str)  # case id, "" when no case is open
    contacts_changed = Signal()
    draft_saved = Signal()
    text_scale_changed = Signal(int)


class AppContext:
    """What the window and the tabs share; the store and the content load on first use."""

    def __init__(self, data_dir: DataDir, settings: Settings, signals: AppSignals, lang: str = "zh_CN") -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.signals = signals
        self.lang = lang
        self.content: Content | None = None
        self.content_problems: list = []
        self._cases: CaseRepository | None = None
        self._case_list: CaseListRepository | None = None
        self._params: EngineParams | None = None

    @property
    def cases(self) -> CaseRepository:
        """The data folder's cases (the store is imported on first use, after the first paint)."""
        if self._cases is None:
            from desktop.store.cases import CaseRepository

            self._cases = CaseRepository(self.data_dir)
        return self._cases

    @property
    def case_list(self) -> CaseListRepository:
        """The case bar's and the case browser's list of cases, with archive (loaded on first use)."""
        if self._case_list is None:
            from desktop.store.case_list import CaseListRepository

            self._case_list = CaseListRepository(self.cases)
        return self._case_list

    def params(self) -> EngineParams:
        """The engine parameters, derived once from the content's rules and given to every case session."""
        if self._params is None:
            from desktop.domain.rules_engine import EngineParams

            self._params = EngineParams.from_rules(self.get_content().rules)
        return self._params

    def get_content(self) -> Content:
        """The guidance, rules and sources from ``resources/``, loaded on first use (not at start-up)."""
        if self.content is None:
            from desktop.content.loader import load_content
            from desktop.paths import resources_dir

            self.content, self.content_problems = load_content(resources_dir())
        return self.content
