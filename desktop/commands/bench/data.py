"""Generated, realistic-looking cases for ``bench`` (fictional numbers, names and texts)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop.domain.contacts import Channel, Contact, Direction, Relation, ThirdParty

_ORGS = ("某某资产管理", "某某信息咨询", "平台客服", "某某律师事务所", "")
_SUMMARIES = (
    "催我今天必须还清，不然就上门", "说要联系我的家人和单位", "语气很凶，骂了我", "问我什么时候还款",
    "发来短信说已经立案", "打到我公司前台，说我欠钱不还", "晚上打来好几次", "要求转账到个人账户",
)


def generate_contacts(n: int, *, seed: int = 7, end: datetime | None = None) -> list[Contact]:
    rng = random.Random(seed)
    end = end or datetime.now().replace(microsecond=0)
    out = []
    for i in range(n):
        when = end - timedelta(minutes=rng.randrange(0, 60 * 24 * 365))
        channel = rng.choices((Channel.CALL, Channel.SMS, Channel.CHAT, Channel.THIRD_PARTY), (70, 20, 5, 5))[0]
        third = channel == Channel.THIRD_PARTY
        out.append(Contact(
            occurred_at=when, channel=channel,
            direction=rng.choice((Direction.INCOMING, Direction.MISSED)) if channel == Channel.CALL else None,
            answered=None, number=f"1{rng.randrange(30, 99)}{rng.randrange(10**8):08d}",
            claimed_org=rng.choice(_ORGS), duration_s=rng.randrange(5, 600) if channel == Channel.CALL else None,
            contacted_party=Relation.FAMILY if third else Relation.SELF, debt_disclosed=third and rng.random() < 0.5,
            summary=f"{rng.choice(_SUMMARIES)}（第{i}条）",
            third_parties=(ThirdParty(Relation.FAMILY, "家人", "", True, False),) if third else (),
        ))
    return out
