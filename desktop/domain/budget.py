"""The monthly income and spending statement (收支表), and sharing what is left.

The categories (adapted from the UK Standard Financial Statement) are data in
``resources/budget/categories.toml``, read by ``desktop.content``
(``Content.budget_categories``); :func:`parse_categories` checks what was read.
A :class:`Statement` holds the user's monthly amounts by item code, in
fen, and knows its totals, what is left over (possibly negative) and which
gaps are worth a gentle remark. :func:`share_pro_rata` splits what is left
between several lenders in proportion to what each is owed, exactly to the fen.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from desktop.domain.data_files import DataFileKind
from desktop.domain.errors import UserError
from desktop.domain.money import MAX_FEN
from desktop.domain.plan import Notice
from desktop.domain.text import Bilingual

KINDS = ("income", "spending")
_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?")

# Category codes the completeness remarks look at; a check is skipped when the
# loaded categories lack the code.
FOOD = "food_household"
HOUSING = "housing"


@dataclass(frozen=True)
class BudgetItem(Bilingual):
    """One line of the statement, such as ``housing.rent``."""

    code: str
    zh: str
    en: str

    def label(self, lang: str = "zh_CN") -> str:
        return self.text.in_(lang)


@dataclass(frozen=True)
class Category(Bilingual):
    """A group of lines, such as housing; ``kind`` is ``"income"`` or ``"spending"``."""

    code: str
    kind: str
    zh: str
    en: str
    items: tuple[BudgetItem, ...]

    def label(self, lang: str = "zh_CN") -> str:
        return self.text.in_(lang)


@dataclass(frozen=True)
class CategorySet:
    """All categories in display order, with lookups by item code."""

    categories: tuple[Category, ...]
    source: str = ""

    def category_of(self, item_code: str) -> Category | None:
        """The category holding ``item_code``, or None if there is none."""
        for category in self.categories:
            if any(item.code == item_code for item in category.items):
                return category
        return None

    def item_codes(self) -> tuple[str, ...]:
        return tuple(item.code for category in self.categories for item in category.items)


CATEGORIES_FILE = DataFileKind("收支表的分类文件", "budget category file", "categories")


def _text(table: Mapping[str, object], key: str, source: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CATEGORIES_FILE.damaged(source, f"{where}: missing {key}")
    return value.strip()


def parse_categories(data: Mapping[str, object], source: str) -> CategorySet:
    """Check the parsed TOML of the categories file ``source``; :class:`UserError` if it is malformed."""
    if data.get("version") != 1:
        raise CATEGORIES_FILE.damaged(source, "unknown version")
    raw = data.get("category")
    if not isinstance(raw, list) or not raw:
        raise CATEGORIES_FILE.damaged(source, "no categories")
    seen: set[str] = set()
    categories = []
    for i, table in enumerate(raw, start=1):
        if not isinstance(table, dict):
            raise CATEGORIES_FILE.damaged(source, f"category {i} is not a table")
        code = _text(table, "code", source, f"category {i}")
        kind = _text(table, "kind", source, code)
        if not _CODE.fullmatch(code) or "." in code:
            raise CATEGORIES_FILE.damaged(source, f"bad category code {code!r}")
        if kind not in KINDS:
            raise CATEGORIES_FILE.damaged(source, f"{code}: kind must be income or spending")
        raw_items = table.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise CATEGORIES_FILE.damaged(source, f"{code}: no items")
        items = []
        for j, item in enumerate(raw_items, start=1):
            if not isinstance(item, dict):
                raise CATEGORIES_FILE.damaged(source, f"{code}: item {j} is not a table")
            item_code = _text(item, "code", source, f"{code} item {j}")
            if not _CODE.fullmatch(item_code) or not item_code.startswith(code + "."):
                raise CATEGORIES_FILE.damaged(source, f"bad item code {item_code!r}")
            items.append(
                BudgetItem(item_code, _text(item, "zh", source, item_code), _text(item, "en", source, item_code))
            )
        for c in [code] + [item.code for item in items]:
            if c in seen:
                raise CATEGORIES_FILE.damaged(source, f"code {c!r} used twice")
            seen.add(c)
        categories.append(
            Category(code, kind, _text(table, "zh", source, code), _text(table, "en", source, code), tuple(items))
        )
    if {c.kind for c in categories} != set(KINDS):
        raise CATEGORIES_FILE.damaged(source, "needs both income and spending categories")
    return CategorySet(tuple(categories), str(data.get("source", "")))


@dataclass(frozen=True)
class Statement:
    """A monthly statement: ``items`` maps item codes to monthly amounts in fen (≥ 0).

    Missing codes count as zero. Raises :class:`UserError` for an unknown code
    or an amount that is negative or absurd.
    """

    categories: CategorySet
    items: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = set(self.categories.item_codes())
        for code, fen in self.items.items():
            if code not in known:
                raise UserError(
                    zh=f"收支表里有一项（{code}）本程序不认识，可能来自别的版本。请删掉这一项后重新填写。",
                    en=f"The statement has an item ({code}) this version does not know. Remove it and enter "
                    "the amount again.",
                    field=code,
                )
            if isinstance(fen, bool) or not isinstance(fen, int):
                raise TypeError(f"{code}: amounts must be int fen")
            if not 0 <= fen <= MAX_FEN:
                raise UserError(
                    zh="收支表的金额必须在 0 到 1 亿元之间；支出请填正数。",
                    en="Statement amounts must be between 0 and 100 million yuan; enter spending as a "
                    "positive number.",
                    field=code,
                )
        object.__setattr__(self, "items", MappingProxyType(dict(self.items)))

    def __hash__(self) -> int:
        return hash((self.categories, frozenset(self.items.items())))

    def category_total(self, category_code: str) -> int:
        for category in self.categories.categories:
            if category.code == category_code:
                return sum(self.items.get(item.code, 0) for item in category.items)
        return 0

    def _kind_total(self, kind: str) -> int:
        return sum(self.category_total(c.code) for c in self.categories.categories if c.kind == kind)

    @property
    def total_income(self) -> int:
        return self._kind_total("income")

    @property
    def total_spending(self) -> int:
        return self._kind_total("spending")

    @property
    def left_over(self) -> int:
        """Income minus spending each month; negative when spending is higher."""
        return self.total_income - self.total_spending

    def warnings(self) -> list[Notice]:
        """Gentle remarks when the statement looks incomplete or does not add up."""
        notices = []
        codes = {c.code for c in self.categories.categories}
        income, spending = self.total_income, self.total_spending
        if income == 0:
            notices.append(
                Notice(
                    "no_income",
                    "还没有填写收入。如果现在没有收入，也可以如实说明；家人资助、补助也算收入。",
                    "No income is entered yet. If you have none right now, say so honestly; help from family "
                    "and benefits count as income too.",
                )
            )
        if FOOD in codes and self.category_total(FOOD) == 0:
            notices.append(
                Notice(
                    "no_food",
                    "还没有填写伙食和日用开支。每个人都要吃饭，漏填会让剩余的钱看起来比实际多。",
                    "No food or household spending is entered. Everyone has to eat; leaving it out makes the "
                    "money left over look larger than it is.",
                )
            )
        if HOUSING in codes and self.category_total(HOUSING) == 0:
            notices.append(
                Notice(
                    "no_housing",
                    "还没有填写住房开支。如果住在家里不用付房租，可以不填；否则请补上房租或房贷。",
                    "No housing costs are entered. If you live rent-free, that is fine; otherwise add your "
                    "rent or mortgage.",
                )
            )
        if income > 0 and spending > 3 * income:
            notices.append(
                Notice(
                    "spending_far_above_income",
                    "支出超过了收入的三倍。请检查是否有金额多打了零，或者是否漏填了收入。",
                    "Spending is more than three times income. Check for extra zeros, or for income that "
                    "is missing.",
                )
            )
        elif income > 0 and spending > income:
            notices.append(
                Notice(
                    "spending_above_income",
                    "每月支出比收入多，没有钱可以用来还款。可以如实告诉对方，并说明哪些开支是必需的。",
                    "You spend more than you earn each month, so nothing is left for repayments. You can tell "
                    "the lender so honestly and explain which costs are essential.",
                )
            )
        return notices


K = TypeVar("K", bound=Hashable)


def share_pro_rata(left_over_fen: int, balances: Mapping[K, int]) -> dict[K, int]:
    """Split ``left_over_fen`` between lenders in proportion to their ``balances`` (fen).

    The shares add up exactly to ``min(left_over_fen, total balance)``: no lender
    is offered more than it is owed. Fen left by rounding down go to the largest
    remainders, ties to the lender listed first. Zero or negative left over, or
    nothing owed, gives every lender 0. A negative balance is a
    :class:`UserError`.
    """
    for key, balance in balances.items():
        if isinstance(balance, bool) or not isinstance(balance, int):
            raise TypeError(f"balance of {key!r} must be int fen")
        if balance < 0:
            raise UserError(
                zh="欠款余额不能是负数。如果已经还清，请填 0。",
                en="A balance cannot be negative. If a loan is paid off, enter 0.",
                field="balance",
            )
    total = sum(balances.values())
    if left_over_fen <= 0 or total == 0:
        return {key: 0 for key in balances}
    if left_over_fen >= total:
        return dict(balances)
    shares = {}
    remainders = []
    for index, (key, balance) in enumerate(balances.items()):
        share, remainder = divmod(left_over_fen * balance, total)
        shares[key] = share
        remainders.append((-remainder, index, key))
    leftover = left_over_fen - sum(shares.values())
    for _, _, key in sorted(remainders)[:leftover]:
        shares[key] += 1
    return shares
