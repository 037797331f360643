"""Chinese for the Negotiate tab, until the lead merges it into the .ts file.

``TRANSLATIONS`` is the list handed to the lead (context, English source, Chinese).
:func:`installed_zh` puts it in front of the app's translators for a test, so the
zh_CN screenshots show what users will see.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = [
    ("BudgetPage", "a month", "每月"),
    ("BudgetPage", "What comes in and goes out in a normal month. Rough figures are fine; leave out what does "
     "not apply. Do not count the loans you are negotiating here.",
     "填写一个普通月份的收入和支出。大概的数字就可以；不适用的项目留空。正在协商的这些贷款不要算在这里。"),
    ("BudgetPage", "Together: %1", "小计：%1"),
    ("BudgetPage", "Income a month", "每月收入"),
    ("BudgetPage", "Spending a month", "每月支出"),
    ("BudgetPage", "Left each month", "每月剩余"),
    ("BudgetPage", "Some amounts do not read yet and are not counted; they are marked in red.",
     "有些金额还看不懂，暂时没有计入；这些地方用红字标出来了。"),
    ("BudgetPage", "Shared fairly between your loans", "在几笔贷款之间公平分配"),
    ("BudgetPage", "In proportion to what each is owed:", "按每笔欠款的多少分配："),
    ("ComplaintDialog", "Complaint draft", "投诉草稿"),
    ("ComplaintDialog", "The lender's own complaint channel", "贷款机构自己的投诉渠道"),
    ("ComplaintDialog", "12378, the financial regulator's consumer hotline", "12378（金融监管总局消费者投诉热线）"),
    ("ComplaintDialog", "I complained to the lender first", "我已经先向贷款机构投诉过"),
    ("ComplaintDialog", "Chinese (中文)", "中文"),
    ("ComplaintDialog", "English", "英文（English）"),
    ("ComplaintDialog", "Usually you complain to the lender first and give it 15 days to answer; if it does not "
     "help, complain to 12378 and say so.",
     "一般先向贷款机构投诉，给对方15天答复；如果没有解决，再向12378投诉，并说明已经先投诉过。"),
    ("ComplaintDialog", "Save this version", "保存这一版"),
    ("ComplaintDialog", "Copy to clipboard", "复制到剪贴板"),
    ("ComplaintDialog", "Close", "关闭"),
    ("ComplaintDialog", "Which contacts to complain about", "要投诉哪些催收记录"),
    ("ComplaintDialog", "Send it to", "投诉给"),
    ("ComplaintDialog", "Language of the complaint", "投诉书的语言"),
    ("ComplaintDialog", "no date", "无日期"),
    ("ComplaintDialog", "There is nothing to save yet.", "还没有可以保存的内容。"),
    ("ComplaintDialog", "Saved as version %1.", "已保存为第 %1 版。"),
    ("ComplaintDialog", "Copied.", "已复制。"),
    ("CostPage", "The same amount at regular times", "每期金额相同"),
    ("CostPage", "Payments on particular dates", "按具体日期还款"),
    ("CostPage", "not set", "未填写"),
    ("CostPage", "every month", "每月"),
    ("CostPage", "every week", "每周"),
    ("CostPage", "every day", "每天"),
    ("CostPage", "One payment a line: date and amount, e.g.\n2026-02-15 1,000\n2026-03-15 1,000",
     "每行一笔还款：日期和金额，例如\n2026-02-15 1,000\n2026-03-15 1,000"),
    ("CostPage", "Date the money arrived", "钱到账的日期"),
    ("CostPage", "Payments", "还款"),
    ("CostPage", "e.g. 3.0", "例如 3.0"),
    ("CostPage", "Optional. The one-year LPR (%) on the day the contract was made. It is used only for the "
     "4×LPR line, which applies to private lending, not to banks, consumer finance companies or micro-loan "
     "companies.",
     "可不填。签合同当天的一年期LPR（%）。只用于“4倍LPR”这条线；这条线只适用于民间借贷，"
     "不适用于银行、消费金融公司和小额贷款公司。"),
    ("CostPage", "Amount actually received", "实际到手金额"),
    ("CostPage", "How you repay", "还款方式"),
    ("CostPage", "Each payment", "每期还款"),
    ("CostPage", "One-year LPR", "一年期LPR"),
    ("CostPage", "Work out what this loan really costs a year, from the money that actually reached you and "
     "what you pay back. Copy the numbers from the lender's app.",
     "根据实际到手的钱和要还的钱，算出这笔贷款一年的真实成本。数字可以从借款App里照抄。"),
    ("CostPage", "Enter the amount that actually reached your account.", "请填写实际到账的金额。"),
    ("CostPage", "Enter the payments to see the rate.", "填写还款后就能看到利率。"),
    ("CostPage", "Line %1 does not read as a date and an amount, like 2026-02-15 1,000.",
     "第 %1 行看不懂，请写成日期加金额，例如 2026-02-15 1,000。"),
    ("CostPage", "Enter the date the money arrived.", "请填写钱到账的日期。"),
    ("CostPage", "Reference lines, and what they really are", "参考线，以及它们真正的效力"),
    ("CostPage", "Enter the LPR above to see this line.", "在上面填写LPR后才能显示这条线。"),
    ("CostPage", "Your loan is above this line (%1).", "你的贷款高于这条线（%1）。"),
    ("CostPage", "Your loan is not above this line (%1).", "你的贷款没有超过这条线（%1）。"),
    ("CostPage", "What it is: %1", "性质：%1"),
    ("CostPage", "None of these lines is a limit written in law for every lender. A loan above a line is worth "
     "showing to legal aid (12348) or a lawyer.",
     "这些线都不是对所有放贷机构都适用的法定上限。超过某条线的贷款，值得拿给法律援助（12348）或律师看一看。"),
    ("CostPage", "No loan chosen yet: add one in step 1, or just enter the numbers here.",
     "还没有选择贷款：可以在第1步添加，也可以直接在这里填数字。"),
    ("CostPage", "Loan: %1", "贷款：%1"),
    ("LetterPage", "Chinese (中文)", "中文"),
    ("LetterPage", "English", "英文（English）"),
    ("LetterPage", "Leave empty to sign by hand", "留空则打印后手写签名"),
    ("LetterPage", "Leave empty to leave it out", "留空则不写"),
    ("LetterPage", "Language of the letter", "信的语言"),
    ("LetterPage", "Sign with the name", "署名"),
    ("LetterPage", "Phone for their reply", "回复用的电话"),
    ("LetterPage", "Before you send it: this letter admits that you owe the debt. That normally restarts the "
     "limitation period (诉讼时效) for it. For most people that is fine, but it is not risk-free.",
     "发送之前请注意：这封信承认了你欠这笔钱，通常会让这笔债的诉讼时效重新开始计算。"
     "对大多数人来说这没有问题，但并不是毫无影响。"),
    ("LetterPage", "You changed the text by hand, so it no longer follows your answers. “Rebuild” starts again "
     "from them (your changes are kept only in saved versions).",
     "你手动改过信的内容，所以它不再跟着你的回答自动更新。点“按我的回答重新生成”会从回答重新开始"
     "（你的修改只保留在已保存的版本里）。"),
    ("LetterPage", "Rebuild from my answers", "按我的回答重新生成"),
    ("LetterPage", "Save this version", "保存这一版"),
    ("LetterPage", "Copy to clipboard", "复制到剪贴板"),
    ("LetterPage", "Complaint draft…", "投诉草稿…"),
    ("LetterPage", "Show this version", "查看这一版"),
    ("LetterPage", "Saved versions", "已保存的版本"),
    ("LetterPage", "The letter is empty; there is nothing to save.", "信是空的，没有可以保存的内容。"),
    ("LetterPage", "Saved as version %1.", "已保存为第 %1 版。"),
    ("LetterPage", "Copied. Paste it into the lender's app, an email or a message.",
     "已复制。可以粘贴到借款App、邮件或消息里。"),
    ("LetterPage", "Version %1 · %2", "第 %1 版 · %2"),
    ("LetterPage", "exported", "已导出"),
    ("LetterPage", "Showing version %1. Edit it and save to make a new version.",
     "正在显示第 %1 版。修改后保存会成为新的一版。"),
    ("LoansPage", "Add a loan", "添加贷款"),
    ("LoansPage", "Remove", "删除"),
    ("LoansPage", "Your loans (the letter is about the one chosen here)", "你的贷款（协商信针对这里选中的那一笔）"),
    ("LoansPage", "Other", "其他"),
    ("LoansPage", "The app you borrowed through, or type its name", "借款用的App，也可以直接输入名称"),
    ("LoansPage", "e.g. 重庆某某小额贷款有限公司", "例如：重庆某某小额贷款有限公司"),
    ("LoansPage", "The company that actually lent the money can differ from the app. Open the loan in the app "
     "and look for 借款协议 (loan agreement): the 贷款人 or 出资方 named there is who the letter goes to.",
     "真正借钱给你的公司可能和App不是同一家。在App里打开这笔借款，找到“借款协议”：上面写的“贷款人”或"
     "“出资方”，就是协商信的收信人。"),
    ("LoansPage", "Save this loan", "保存这笔贷款"),
    ("LoansPage", "Lender brand (the app)", "借款平台（App）"),
    ("LoansPage", "Lender named in the contract (贷款人/出资方)", "合同上的贷款人/出资方"),
    ("LoansPage", "Contract number", "合同编号"),
    ("LoansPage", "Contract date", "签合同日期"),
    ("LoansPage", "Amount borrowed", "借款金额"),
    ("LoansPage", "Amount actually received", "实际到手金额"),
    ("LoansPage", "Still owed: principal", "尚欠本金"),
    ("LoansPage", "Still owed: interest", "尚欠利息"),
    ("LoansPage", "Still owed: penalty interest", "尚欠罚息"),
    ("LoansPage", "Still owed: fees", "尚欠费用"),
    ("LoansPage", "Overdue since", "开始逾期的日期"),
    ("LoansPage", "Notes", "备注"),
    ("LoansPage", "owed %1", "尚欠 %1"),
    ("LoansPage", "Remove this loan?", "删除这笔贷款？"),
    ("LoansPage", "The loan disappears from this list. Records that mention it keep the link.",
     "这笔贷款会从列表里消失。提到它的催收记录仍然保留关联。"),
    ("LoansPage", "New loan", "新贷款"),
    ("LoansPage", "Change this loan", "修改这笔贷款"),
    ("LoansPage", "Not saved yet", "还没有保存"),
    ("LoansPage", "This is more than the amount borrowed. Check both numbers: what arrives in your account is "
     "usually the same or less.", "这个数比借款金额还多。请核对这两个数字：实际到账的钱一般等于或少于借款金额。"),
    ("LoansPage", "Some amounts need fixing before the loan can be saved.", "有些金额需要改正后才能保存这笔贷款。"),
    ("LoansPage", "Enter the app or the lender's name so you can tell this loan apart.",
     "请填写App或贷款机构的名称，方便区分这笔贷款。"),
    ("LoansPage", "Saved.", "已保存。"),
    ("MoneyEdit", "e.g. 1,234.50 or 1.5万", "例如 1,234.50 或 1.5万"),
    ("NegotiateTab", "1. Your loans", "1. 你的贷款"),
    ("NegotiateTab", "2. What it really costs", "2. 真实成本"),
    ("NegotiateTab", "3. Your situation", "3. 你的困难"),
    ("NegotiateTab", "4. What you can afford", "4. 收支情况"),
    ("NegotiateTab", "5. Your plan", "5. 还款计划"),
    ("NegotiateTab", "6. The letter", "6. 协商信"),
    ("NegotiateTab", "Back", "上一步"),
    ("NegotiateTab", "Next", "下一步"),
    ("NegotiateTab", "Ask the lender for a repayment plan you can keep. Negotiate only with the lender itself "
     "(its app, hotline or branch); never pay anyone to negotiate for you.",
     "向贷款机构申请一个你能坚持下去的还款计划。只和贷款机构本身协商（它的App、客服电话或网点），"
     "不要花钱请任何人代为协商。"),
    ("NegotiateTab", "Draft saved automatically at %1.", "草稿已于 %1 自动保存。"),
    ("OptionalDateEdit", "not set", "未填写"),
    ("OptionalDateEdit", "Clear", "清除"),
    ("PlanPage", "Ask them to stop contacting my family, friends, colleagues and employer",
     "请求对方不要再联系我的家人、朋友、同事和单位"),
    ("PlanPage", "Ask them to waive the penalty interest and fees", "请求对方减免罚息和费用"),
    ("PlanPage", "Ask them to stop adding interest while I repay", "请求对方在我还款期间停止计息"),
    ("PlanPage", "not set", "未填写"),
    ("PlanPage", " months", " 个月"),
    ("PlanPage", "leave empty to split evenly", "留空则平均分摊"),
    ("PlanPage", "Number of monthly instalments", "分几期（每月一期）"),
    ("PlanPage", "Monthly amount", "每月还款金额"),
    ("PlanPage", "First payment on", "第一期还款日期"),
    ("PlanPage", "What you would like to ask for (optional)", "你想提出的请求（可不选）"),
    ("PlanPage", "These are requests. The lender may agree or refuse: no rule obliges an online lender to grant "
     "them, so the letter asks politely and claims nothing.",
     "这些是请求，对方可以同意也可以拒绝：没有规定要求网贷机构必须答应，所以信里只是礼貌地提出请求，不主张权利。"),
    ("PlanPage", "The full schedule", "完整的还款计划表"),
    ("PlanPage", "Enter what the loan still owes in step 1; the plan repays that.",
     "请在第1步填写这笔贷款还欠多少；还款计划就按这个总数来安排。"),
    ("PlanPage", "The plan repays what the loan still owes: %1.", "这个计划偿还这笔贷款尚欠的全部金额：%1。"),
    ("PlanPage", "The monthly amount does not read yet; see the message under it.",
     "每月金额还看不懂，请看它下面的提示。"),
    ("PlanPage", "Choose the number of instalments and the first payment date to see the schedule.",
     "选好期数和第一期日期，就能看到还款计划表。"),
    ("PlanPage", "Fill in step 4 to check whether this plan fits your month.",
     "填好第4步的收支，就能看看这个计划每月负担得起。"),
    ("ScheduleModel", "No.", "期数"),
    ("ScheduleModel", "Due on", "还款日期"),
    ("ScheduleModel", "Amount", "金额"),
    ("SituationPage", "Lost my job", "失业"),
    ("SituationPage", "My income fell", "收入下降"),
    ("SituationPage", "Illness (mine or family's)", "疾病（自己或家人）"),
    ("SituationPage", "A family crisis", "家庭变故"),
    ("SituationPage", "My business is struggling", "经营困难"),
    ("SituationPage", "Something else", "其他"),
    ("SituationPage", "Proof of job loss (termination notice)", "失业证明（解除劳动合同证明）"),
    ("SituationPage", "Proof of income", "收入证明"),
    ("SituationPage", "Bank statements", "银行流水"),
    ("SituationPage", "Medical records and bills", "病历和医疗费用单据"),
    ("SituationPage", "Papers about the family crisis", "家庭变故的证明材料"),
    ("SituationPage", "Papers showing the business trouble", "经营困难的证明材料"),
    ("SituationPage", "A written statement of my hardship", "困难情况说明"),
    ("SituationPage", "Copy of my ID card", "身份证复印件"),
    ("SituationPage", "Why you cannot pay as agreed right now (tick all that apply)",
     "现在为什么不能按原约定还款（可多选）"),
    ("SituationPage", "In your own words, briefly and truthfully: what happened, since when, and what you are "
     "doing about it.", "用你自己的话，简短、如实地写：发生了什么，从什么时候开始，你正在怎样应对。"),
    ("SituationPage", "Papers that support what you say", "能证明你情况的材料"),
    ("SituationPage", "Lenders often ask for these. Tick the ones you have; you can link a file already kept in "
     "this case. Never send made-up or altered papers: that is itself against the law and spoils any agreement.",
     "贷款机构常会要这些材料。勾选你已经有的；也可以关联本案里已经保存的文件。千万不要提供伪造或改过的材料："
     "这本身就违法，还会让协商结果作废。"),
    ("SituationPage", "Tick the ones you have", "勾选已有的材料"),
    ("SituationPage", "File kept in this case (optional)", "本案里保存的文件（可不选）"),
    ("SituationPage", "Another paper (type what it is)", "其他材料（写明是什么）"),
    ("SituationPage", "Other:", "其他："),
    ("SituationPage", "What happened", "发生了什么"),
    ("SituationPage", "no file linked", "未关联文件"),
]


class DictTranslator(QTranslator):
    """A translator over a Python table (only for tests: the app ships .qm files)."""

    def __init__(self, entries) -> None:
        super().__init__()
        self.table = {(ctx, src): zh for ctx, src, zh in entries}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 — Qt override
        return self.table.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 — Qt override
        return False


@contextmanager
def installed_zh():
    """Chinese for the Negotiate tab while the block runs."""
    app = QApplication.instance()
    translator = DictTranslator(TRANSLATIONS)
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
