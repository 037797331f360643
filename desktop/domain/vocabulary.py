"""How the stored codes for channel, direction and contacted party read: the one label table.

The database stores stable codes (``"call"``, ``"incoming"``, ``"family"``; house
style §3). Each code reads three ways, and all three live here so that changing
a word means changing one line:

- ``label``: on screen, in the user's own voice (“Me” for ``self``), read by
  :mod:`desktop.ui.common.labels` in the UI language;
- ``report``: in the PDF report written for a lawyer or a regulator, where the
  user is “本人”/“self”, read by :mod:`desktop.report_data`;
- ``word``: in a CSV file, the word :mod:`desktop.domain.contact_export` writes and
  :mod:`desktop.domain.importing.values` reads back (its canonical alias and the
  help lists in its error messages). In English the word is the code itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from desktop.domain.contacts import Channel, Direction, Relation
from desktop.domain.text import Text


@dataclass(frozen=True)
class Term:
    """One stored code and how it reads on screen, in the report and in a CSV file."""

    code: str
    label: Text
    report: Text
    word: Text


def _table(*terms: Term) -> Mapping[str, Term]:
    return MappingProxyType({t.code: t for t in terms})


def _term(code: str, label: Text, report: Text, word_zh: str) -> Term:
    return Term(str(code), label, report, Text(word_zh, str(code)))


# fmt: off
CHANNELS = _table(
    _term(Channel.CALL, Text("电话", "Phone call"), Text("电话", "call"), "电话"),
    _term(Channel.SMS, Text("短信", "SMS"), Text("短信", "SMS"), "短信"),
    _term(Channel.CHAT, Text("微信等聊天", "WeChat or other chat"), Text("微信等聊天", "chat"), "微信等聊天"),
    _term(Channel.VISIT, Text("上门", "Visit"), Text("上门", "visit"), "上门"),
    _term(Channel.THIRD_PARTY, Text("联系了他人", "Contacted someone else"), Text("联系他人", "third party"), "联系他人"),
    _term(Channel.OTHER, Text("其他", "Other"), Text("其他", "other"), "其他"),
)
DIRECTIONS = _table(
    _term(Direction.INCOMING, Text("来电", "Incoming"), Text("来电", "incoming"), "来电"),
    _term(Direction.OUTGOING, Text("去电", "Outgoing"), Text("去电", "outgoing"), "去电"),
    _term(Direction.MISSED, Text("未接", "Missed"), Text("未接", "missed"), "未接"),
)
RELATIONS = _table(
    _term(Relation.SELF, Text("本人", "Me"), Text("本人", "self"), "本人"),
    _term(Relation.FAMILY, Text("家人", "Family"), Text("家人", "family"), "家人"),
    _term(Relation.EMPLOYER, Text("单位", "Employer"), Text("单位", "employer"), "单位"),
    _term(Relation.COLLEAGUE, Text("同事", "Colleague"), Text("同事", "colleague"), "同事"),
    _term(Relation.FRIEND, Text("朋友", "Friend"), Text("朋友", "friend"), "朋友"),
    _term(Relation.CONTACT, Text("通讯录联系人", "Address-book contact"), Text("通讯录联系人", "address-book contact"),
          "通讯录联系人"),
    _term(Relation.OTHER, Text("其他人", "Someone else"), Text("其他人", "other"), "其他"),
)
# fmt: on

OUTGOING_UNANSWERED = Text("去电未接通", "outgoing unanswered")
"""The CSV word for an outgoing call nobody answered (direction ``outgoing``, answered no).

It has no code of its own: the database stores the direction and the answer apart."""


def _lookup(table: Mapping[str, Term], code: object) -> Term | None:
    return table.get(str(code)) if code else None


def label(table: Mapping[str, Term], code: object, lang: str) -> str:
    """The on-screen label of ``code`` in ``lang``; ``""`` for no code, the code itself when unknown."""
    term = _lookup(table, code)
    return term.label.in_(lang) if term else str(code or "")


def report_label(table: Mapping[str, Term], code: object, lang: str) -> str:
    """The report's label of ``code`` in ``lang``; ``""`` for no code, the code itself when unknown."""
    term = _lookup(table, code)
    return term.report.in_(lang) if term else str(code or "")


def file_words(table: Mapping[str, Term], lang: str, *extra: Text) -> tuple[str, ...]:
    """The CSV words of every code in ``table`` (then of ``extra``), in ``lang``, in table order."""
    return tuple(t.word.in_(lang) for t in table.values()) + tuple(x.in_(lang) for x in extra)
