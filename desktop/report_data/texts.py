"""Every fixed text of the exported report, in both shipped languages.

The report's language is its own (chosen on the Export tab, default Chinese) and
independent of the window's, so these texts are data here rather than Qt
translations. :func:`phrase` (the text of a key in a language) fills ``{placeholders}`` with ``str.format``.
"""

from __future__ import annotations

from desktop.domain.text import pick

_TEXTS: dict[str, tuple[str, str]] = {
    # document titles (cover) and metadata
    "title.lender": ("协商还款申请材料", "Request to agree a repayment plan"),
    "title.lawyer": ("催收情况与证据摘要", "Debt collection: record and evidence summary"),
    "title.custom": ("催收记录报告", "Debt collection record"),
    "subject.lender": ("致贷款方：协商还款申请、收支情况和还款计划", "For the lender: letter, statement of means and plan"),
    "subject.lawyer": ("供律师、监管部门参考：催收记录、证据索引和完整性说明",
                       "For a lawyer or regulator: contact log, evidence index and integrity statement"),
    "subject.custom": ("催收记录报告（自选内容）", "Debt collection record (chosen sections)"),
    # sections
    "section.cover": ("概要", "Summary"),
    "section.letter": ("协商还款申请", "Repayment proposal letter"),
    "section.statement": ("每月收支情况", "Monthly income and spending"),
    "section.plan": ("还款计划", "Repayment plan"),
    "section.documents": ("证明材料清单", "Supporting documents"),
    "section.timeline": ("联系时间分布", "Contacts over time"),
    "section.flagged": ("可能不当的催收行为", "Possibly improper collection conduct"),
    "section.log": ("完整催收记录", "Full contact log"),
    "section.third_parties": ("被联系的第三方", "Third parties contacted"),
    "section.evidence": ("证据文件索引", "Evidence index"),
    "section.integrity": ("完整性说明", "Integrity statement"),
    "section.sources": ("引用的法律法规和标准", "Sources cited"),
    # cover
    "cover.case": ("案件", "Case"),
    "cover.generated": ("生成时间", "Generated"),
    "cover.range": ("记录时间范围", "Period covered"),
    "cover.range_all": ("全部记录", "all records"),
    "cover.range_from": ("{start} 起", "from {start}"),
    "cover.range_to": ("截至 {end}", "up to {end}"),
    "cover.range_both": ("{start} 至 {end}", "{start} to {end}"),
    "cover.contents": ("本文件包括", "This document contains"),
    "cover.contacts": ("记录的催收联系", "Collection contacts recorded"),
    "cover.first_last": ("最早 / 最近一次", "First / latest"),
    "cover.flagged": ("可能不当的联系", "Contacts possibly improper"),
    "cover.night": ("夜间联系（{window}）", "At night ({window})"),
    "cover.third": ("联系了第三方的次数", "Contacts involving third parties"),
    "cover.disclosed": ("向他人透露欠款的次数", "Contacts disclosing the debt to others"),
    "cover.evidence": ("证据文件", "Evidence files"),
    "cover.evidence_count": ("{n} 个（{bad} 个缺失、被改动或记录损坏）", "{n} ({bad} missing, altered or damaged)"),
    "cover.chain": ("记录链头（SHA-256）", "Chain head (SHA-256)"),
    "cover.code": ("核对码", "Check code"),
    "cover.code_note": ("核对码和链头标识本文件生成时案件里保存的全部记录。以后在本软件“导出报告”页点“核对早先的报告…”"
                        "输入核对码，可以确认这些记录此后没有被改动。",
                        "The check code and chain head identify everything saved in the case when this document was "
                        "made. Typing the check code later under “Check an earlier report…” on the app's Export tab "
                        "confirms whether those records have been changed since."),
    "cover.notes": ("案件说明", "Case notes"),
    "cover.loans": ("贷款", "Loans"),
    "cover.no_contacts": ("还没有记录任何催收联系。在“催收记录”页记下每一次电话、短信或上门后，再导出这份报告。",
                          "No collection contacts are recorded yet. Record each call, message or visit on the Log "
                          "tab, then export this report again."),
    "cover.no_contacts_range": ("所选时间范围内没有催收记录。", "No contacts were recorded in the chosen period."),
    "cover.lender_intro": ("本材料由借款人整理，包括协商还款申请、每月收支情况、拟议的还款计划和可提供的证明材料，"
                           "供贵方审核。", "The borrower has put together this request, a statement of monthly "
                           "income and spending, the proposed repayment plan and the supporting documents for "
                           "your review."),
    "cover.lawyer_intro": ("本摘要由当事人用“催收应对助手”记录整理。每条记录和本报告列出的其他内容在保存时都计算了 "
                           "SHA-256 校验值，并与之前保存的内容串成一条链。本报告印有链头和核对码：以后拿它们与案件数据"
                           "比对，可以确认本报告所依据的记录是否被改动过。这能证明什么、不能证明什么，见“完整性说明”。",
                           "This summary was compiled by the client with Debt Call Helper. Each record, and everything "
                           "else this report presents, was hashed (SHA-256) when saved and chained to what was saved "
                           "before. This report prints the chain's head and a check code: comparing them later with "
                           "the case's data shows whether the records this report was made from have been changed. "
                           "What this proves and what it does not: see the integrity statement."),
    # loans
    "loan.brand": ("平台 / 贷款方", "Platform / lender"),
    "loan.contract": ("合同编号", "Contract no."),
    "loan.received": ("借款 / 实际到账", "Borrowed / received"),
    "loan.outstanding": ("现欠（本金+利息+罚息+费用）", "Outstanding (all)"),
    "loan.overdue": ("逾期起始", "Overdue since"),
    "loans.none": ("还没有录入贷款信息。", "No loans are entered yet."),
    # letter
    "letter.frozen": ("第 {version} 版，{when} 导出后定稿，之后不再改动。", "Version {version}, final since it was exported on {when}."),
    "letter.will_freeze": ("第 {version} 版。随本文件导出后定稿。", "Version {version}; final as sent with this document."),
    "letter.draft": ("草稿（第 {version} 版，尚未发出）：内容以后可能修改。",
                     "DRAFT (version {version}, not yet sent): the text may still change."),
    "letter.draft_mark": ("草稿", "DRAFT"),
    "letter.none": ("还没有写协商还款申请。可以在“协商还款”页生成并编辑。",
                    "No repayment letter is written yet. It can be made on the Negotiate tab."),
    # statement
    "statement.item": ("项目", "Item"),
    "statement.monthly": ("每月金额", "Per month"),
    "statement.income": ("收入合计", "Total income"),
    "statement.spending": ("支出合计", "Total spending"),
    "statement.left": ("每月剩余（可用于还款）", "Left each month (for repayments)"),
    "statement.none": ("还没有填写收支情况。", "No income and spending statement is filled in yet."),
    "statement.basis": ("分类参照英国“标准财务报表”（Standard Financial Statement），按国内生活习惯调整。",
                        "Categories adapted from the UK Standard Financial Statement."),
    # plan
    "plan.summary": ("共 {n} 期，每月 {monthly}，首期 {first}，合计 {total}。",
                     "{n} monthly instalments of {monthly}, the first on {first}; {total} in all."),
    "plan.no": ("期数", "No."),
    "plan.due": ("还款日", "Due date"),
    "plan.amount": ("金额", "Amount"),
    "plan.for_loan": ("针对的贷款：{loan}", "For the loan: {loan}"),
    "plan.requests": ("同时请求（请求，不是权利）：", "Also requested (requests, not rights):"),
    "plan.none": ("还没有拟定还款计划。", "No repayment plan is set yet."),
    "plan.incomplete": ("还款计划还不完整：{why}", "The repayment plan is not complete: {why}"),
    "plan.fits": ("计划每月还款 {monthly}，每月剩余 {left}。", "The plan asks {monthly} a month; {left} is left each month."),
    # documents
    "docs.document": ("材料", "Document"),
    "docs.have": ("是否附上", "Enclosed"),
    "docs.file": ("文件（SHA-256 前 12 位）", "File (first 12 of SHA-256)"),
    "docs.yes": ("附上", "enclosed"),
    "docs.no": ("待补充", "to follow"),
    "docs.none": ("没有列出证明材料。", "No supporting documents are listed."),
    # timeline
    "timeline.caption": ("每{unit}的催收联系次数；深色为可能不当的联系。共 {total} 次，{start} 至 {end}。",
                         "Collection contacts per {unit}; dark = possibly improper. {total} in all, {start} to {end}."),
    "timeline.day": ("天", "day"),
    "timeline.week": ("周", "week"),
    "timeline.none": ("没有带日期的记录，无法画出时间分布。", "No dated records, so there is nothing to chart."),
    # flagged
    "flagged.intro": ("下表按规则列出记录中可能不当的催收行为。“自动”表示程序根据时间、次数或联系对象自动识别，"
                      "“本人标记”表示当事人记录时勾选。依据强度区分法律法规与行业标准：行业标准不是法律。",
                      "Possibly improper conduct, by rule. “auto” = found by the app from times, counts or who "
                      "was contacted; “marked” = ticked by the client when recording. Strength tells laws and "
                      "regulations apart from industry standards, which are not law."),
    "flagged.rule": ("规则", "Rule"),
    "flagged.count": ("次数", "Times"),
    "flagged.strength": ("依据强度", "Strength"),
    "flagged.severity": ("严重程度", "Severity"),
    "flagged.basis": ("依据", "Basis"),
    "flagged.when": ("时间", "When"),
    "flagged.who": ("号码 / 对方自称", "Number / claimed identity"),
    "flagged.why": ("原因", "Why"),
    "flagged.found_by": ("识别方式", "Found by"),
    "flagged.auto": ("自动", "auto"),
    "flagged.marked": ("本人标记", "marked"),
    # third-party contacts, graded from what the borrower recorded (legal-facts §8)
    "grade.high": ("严重：记录显示向别人透露了欠款、让别人替借款人还钱、同一贷款方一天内联系了多人，"
                   "或者对方说了别再打以后仍继续。",
                   "High: the record shows the debt was told to others, someone else was asked to pay, one lender "
                   "side contacted several people in a day, or it went on after the person said to stop."),
    "grade.medium": ("较重：借款人当时接得到电话，催收方却去联系别人；或者借款人还没有回答当时能否接到电话、"
                     "对方拒绝后是否还继续，这时按“较重”计，不往轻里算。",
                     "Medium: the borrower could be reached, yet others were contacted; or the borrower has not "
                     "yet said whether they could be reached or whether it went on after a refusal, in which case "
                     "it is counted as medium, never lower."),
    "grade.low": ("一般：借款人当时确实联系不上，催收方只礼貌地找过一次人，没有透露欠款。行业标准一般允许这样做，"
                  "列在这里只作记录。",
                  "Low: the borrower truly could not be reached and the collector asked someone once, politely, "
                  "without revealing the debt. Industry standards generally allow this; it is listed for the "
                  "record only."),
    "flagged.none": ("所选记录中没有发现可能不当的行为。", "No possibly improper conduct was found in these records."),
    # log
    "log.intro": ("按时间先后列出每一条记录的当前版本。“校验”是该记录最新版本哈希值的前 12 位。",
                  "Every record's current version, oldest first. “Check” is the first 12 characters of the hash "
                  "of the record's latest version."),
    "log.no": ("#", "#"),
    "log.when": ("时间", "When"),
    "log.channel": ("方式", "Channel"),
    "log.who": ("号码 / 对方自称", "Number / caller"),
    "log.what": ("内容", "What happened"),
    "log.flags": ("标记", "Flags"),
    "log.check": ("校验", "Check"),
    "log.threats": ("威胁或要求：", "Threats or demands: "),
    "log.contacted": ("联系了：", "Contacted: "),
    "log.disclosed": ("透露欠款", "debt disclosed"),
    "log.asked_to_pay": ("要求代还", "asked to pay"),
    "log.loan": ("贷款：", "Loan: "),
    "log.duration": ("时长 {d}", "{d} long"),
    "log.mood": ("当时感受 {n}/5", "felt {n}/5"),
    "log.notes": ("备注：", "Notes: "),
    "log.attachments": ("附件 {n} 个", "{n} attachment(s)"),
    "log.undated": ("（无日期）", "(no date)"),
    # third parties
    "third.intro": ("催收方联系过的当事人以外的人。", "People other than the client whom collectors contacted."),
    "third.masked": ("号码已部分隐藏，以保护第三人的隐私。", "Numbers are partly hidden to protect these people's privacy."),
    "third.when": ("时间", "When"),
    "third.relation": ("关系", "Relation"),
    "third.name": ("称呼", "Name"),
    "third.number": ("号码", "Number"),
    "third.disclosed": ("透露欠款", "Debt disclosed"),
    "third.asked": ("要求代还", "Asked to pay"),
    "third.none": ("没有记录催收方联系第三方。", "No contact with third parties is recorded."),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    # evidence
    "evidence.intro": ("证据文件原样保存在案件的 evidence 文件夹中，文件名就是它的 SHA-256。状态是本报告生成时核对的结果。",
                       "Evidence files are kept unchanged in the case's evidence folder, named by their SHA-256. "
                       "The status was checked when this report was made."),
    "evidence.name": ("原文件名", "Original name"),
    "evidence.size": ("大小", "Size"),
    "evidence.added": ("加入时间", "Added"),
    "evidence.record": ("所属记录", "Record"),
    "evidence.sha": ("SHA-256", "SHA-256"),
    "evidence.status": ("状态", "Status"),
    "evidence.ok": ("完好", "OK"),
    "evidence.missing": ("缺失", "MISSING"),
    "evidence.altered": ("已被改动", "ALTERED"),
    "evidence.invalid": ("记录已损坏", "DAMAGED RECORD"),
    "evidence.none": ("没有证据文件。", "There are no evidence files."),
    "evidence.problems": ("注意：{n} 个证据文件缺失、与保存时不符或记录已损坏，已在表中标出。",
                          "Note: {n} evidence file(s) are missing, no longer match, or have a damaged record; "
                          "they are marked in the table."),
    # integrity
    "integrity.body": (
        "每次保存一条催收记录（新建、修改、删除、恢复），或保存本报告列出的其他内容时，程序把保存的内容整理成固定格式，"
        "与上一条的哈希值一起计算 SHA-256，串成一条“链”；最后一个哈希值叫“链头”。改动、删除或调换链中任何一条，"
        "此后的哈希值都会变。修改记录会新增版本，旧版本保留；删除只是隐藏，并记下原因。",
        "Each time a contact record is saved (created, edited, deleted or restored), or anything else this report "
        "presents is saved, the saved content is put in a fixed form and hashed with SHA-256 together with the "
        "previous entry's hash, forming a chain; the last hash is the chain's head. Changing, removing or reordering "
        "any entry changes every hash after it. An edit adds a new version and keeps the old one; a deletion only "
        "hides the record and notes why."),
    "integrity.code": ("核对码（链头前 16 位，加 2 位校验）", "Check code (the head's first 16 characters and 2 check characters)"),
    "integrity.covered": ("核对范围", "Covered"),
    "integrity.not_covered": ("不在核对范围内", "Not covered"),
    "integrity.limits": ("这能证明什么", "What this proves"),
    "integrity.versions": ("链中的条目数（各版本）", "Entries in the chain (versions)"),
    "integrity.records": ("记录数（含已删除）", "Records (including deleted)"),
    "integrity.deleted": ("已删除（隐藏）的记录", "Deleted (hidden) records"),
    "integrity.files": ("证据文件数", "Evidence files"),
    "integrity.head": ("链头（最后一个哈希值）", "Chain head (last hash)"),
    "integrity.result": ("生成本报告时的核对结果", "Check when this report was made"),
    "integrity.ok": ("通过：保存的内容与它的历史一致，证据文件与保存时的 SHA-256 一致。",
                     "Passed: what is stored matches its history, and the evidence files match their SHA-256."),
    "integrity.failed": ("发现 {n} 处问题：", "{n} problem(s) found:"),
    "integrity.not_checked": ("未核对", "not checked"),
    "integrity.how": ("如何核对：以后要确认本报告所依据的记录没有被改动，在装有本程序的电脑上打开这个案件（或导入它的案件包），"
                      "在“导出报告”页点“核对早先的报告…”，输入上面的核对码；或者运行下面的命令。本报告之后新保存的内容"
                      "不影响结果；对此前保存的内容的任何改动、删除、截断，或换回案件的旧副本，都会让核对失败。",
                      "How to check: to confirm later that the records this report was made from have not been "
                      "changed, open this case (or import its case bundle) in this app, choose “Check an earlier "
                      "report…” on the Export tab and type the check code above; or run the command below. Things "
                      "saved after this report do not affect the answer; any change, removal or cut of what was "
                      "saved before it, or a return to an older copy of the case, makes the check fail."),
    # sources
    "sources.intro": ("本文件中引用的规则所依据的法律、法规和标准。", "The laws, regulations and standards behind the rules cited in this document."),
    "sources.title": ("名称", "Title"),
    "sources.kind": ("类型", "Kind"),
    "sources.issuer": ("发布机关", "Issuer"),
    "sources.date": ("发布 / 施行", "Issued / in force"),
    "sources.none": ("没有引用法规。", "No sources are cited."),
    # end
    "disclaimer.lawyer": ("本文件由当事人使用“催收应对助手”生成，内容为当事人自行记录，程序只做整理和校验；"
                          "其中对规则的标注是一般信息，不是法律意见。",
                          "Made by the client with Debt Call Helper. The records are the client's own; the app "
                          "only organises and checks them. Rule labels are general information, not legal advice."),
}


def phrase(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (``"en"`` or Chinese), with ``values`` filled in."""
    zh, en = _TEXTS[key]
    text = pick(lang, zh, en)
    return text.format(**values) if values else text


def keys() -> tuple[str, ...]:
    """Every text key (tests check that both languages are filled in)."""
    return tuple(_TEXTS)
