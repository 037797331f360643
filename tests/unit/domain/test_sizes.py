"""desktop.domain.sizes: one way a file size reads, in the attachment list, the backups list and the report."""

from __future__ import annotations

import pytest

from desktop.domain.sizes import human_size


@pytest.mark.parametrize(("size", "text"), [
    (0, "0 B"), (1023, "1023 B"), (1024, "1.0 KB"), (1536, "1.5 KB"), (5 * 1024 * 1024, "5.0 MB"),
    (3 * 1024 ** 3, "3.0 GB"), (5000 * 1024 ** 3, "5000.0 GB"),
])
def test_a_size_reads_in_the_largest_unit_below_1024(size, text):
    assert human_size(size) == text
