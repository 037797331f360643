"""The income and spending statement: category data, totals, gentle remarks, and exact pro-rata shares."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.content.data_files import read_budget_categories
from desktop.domain.budget import CategorySet, Statement, share_pro_rata
from desktop.domain.errors import UserError

CATEGORIES_FILE = Path(__file__).resolve().parents[3] / "resources" / "budget" / "categories.toml"


@pytest.fixture(scope="module")
def categories() -> CategorySet:
    return read_budget_categories(CATEGORIES_FILE)


def test_shipped_categories_cover_the_sfs_groups_in_both_languages(categories):
    codes = [c.code for c in categories.categories]
    for expected in (
        "income",
        "housing",
        "utilities",
        "food_household",
        "transport",
        "children_education",
        "medical",
        "communications",
        "priority",
    ):
        assert expected in codes
    assert categories.categories[0].kind == "income"
    for category in categories.categories:
        assert category.label("zh_CN") and category.label("en")
        for item in category.items:
            assert item.code.startswith(category.code + ".")
            assert item.label("zh_CN") != item.label("en")
    assert categories.category_of("housing.rent").code == "housing"
    assert categories.category_of("nope") is None


def statement(categories, **amounts) -> Statement:
    return Statement(categories, {code.replace("__", "."): fen for code, fen in amounts.items()})


def test_totals_and_left_over(categories):
    s = statement(
        categories,
        income__wages=6_000_00,
        income__family_support=500_00,
        housing__rent=2_000_00,
        food_household__food=1_500_00,
        communications__phone=100_00,
    )
    assert s.total_income == 6_500_00
    assert s.total_spending == 3_600_00
    assert s.left_over == 2_900_00
    assert s.category_total("housing") == 2_000_00
    assert s.category_total("unknown") == 0
    assert s.warnings() == []


def test_left_over_may_be_negative(categories):
    s = statement(categories, income__wages=3_000_00, housing__rent=2_000_00, food_household__food=1_500_00)
    assert s.left_over == -500_00
    assert [n.code for n in s.warnings()] == ["spending_above_income"]


def test_gentle_remarks_when_the_statement_looks_incomplete(categories):
    empty = Statement(categories, {})
    assert {n.code for n in empty.warnings()} == {"no_income", "no_food", "no_housing"}
    lopsided = statement(
        categories, income__wages=1_000_00, housing__rent=2_000_00, food_household__food=2_000_00
    )
    codes = [n.code for n in lopsided.warnings()]
    assert codes == ["spending_far_above_income"]
    for notice in empty.warnings():
        assert notice.message("zh_CN") != notice.message("en")


def test_statement_is_frozen_and_refuses_bad_items(categories):
    s = statement(categories, income__wages=100)
    with pytest.raises(TypeError):
        s.items["income.wages"] = 5  # type: ignore[index]
    assert s == statement(categories, income__wages=100)
    assert hash(s) == hash(statement(categories, income__wages=100))
    with pytest.raises(UserError) as info:
        Statement(categories, {"income.lottery": 100})
    assert info.value.field == "income.lottery"
    with pytest.raises(UserError):
        Statement(categories, {"housing.rent": -1})


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("not toml [", "TOML"),
        ("version = 2\n", "version"),
        ("version = 1\n", "no categories"),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "income"\nzh = "收入"\nen = "Income"\nitems = []\n',
            "no items",
        ),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "salary"\nzh = "收入"\nen = "Income"\n'
            'items = [{code = "income.a", zh = "a", en = "a"}]\n',
            "kind",
        ),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "income"\nzh = "收入"\nen = "Income"\n'
            'items = [{code = "income.a", zh = "a"}]\n',
            "missing en",
        ),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "income"\nzh = "收入"\nen = "Income"\n'
            'items = [{code = "housing.a", zh = "a", en = "a"}]\n',
            "bad item code",
        ),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "income"\nzh = "收入"\nen = "Income"\n'
            'items = [{code = "income.a", zh = "a", en = "a"}, {code = "income.a", zh = "b", en = "b"}]\n',
            "twice",
        ),
        (
            'version = 1\n[[category]]\ncode = "income"\nkind = "income"\nzh = "收入"\nen = "Income"\n'
            'items = [{code = "income.a", zh = "a", en = "a"}]\n',
            "both income and spending",
        ),
    ],
)
def test_bad_category_files_are_a_clear_user_error(tmp_path, text, detail):
    path = tmp_path / "categories.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_budget_categories(path)
    assert detail in info.value.en
    assert "categories.toml" in info.value.zh


def test_missing_category_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        read_budget_categories(tmp_path / "absent.toml")


def test_share_pro_rata_examples():
    assert share_pro_rata(1_000_00, {"a": 3_000_00, "b": 1_000_00}) == {"a": 750_00, "b": 250_00}
    # A tie for the last fen goes to the lender listed first.
    assert share_pro_rata(100, {"a": 1000, "b": 1000, "c": 1000}) == {"a": 34, "b": 33, "c": 33}
    assert share_pro_rata(0, {"a": 5}) == {"a": 0}
    assert share_pro_rata(-500, {"a": 5, "b": 7}) == {"a": 0, "b": 0}
    assert share_pro_rata(500, {"a": 0, "b": 0}) == {"a": 0, "b": 0}
    assert share_pro_rata(500, {"a": 0, "b": 10}) == {"a": 0, "b": 10}  # never more than owed
    assert share_pro_rata(500, {}) == {}
    with pytest.raises(UserError):
        share_pro_rata(500, {"a": -1})


@given(
    st.integers(min_value=-(10**6), max_value=10**10),
    st.dictionaries(st.integers(0, 50), st.integers(min_value=0, max_value=10**10), max_size=8),
)
def test_pro_rata_shares_add_up_exactly_and_stay_proportional(left_over, balances):
    shares = share_pro_rata(left_over, balances)
    assert shares.keys() == balances.keys()
    total = sum(balances.values())
    assert sum(shares.values()) == max(0, min(left_over, total))
    for key, balance in balances.items():
        assert 0 <= shares[key] <= balance
        if 0 < left_over < total:
            exact = left_over * balance / total
            assert abs(shares[key] - exact) < 1.0 + 1e-6 * exact
