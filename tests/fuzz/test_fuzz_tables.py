"""The CSV/XLSX reader over random bytes: a table or a UserError with a message, nothing else."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.files.tables import read_table
from tests.fuzz import fuzz_settings

_CSVISH = st.lists(st.sampled_from(["时间", ",", "\t", ";", "\n", "\r\n", '"', "来电", "2026-11-03 21:05", "\ufeff",
                                    "\x00", "=cmd", "é", "𠮷"]), max_size=40).map(lambda parts: "".join(parts))
_ENCODED = st.tuples(_CSVISH, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"])).map(
    lambda t: t[0].encode(t[1], errors="replace"))


def _zip_of(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in dict(entries).items():
            zf.writestr(name, data)
    return out.getvalue()


_XLSXISH = st.lists(st.tuples(st.sampled_from(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                                               "xl/sharedStrings.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"]),
                              st.binary(max_size=200)), max_size=6).map(_zip_of)


@fuzz_settings()
@given(st.one_of(st.binary(max_size=3000), _ENCODED, _XLSXISH), st.sampled_from([".csv", ".xlsx", ".txt", ""]))
def test_read_table_reads_or_explains(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"表格{suffix}"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except UserError as exc:
            assert exc.zh.strip() and exc.en.strip()
        else:
            assert table is not None
