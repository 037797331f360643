"""A realistic case and the loaded content, shared by the report and PDF tests."""

from __future__ import annotations

import pytest

from desktop.content.loader import load_content
from desktop.domain.rules_engine import EngineParams
from desktop.store.session import CaseSession
from tests.unit.report_data.realistic_case import RESOURCES, build_case


@pytest.fixture(scope="session")
def content():
    loaded, _problems = load_content(RESOURCES)
    return loaded


@pytest.fixture
def case_session(cases):
    session = CaseSession(cases, build_case(cases), EngineParams())
    yield session
    session.close()


@pytest.fixture
def empty_session(cases):
    session = CaseSession(cases, cases.create("空案件").id, EngineParams())
    yield session
    session.close()
