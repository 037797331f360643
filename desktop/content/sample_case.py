"""The sample case: fictional, realistic, Chinese — data in ``resources/sample/case.toml``."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.domain.cases import Case
from desktop.domain.errors import UserError
from desktop.store.cases import CaseRepository


def create_sample_case(repo: CaseRepository, resources: Path, lang: str) -> Case:
    """Create a new case filled from the sample data, in the user's language."""
    path = resources / "sample" / "case.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        case = data["case"]
        suffix = "en" if lang == "en" else "zh"
        alias, notes = case[f"alias_{suffix}"], case[f"notes_{suffix}"]
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise UserError(
            zh=f"示例案件的数据文件“{path.name}”缺失或有误，无法载入示例案件。其他功能不受影响。",
            en=f"The sample case file “{path.name}” is missing or damaged, so the sample cannot be loaded. "
            "Everything else still works.",
        ) from exc
    return repo.create(alias, notes)
