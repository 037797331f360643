"""The Negotiate tab as a person uses it: from a new loan to a finished letter, bad inputs, and autosave."""

from __future__ import annotations

import inspect
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.content.loader import load_content
from desktop.domain.rules_engine import EngineParams
from desktop.paths import resources_dir
from desktop.settings import Settings
from desktop.store.session import CaseSession
from desktop.ui import fonts
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.negotiate.flow import NegotiationFlow
from desktop.ui.negotiate.negotiate_tab import NegotiateTab
from tests.ui.conftest import answer_dialog, type_text
from tests.ui.conftest import save_screenshot as _save_screenshot
from tests.ui.zh import installed_zh

FIRST = date.today() + timedelta(days=20)


def test_the_tab_answers_every_question_a_step_may_ask_with_the_same_signature():
    for name, asked in vars(NegotiationFlow).items():
        if callable(asked) and not name.startswith("_"):
            assert inspect.signature(getattr(NegotiateTab, name)) == inspect.signature(asked), name


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content(resources_dir())
    assert not problems
    return loaded


@pytest.fixture
def zh(qapp):
    """The app's Chinese UI, font and translators, as a user in China would see it."""
    i18n.install(qapp, "zh_CN")
    fonts.apply(qapp, 100)
    with installed_zh():
        yield


@pytest.fixture
def session(cases):
    case = cases.create("协商测试")
    s = CaseSession(cases, case.id, EngineParams())
    yield s
    s.close()


@pytest.fixture
def make_tab(qtbot, data_dir, session, content, zh):
    ctx = AppContext(data_dir, Settings(data_dir.settings_file), AppSignals(), lang="zh_CN")
    made = []

    def make() -> NegotiateTab:
        tab = NegotiateTab(ctx, session, content)
        qtbot.addWidget(tab)
        tab.resize(1180, 780)
        tab.show()
        qtbot.waitExposed(tab)
        made.append(tab)
        return tab

    make.ctx = ctx
    yield make
    for tab in made:
        tab.close_case()


def save_screenshot(widget, name: str) -> None:
    """The screenshot once pending layout changes (messages that just appeared) have been applied."""
    for _ in range(3):
        QApplication.processEvents()
    _save_screenshot(widget, name)


def click(qtbot, widget) -> None:
    """Click near the left end, where a stretched check box has its box and label (its centre may be empty)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(min(widget.width() // 2, 12),
                                                                   widget.height() // 2))


def leave(qtbot, edit) -> None:
    """Finish typing in a field: press Enter (Tab works the same, but needs an active window offscreen)."""
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def add_loan(qtbot, tab, brand="借呗", lender="重庆某某小额贷款有限公司", borrowed="12,000", received="１００００",
             principal="9,000", interest="1,000", penalty="500", fees="¥300"):
    page = tab.loans_page
    click(qtbot, page.add_button)
    type_text(qtbot, page.brand.lineEdit(), brand)
    type_text(qtbot, page.lender, lender)
    type_text(qtbot, page.contract_no, "JB2025-0001")
    for name, text in (("amount_borrowed_fen", borrowed), ("amount_received_fen", received),
                       ("outstanding_principal_fen", principal), ("outstanding_interest_fen", interest),
                       ("outstanding_penalty_fen", penalty), ("outstanding_fees_fen", fees)):
        type_text(qtbot, page.money[name].edit, text)
        leave(qtbot, page.money[name].edit)
    click(qtbot, page.save_button)


def type_number(qtbot, spin, text: str) -> None:
    """Replace a number box's value the way a person does: select what is there, then type."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def fill_budget(qtbot, tab, wages="6,000", rent="1,500", food="1200"):
    page = tab.budget_page
    for code, text in (("income.wages", wages), ("housing.rent", rent), ("food_household.food", food)):
        type_text(qtbot, page.items[code].edit, text)


def test_an_lpr_that_is_not_a_percentage_is_explained_and_the_fixed_lines_still_show(qtbot, make_tab):
    tab = make_tab()
    click(qtbot, tab.next_button)
    cost = tab.cost_page
    type_text(qtbot, cost.received.edit, "10,000")
    type_text(qtbot, cost.payment.edit, "1,000")
    type_number(qtbot, cost.count, "12")
    type_text(qtbot, cost.lpr, "三点零")
    assert "LPR 要按百分比填写" in cost.problem.text() and cost.problem.isVisible()
    refs = cost.references.text()
    assert "24%" in refs and "在上面填写LPR后才能显示这条线" in refs
    save_screenshot(tab, "negotiate_2_cost_bad_lpr_zh_CN")


def test_whole_flow_from_a_new_loan_to_a_copied_letter(qtbot, make_tab, session):
    """Add a loan (Chinese brand, commas, full-width digits), see its true cost, describe the hardship,
    fill the statement, make a plan that fits, and get a letter with the lender, plan and requests."""
    tab = make_tab()
    save_screenshot(tab, "negotiate_0_empty_zh_CN")
    add_loan(qtbot, tab)
    loans = session.loans.list()
    assert len(loans) == 1
    loan = loans[0]
    assert (loan.brand, loan.amount_borrowed_fen, loan.amount_received_fen) == ("借呗", 1_200_000, 1_000_000)
    assert loan.outstanding_total_fen == 1_080_000
    assert "借呗" in tab.loans_page.list.item(0).text()
    save_screenshot(tab, "negotiate_1_loans_zh_CN")

    click(qtbot, tab.next_button)
    cost = tab.cost_page
    assert cost.received.text() == "10,000"  # taken from the loan
    type_text(qtbot, cost.payment.edit, "1,000")
    type_number(qtbot, cost.count, "12")
    assert "35.1%" in cost.result.text()
    assert "实际年化利率" in cost.result.text()
    refs = cost.references.text()
    assert "24%" in refs and "法院审判实践（非法定上限）" in refs
    assert "在上面填写LPR后才能显示这条线" in refs  # 4×LPR only once an LPR is entered
    type_text(qtbot, cost.lpr, "3.0")
    assert "只适用于民间借贷" in cost.references.text()
    save_screenshot(tab, "negotiate_2_cost_zh_CN")

    click(qtbot, tab.next_button)
    situation = tab.situation_page
    click(qtbot, situation.reasons["unemployment"])
    type_text(qtbot, situation.description, "今年3月公司裁员，我失业了，正在找工作。")
    click(qtbot, situation.have["unemployment_proof"])
    save_screenshot(tab, "negotiate_3_situation_zh_CN")

    click(qtbot, tab.next_button)
    fill_budget(qtbot, tab)
    summary = tab.budget_page.summary.text()
    assert "6,000.00 元" in summary and "3,300.00 元" in summary
    save_screenshot(tab, "negotiate_4_budget_zh_CN")

    click(qtbot, tab.next_button)
    plan = tab.plan_page
    type_number(qtbot, plan.instalments, "12")
    plan.first_date.set_value(FIRST)  # a person picks it from the calendar
    assert plan.model.rowCount() == 12
    assert plan.model.index(0, 2).data() == "900.00 元"
    assert "在每月剩余的" in plan.fit.text()  # 900 a month fits within 3,300 left
    click(qtbot, plan.requests["stop_third_party_contact"])
    click(qtbot, plan.requests["waive_penalty_and_fees"])
    save_screenshot(tab, "negotiate_5_plan_zh_CN")

    click(qtbot, tab.next_button)
    letter = tab.letter_page
    text = letter.editor.toPlainText()
    assert text.startswith("协商还款申请")
    assert "重庆某某小额贷款有限公司" in text and "借呗" in text
    assert "12 期" in text and "900.00 元" in text
    assert "今后只与我本人联系" in text and "减免逾期以来产生的罚息" in text
    assert "诉讼时效" in letter.note.text() and "不是法律意见" in letter.note.text()
    assert "3年" in letter.note.text() and "从头算起" in letter.note.text()  # facts §10.4: the period and its restart
    save_screenshot(tab, "negotiate_6_letter_zh_CN")

    letter.editor.setFocus()
    qtbot.keyClick(letter.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(make_tab.ctx.signals.draft_saved, timeout=2000):
        type_text(qtbot, letter.editor, "（手写补充）")
    click(qtbot, letter.save_button)
    versions = session.letters.versions("negotiation")
    assert len(versions) == 1 and versions[0].text.endswith("（手写补充）")
    assert letter.versions.count() == 1 and "第 1 版" in letter.versions.item(0).text()
    click(qtbot, letter.copy_button)
    assert QGuiApplication.clipboard().text() == letter.editor.toPlainText()
    assert "已复制" in letter.status.text()


def test_english_letter_is_independent_of_the_ui(qtbot, make_tab):
    """The letter's language is its own: the UI stays Chinese, the letter becomes English."""
    tab = make_tab()
    add_loan(qtbot, tab)
    tab.go_to(5)
    letter = tab.letter_page
    letter.letter_lang.setCurrentIndex(letter.letter_lang.findData("en"))
    assert "重庆某某小额贷款有限公司" in letter.editor.toPlainText()
    assert "协商还款申请" not in letter.editor.toPlainText()
    assert tab.next_button.text() == "下一步"


def test_bad_amounts_are_explained_next_to_the_field_and_kept(qtbot, make_tab, session):
    """"abc", "-5" and a received amount above the borrowed one: a message by the field, nothing lost."""
    tab = make_tab()
    page = tab.loans_page
    click(qtbot, page.add_button)
    type_text(qtbot, page.brand.lineEdit(), "分期乐")
    borrowed, received, fees = (page.money[n] for n in ("amount_borrowed_fen", "amount_received_fen",
                                                        "outstanding_fees_fen"))
    type_text(qtbot, borrowed.edit, "abc")
    leave(qtbot, borrowed.edit)
    assert borrowed.error_label.isVisible() and "看不懂" in borrowed.error_label.text()
    type_text(qtbot, fees.edit, "-5")
    leave(qtbot, fees.edit)
    assert "不能是负数" in fees.error_label.text()
    click(qtbot, page.save_button)
    assert session.loans.list() == []
    assert "需要改正" in page.status.text()
    assert (borrowed.text(), fees.text(), page.brand.currentText()) == ("abc", "-5", "分期乐")
    save_screenshot(tab, "negotiate_1_bad_amounts_zh_CN")

    borrowed.edit.clear()
    type_text(qtbot, borrowed.edit, "5,000")
    assert not borrowed.error_label.isVisible() or not borrowed.error_label.text()
    fees.edit.clear()
    type_text(qtbot, received.edit, "6000")
    leave(qtbot, received.edit)
    assert "比借款金额还多" in received.error_label.text()
    click(qtbot, page.save_button)
    assert session.loans.list() == [] and received.text() == "6000"

    received.edit.clear()
    type_text(qtbot, received.edit, "4,500")
    leave(qtbot, received.edit)
    assert not received.error_label.isVisible()
    click(qtbot, page.save_button)
    assert [loan.amount_received_fen for loan in session.loans.list()] == [450_000]


def test_cost_page_explains_bad_input(qtbot, make_tab):
    tab = make_tab()
    tab.go_to(1)
    cost = tab.cost_page
    assert "实际到账" in cost.problem.text()
    type_text(qtbot, cost.received.edit, "10000")
    type_text(qtbot, cost.payment.edit, "1,000")
    type_number(qtbot, cost.count, "5")
    assert "负数" in cost.problem.text()  # 5 × 1,000 back for 10,000 received
    click(qtbot, cost.dated_choice)
    type_text(qtbot, cost.dated, "下个月 一千")
    assert "第 1 行看不懂" in cost.problem.text()


def test_a_plan_that_does_not_fit_and_an_empty_statement_are_gently_flagged(qtbot, make_tab):
    tab = make_tab()
    add_loan(qtbot, tab)
    tab.go_to(3)
    warnings = tab.budget_page.warnings
    assert warnings.isVisible() and "还没有填写收入" in warnings.text()
    save_screenshot(tab, "negotiate_4_empty_budget_zh_CN")
    fill_budget(qtbot, tab, wages="3,000", rent="1,500", food="1,000")  # 500 left a month
    tab.go_to(4)
    plan = tab.plan_page
    type_number(qtbot, plan.instalments, "6")
    plan.first_date.set_value(FIRST)
    assert "比每月剩余的" in plan.fit.text()
    assert "降低每月金额或增加期数" in plan.fit.text()
    type_number(qtbot, plan.instalments, "24")
    assert "在每月剩余的" in plan.fit.text()
    plan.first_date.set_value(date.today() - timedelta(days=3))
    assert "已经过去了" in plan.notices.text()
    type_text(qtbot, plan.monthly.edit, "100")
    assert "还不完" in plan.error.text()


def test_autosave_restores_everything_in_a_new_tab(qtbot, make_tab, session):
    """Type, close the case (close_case), build the tab again from the same case: everything is back."""
    tab = make_tab()
    add_loan(qtbot, tab)
    click(qtbot, tab.loans_page.add_button)
    type_text(qtbot, tab.loans_page.brand.lineEdit(), "美团借钱")
    type_text(qtbot, tab.loans_page.money["amount_borrowed_fen"].edit, "abc")  # not saved; must not be lost
    tab.go_to(1)  # leaving the step tries to save the loan form: it cannot, so it stays as typed
    type_text(qtbot, tab.cost_page.payment.edit, "1,000")
    tab.go_to(2)
    click(qtbot, tab.situation_page.reasons["illness"])
    type_text(qtbot, tab.situation_page.description, "住院两个月")
    tab.go_to(3)
    fill_budget(qtbot, tab)
    type_text(qtbot, tab.budget_page.items["transport.public"].edit, "两百")
    tab.go_to(5)
    type_text(qtbot, tab.letter_page.signature, "王某")
    with qtbot.waitSignal(make_tab.ctx.signals.draft_saved, timeout=2000):
        pass  # the debounced autosave
    tab.close_case()
    tab.deleteLater()
    QApplication.processEvents()

    again = make_tab()
    assert again.step_list.currentRow() == 5
    assert again.letter_page.signature.text() == "王某"
    assert again.situation_page.reasons["illness"].isChecked()
    assert again.situation_page.description.toPlainText() == "住院两个月"
    assert again.budget_page.items["income.wages"].text() == "6,000"
    assert again.budget_page.items["transport.public"].text() == "两百"
    assert again.cost_page.payment.text() == "1,000"
    assert again.loans_page.brand.currentText() == "美团借钱"
    assert again.loans_page.money["amount_borrowed_fen"].text() == "abc"
    assert len(session.loans.list()) == 1


def choose_loan(qtbot, tab, brand):
    """Step 1: click the loan whose line starts with ``brand``; then step 2."""
    tab.go_to(0)
    page = tab.loans_page
    [row] = [i for i in range(page.list.count()) if page.list.item(i).text().startswith(brand)]
    rect = page.list.visualItemRect(page.list.item(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab.go_to(1)
    return tab.cost_page


def test_each_loan_keeps_its_own_numbers_for_the_true_cost(qtbot, make_tab, session):
    """Two loans: the second never shows the first one's schedule or rate, and both come back after a restart."""
    tab = make_tab()
    add_loan(qtbot, tab, brand="借呗", received="10,000")
    add_loan(qtbot, tab, brand="京东金条", lender="某某消费金融有限公司", received="5,000")

    cost = choose_loan(qtbot, tab, "借呗")
    assert "借呗" in cost.loan_label.text()
    assert cost.received.text() in ("10,000", "10,000.00")
    type_text(qtbot, cost.payment.edit, "1,000")
    type_number(qtbot, cost.count, "12")
    assert "35.1%" in cost.result.text()

    cost = choose_loan(qtbot, tab, "京东金条")
    assert "京东金条" in cost.loan_label.text()
    assert cost.payment.text() == "" and cost.count.value() == 0
    assert "35.1%" not in cost.result.text()
    assert cost.received.text().startswith("5,000")  # its own amount received, from step 1
    type_text(qtbot, cost.payment.edit, "600")
    type_number(qtbot, cost.count, "12")
    jd_rate = cost.result.text()
    assert "%" in jd_rate and "35.1%" not in jd_rate

    cost = choose_loan(qtbot, tab, "借呗")
    assert cost.payment.text() == "1,000" and cost.count.value() == 12
    assert "35.1%" in cost.result.text()

    tab.close_case()  # saves everything typed
    tab.deleteLater()
    QApplication.processEvents()
    again = make_tab()
    cost = choose_loan(qtbot, again, "京东金条")
    assert cost.payment.text() == "600" and cost.result.text() == jd_rate
    cost = choose_loan(qtbot, again, "借呗")
    assert "35.1%" in cost.result.text()


def test_a_draft_from_before_the_numbers_were_kept_per_loan_keeps_them_with_its_loan(qtbot, make_tab, session):
    from desktop.domain.negotiation import Loan, NegotiationDraft
    from desktop.ui.negotiate.negotiate_tab import DRAFT_KIND

    first = session.loans.add(Loan(brand="微粒贷", amount_received_fen=1_000_000))
    session.loans.add(Loan(brand="分期乐", amount_received_fen=300_000))
    data = NegotiationDraft(loan_id=first.id).to_json_dict()
    data["ui"] = {"step": 1, "cost": {"received": "10,000", "payment": "1,000", "count": 12, "period": "month"}}
    session.drafts.put(DRAFT_KIND, data)

    tab = make_tab()
    assert tab.cost_page.payment.text() == "1,000" and "微粒贷" in tab.cost_page.loan_label.text()
    cost = choose_loan(qtbot, tab, "分期乐")
    assert cost.payment.text() == ""
    cost = choose_loan(qtbot, tab, "微粒贷")
    assert cost.payment.text() == "1,000" and "35.1%" in cost.result.text()


def test_the_complaint_dialog_starts_from_the_flagged_contacts(qtbot, make_tab, session):
    """The complaint is built from the flagged contacts; 12378 with "contacted first"; saved and copied."""
    from datetime import datetime

    from desktop.domain.contacts import Channel, Contact, Direction

    night = datetime.combine(date.today() - timedelta(days=2), datetime.min.time()).replace(hour=23, minute=15)
    day = night.replace(hour=10)
    session.contacts.add_many([
        Contact(occurred_at=night, channel=Channel.CALL, direction=Direction.INCOMING, answered=True,
                number="138 0000 1111", summary="深夜打电话催收", claimed_org="某某资产管理公司"),
        Contact(occurred_at=day - timedelta(days=1), channel=Channel.CALL, direction=Direction.INCOMING,
                answered=True, number="138 0000 2222", summary="白天正常提醒"),
    ])
    tab = make_tab()
    add_loan(qtbot, tab)
    tab.go_to(5)
    seen = {}

    def answer(dialog):
        items = [dialog.contacts.item(i) for i in range(dialog.contacts.count())]
        seen["checked"] = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        seen["unchecked"] = [i.text() for i in items if i.checkState() != Qt.CheckState.Checked]
        seen["lender_text"] = dialog.preview.toPlainText()
        click(qtbot, dialog.regulator_choice)
        click(qtbot, dialog.contacted_first)
        seen["regulator_text"] = dialog.preview.toPlainText()
        dialog.resize(1100, 700)
        save_screenshot(dialog, "negotiate_7_complaint_zh_CN")
        click(qtbot, dialog.save_button)
        click(qtbot, dialog.copy_button)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        click(qtbot, dialog.close_button)

    answer_dialog(answer)
    click(qtbot, tab.letter_page.complaint_button)
    assert len(seen["checked"]) == 1 and "深夜打电话催收" in seen["checked"][0]
    assert "白天正常提醒" in seen["unchecked"][0]
    assert "深夜打电话催收" in seen["lender_text"] and "白天正常提醒" not in seen["lender_text"]
    assert "12378" in seen["regulator_text"] and "重庆某某小额贷款有限公司" in seen["regulator_text"]
    assert seen["regulator_text"] != seen["lender_text"]
    versions = session.letters.versions("complaint")
    assert len(versions) == 1 and versions[0].text == seen["regulator_text"].strip()
    assert seen["clipboard"] == seen["regulator_text"]


def test_a_damaged_draft_is_explained_calmly_and_the_tab_still_opens(qtbot, make_tab, session):
    session.drafts.put("negotiation", {"loan_id": "not a number", "statement": {"income.wages": -1}})
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        box.accept()

    answer_dialog(answer)
    tab = make_tab()
    qtbot.waitUntil(lambda: "text" in seen, timeout=3000)
    assert "草稿" in seen["text"] and "损坏" in seen["text"]
    assert tab.step_list.currentRow() == 0 and tab.letter_page.letter_language() == "zh_CN"


def test_the_english_complaint_lists_a_records_rules_with_commas(qtbot, session, content):
    from datetime import datetime

    from desktop.domain.contacts import Channel, Contact
    from desktop.ui.negotiate.complaint_dialog import ComplaintDialog

    session.contacts.add_many([Contact(occurred_at=datetime(2026, 11, 20, 10, 0), channel=Channel.SMS,
                                       summary="threatening SMS", marks=("false_legal_threats", "insults"))])
    dialog = ComplaintDialog(None, session, content, None, lang="en", letter_lang="en")
    qtbot.addWidget(dialog)
    text = dialog.contacts.item(0).text()
    assert "Misrepresenting legal consequences" in text and ", " in text.split("⚑")[1]
    assert "、" not in text


def test_a_loan_keeps_its_kind_of_lender_illegal_debt_answer_and_police_report(qtbot, make_tab, session):
    """The answers the complaint's route and citations rest on are asked on the loan page and kept."""
    tab = make_tab()
    add_loan(qtbot, tab)
    page = tab.loans_page
    page.lender_type.setCurrentIndex(page.lender_type.findData("microloan"))
    click(qtbot, page.debt_illegal)
    page.police_report_on.set_value(date(2026, 11, 20))
    save_screenshot(tab, "negotiate_loan_facts_zh_CN")
    click(qtbot, page.save_button)
    [loan] = session.loans.list()
    assert (loan.lender_type, loan.debt_illegal, loan.police_report_on) == ("microloan", True, date(2026, 11, 20))
    assert page.lender_type.currentText() == "小额贷款公司（含网络小贷）"
    assert "非法放贷" in page.debt_illegal.text()


def _complaint_dialog(qtbot, session, content, loan, lang="zh_CN"):
    from datetime import datetime

    from desktop.domain.contacts import Channel, Contact
    from desktop.ui.negotiate.complaint_dialog import ComplaintDialog

    session.contacts.add_many([Contact(occurred_at=datetime(2026, 11, 20, 21, 10), channel=Channel.CALL,
                                       answered=True, summary="说要带人上门", marks=("threats",))])
    dialog = ComplaintDialog(None, session, content, loan, lang=lang, letter_lang="zh_CN")
    qtbot.addWidget(dialog)
    return dialog


def test_a_micro_loan_complaint_goes_to_the_local_regulator_not_12378(qtbot, session, content, zh):
    from desktop.domain.negotiation import Loan

    loan = session.loans.add(Loan(brand="借呗", contract_lender="某某网络小额贷款有限公司", lender_type="microloan"))
    dialog = _complaint_dialog(qtbot, session, content, loan)
    dialog.show()
    assert dialog.regulator_choice.isHidden() and not dialog.local_choice.isHidden()
    assert "地方金融管理局" in dialog.route_hint.text() and "12345" in dialog.route_hint.text()
    click(qtbot, dialog.local_choice)
    text = dialog.preview.toPlainText()
    assert text.split("\n\n")[1].startswith("致地方金融管理部门") and "12378" not in text
    assert "第二百九十三条" not in text and "15日" not in text
    assert "没有勾" in dialog.facts_hint.text()
    save_screenshot(dialog, "complaint_local_regulator_zh_CN")


def test_a_complaint_cites_293_1_only_once_the_debt_is_marked_illegal(qtbot, session, content, zh):
    from desktop.domain.negotiation import Loan

    loan = session.loans.add(Loan(brand="某App", contract_lender="某某公司", lender_type="other", debt_illegal=True,
                                  police_report_on=date(2026, 11, 1)))
    dialog = _complaint_dialog(qtbot, session, content, loan)
    dialog.show()
    assert not dialog.regulator_choice.isHidden() and not dialog.local_choice.isHidden()  # unknown kind: both
    assert "看合同上贷款方的名字" in dialog.route_hint.text()
    text = dialog.preview.toPlainText()
    assert "第二百九十三条、第二百九十三条之一" in text and "报警情况：我已于2026年11月1日" in text
    assert "2026-11-01" in dialog.facts_hint.text()
    click(qtbot, dialog.regulator_choice)
    assert "致国家金融监督管理总局" in dialog.preview.toPlainText()
    save_screenshot(dialog, "complaint_unknown_lender_zh_CN")
