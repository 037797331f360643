"""markdown.py: the guidance Markdown subset becomes flowables; any input is safe."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import HRFlowable, Paragraph, Table

from desktop.pdf import styles
from desktop.pdf.document import Heading
from desktop.pdf.markdown import inline, markdown_to_flowables, plain

SAMPLE = """# 夜间催收
催收方**不得**在 22:00 至次日 8:00 之间打电话，
详见[相关条款](topic:night_calls)。

## 你可以做什么
- 记录时间和号码
  （包括对方自称的身份）
  - 保存录音
1. 先核对债务
2) 再协商还款

> 引用：监管规定
> 第二行
>
> 新一段

| 时间 | 方式 |
|---|:---:|
| 23:10 | 电话 |
| 23:40 | **短信** |

---
```
code <b>not bold</b>
```
### 小节 ###
"""


def kinds(flowables):
    return [type(f).__name__ for f in flowables]


def test_sample_converts_to_the_expected_flowables():
    out = markdown_to_flowables(SAMPLE)
    headings = [f for f in out if isinstance(f, Heading)]
    assert [(h.outline_title, h.outline_level) for h in headings] == [
        ("夜间催收", 0),
        ("你可以做什么", 1),
        ("小节", 2),
    ]
    paras = [f for f in out if type(f) is Paragraph]
    body = paras[0]
    assert "不得" in body.text and "<b>" in body.text and "相关条款" in body.text
    assert "topic:" not in body.text  # internal links become plain text
    bullets = [p for p in paras if p.style.name.startswith("bullet")]
    assert [p.bulletText for p in bullets] == ["•", "•", "1.", "2."]
    assert "包括对方自称的身份" in bullets[0].text  # continuation line joined to its item
    assert bullets[1].style.leftIndent > bullets[0].style.leftIndent  # nested item indented
    quotes = [p for p in paras if p.style is styles.QUOTE]
    assert len(quotes) == 2
    tables = [f for f in out if isinstance(f, Table)]
    assert len(tables) == 1
    assert tables[0]._cellvalues == [["时间", "方式"], ["23:10", "电话"], ["23:40", "短信"]]
    assert any(isinstance(f, HRFlowable) for f in out)
    code = [p for p in paras if p.style is styles.CODE]
    assert code and "&lt;b&gt;" in code[0].text


def test_links():
    assert plain("[看这里](topic:visits)") == "看这里"
    assert plain("[国务院](https://gov.cn)") == "国务院 (https://gov.cn)"
    assert inline("a < b & **c**").startswith("a &lt; b &amp; <b>")


def test_headings_without_outline():
    out = markdown_to_flowables("# 标题\n正文", outline=False)
    assert not any(isinstance(f, Heading) for f in out)


def test_huge_paragraph_is_cut_into_pieces():
    out = markdown_to_flowables("催收" * 50_000)
    assert len(out) > 10


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["#", "## ", "- ", "1. ", "> ", "|", "|---|", "**", "```", "---", "[a](", ")", "\n", " "]
            ),
            st.text(max_size=20),
        ),
        max_size=40,
    ).map("".join)
)
def test_any_input_gives_flowables_that_lay_out(text):
    """Never an exception, and every flowable can be wrapped (markup accepted by reportlab)."""
    out = markdown_to_flowables(text)
    assert isinstance(out, list)
    for f in out:
        f.wrap(400, 100_000)
