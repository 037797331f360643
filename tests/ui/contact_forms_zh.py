"""Chinese for the contact form and the live-call panel, until the lead merges it into the .ts file.

``TRANSLATIONS`` is the list handed to the lead (context, English source, Chinese).
:func:`installed_zh` puts it in front of the app's translators for a test, so the
zh_CN screenshots show what users will see. ``LABELS`` covers the shared
``Labels`` context (channel and relation names) that another helper owns.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = [
    (
        "AttachmentList",
        "Add files (recording, screenshot, photo, PDF)…",
        "添加文件（录音、截图、照片、PDF）…",
    ),
    ("AttachmentList", "Remove the chosen new file", "移除选中的新文件"),
    ("AttachmentList", "checked, unchanged", "已核对，未改动"),
    (
        "AttachmentList",
        "MISSING: the saved copy is not in the evidence folder",
        "文件丢失：证据文件夹里找不到保存的副本",
    ),
    (
        "AttachmentList",
        "CHANGED: the saved copy no longer matches the original",
        "文件被改动：保存的副本与原来的不一致",
    ),
    ("AttachmentList", "%1 — %2 — new, added when you save", "%1 — %2 — 新文件，保存时添加"),
    ("AttachmentList", "Choose files to keep with this contact", "选择要和这条记录一起保存的文件"),
    ("ContactDialog", "Edit contact record", "修改催收记录"),
    ("ContactDialog", "New contact record", "新建催收记录"),
    ("ContactDialog", "What you think was improper (tick any)", "你认为不合规的地方（可多选）"),
    ("ContactDialog", "Files (recordings, screenshots, photos)", "文件（录音、截图、照片）"),
    ("ContactDialog", "Save", "保存"),
    ("ContactDialog", "Save (Ctrl+Enter)", "保存（Ctrl+Enter）"),
    ("ContactDialog", "Cancel", "取消"),
    ("WhenEdit", "Now", "现在"),
    ("WhenEdit", "Not known", "不清楚"),
    ("ContactDialog", "When", "时间"),
    ("ContactDialog", "How they contacted you", "联系方式"),
    ("ContactDialog", "They called me", "来电"),
    ("ContactDialog", "I called them", "去电"),
    ("ContactDialog", "Answered", "接通了"),
    ("ContactDialog", "Not answered", "没接通"),
    ("ContactDialog", "The call", "通话情况"),
    ("ContactDialog", "How long", "通话时长"),
    ("ContactDialog", "Number or account shown", "显示的号码或账号"),
    ("ContactDialog", "When and how", "时间和方式"),
    ("ContactDialog", "e.g. the company or app they named", "例如对方说的公司或App名称"),
    ("ContactDialog", "Organisation they named", "对方自称的机构"),
    ("ContactDialog", "e.g. “Manager Zhang”", "例如“张经理”"),
    ("ContactDialog", "Name they gave", "对方自称的姓名"),
    ("ContactDialog", "Staff number they gave", "对方说的工号"),
    ("ContactDialog", "Not about a specific loan", "不涉及具体贷款"),
    ("ContactDialog", "Which loan", "哪笔贷款"),
    ("ContactDialog", "They told this person about the debt", "对方向这个人透露了欠款"),
    ("ContactDialog", "Who they contacted", "联系了谁"),
    ("ContactDialog", "Other people they contacted", "还联系了哪些人"),
    ("ContactDialog", "Who", "对方和联系对象"),
    ("ContactDialog", "What happened, what was said", "经过和对方说的话"),
    ("ContactDialog", "What they threatened or demanded", "对方的威胁或要求"),
    ("ContactDialog", "Notes", "备注"),
    ("ContactDialog", "Not set", "不填"),
    ("ContactDialog", "0 – calm", "0 – 平静"),
    ("ContactDialog", "5 – very frightened or upset", "5 – 非常害怕或难受"),
    (
        "ContactDialog",
        "Optional. It can help later to show what this did to you.",
        "可以不填。以后需要说明这些对你造成的影响时会有帮助。",
    ),
    ("ContactDialog", "How you felt", "你当时的感受"),
    ("ContactDialog", "What happened", "发生了什么"),
    ("ContactDialog", "Loan no. %1", "第 %1 号贷款"),
    (
        "WhenEdit",
        "This time is in the future. Please check the date and time; you can still save.",
        "这个时间还没到。请核对日期和时间；也可以照常保存。",
    ),
    ("ContactDialog", "Leave without saving?", "不保存就离开吗？"),
    (
        "ContactDialog",
        "What you entered in this record has not been saved.",
        "你在这条记录里填写的内容还没有保存。",
    ),
    ("ContactDialog", "Discard what I entered", "不要了，放弃填写的内容"),
    ("ContactDialog", "Keep editing", "继续填写"),
    ("DurationEdit", "e.g. 3:20, 3m 20s or 200 (seconds)", "例如 3:20、3分20秒 或 200（秒）"),
    ("DurationEdit", "%1 h %2 min %3 s", "%1小时%2分%3秒"),
    ("DurationEdit", "%1 min %2 s", "%1分%2秒"),
    ("DurationEdit", "%1 s", "%1秒"),
    ("LiveCallPanel", "On a call now", "正在接电话"),
    ("LiveCallPanel", "Continue the unsaved call?", "继续上次没保存的通话吗？"),
    (
        "LiveCallPanel",
        "A call you started logging at %1 was not saved. Continue it? The timer counts from when that call started. "
        "Starting a new call deletes what was entered for that one.",
        "你在 %1 开始记录的一通电话还没有保存。要继续记录吗？计时从那通电话开始时算起。"
        "如果开始新的通话，上次填写的内容会被删除。",
    ),
    ("LiveCallPanel", "Continue that call", "继续记录那通电话"),
    ("LiveCallPanel", "Start a new call", "开始新的通话"),
    ("LiveCallPanel", "Call started at %1", "通话开始于 %1"),
    ("LiveCallPanel", "Tick what they do or say", "对方有这些行为就打勾"),
    ("LiveCallPanel", "Notes: what they say, in their words", "记录：对方说了什么（尽量用原话）"),
    ("LiveCallPanel", "What you can say", "你可以这样说"),
    ("LiveCallPanel", "End and save", "结束并保存"),
    (
        "LiveCallPanel",
        "Stop the timer and save this call (Ctrl+Enter)",
        "停止计时并保存这通电话（Ctrl+Enter）",
    ),
    ("LiveCallPanel", "Close", "关闭"),
    ("LiveCallPanel", "Number shown", "显示的号码"),
    ("LiveCallPanel", "Organisation", "机构"),
    ("LiveCallPanel", "Name", "姓名"),
    ("LiveCallPanel", "Staff number", "工号"),
    ("LiveCallPanel", "Who they said they were", "对方自称"),
    ("LiveCallPanel", "Not about a specific loan", "不涉及具体贷款"),
    ("LiveCallPanel", "Which loan", "哪笔贷款"),
    (
        "LiveCallPanel",
        "The notes could not be saved just now; keep the window open.",
        "刚才没能保存草稿，请先不要关闭这个窗口。",
    ),
    ("LiveCallPanel", "Close the call panel?", "关闭通话记录窗口吗？"),
    (
        "LiveCallPanel",
        "This call has not been saved. You can keep what you entered and continue later.",
        "这通电话还没有保存。你可以先留着草稿，以后接着填。",
    ),
    ("LiveCallPanel", "Keep the draft for later", "留着草稿，以后再填"),
    ("LiveCallPanel", "Discard it", "不要了"),
    ("LiveCallPanel", "Go back to the call", "回到通话"),
    ("MarksBox", "More kinds of improper collection (%1)", "更多不合规的催收行为（%1 项）"),
    (
        "NumberEdit",
        "The same number without spaces, dashes or country code; the app uses it to match callers.",
        "去掉空格、横线和国家区号后的同一个号码，用来判断是不是同一个来电者。",
    ),
    ("ThirdPartyEditor", "Name (optional)", "姓名（可不填）"),
    ("ThirdPartyEditor", "Number (optional)", "号码（可不填）"),
    ("ThirdPartyEditor", "Told about the debt", "被告知了欠款"),
    ("ThirdPartyEditor", "Asked to pay", "被要求代还"),
    ("ThirdPartyEditor", "Remove", "移除"),
    ("ThirdPartyEditor", "Remove this person from the list", "从列表中移除这个人"),
    ("ThirdPartyEditor", "No one else is listed.", "还没有添加其他人。"),
    ("ThirdPartyEditor", "Add a person they contacted", "添加一个被联系的人"),
]

LABELS = [
    ("Labels", "Phone call", "电话"),
    ("Labels", "SMS", "短信"),
    ("Labels", "WeChat or other chat", "微信等聊天"),
    ("Labels", "Visit", "上门"),
    ("Labels", "Contacted someone else", "联系了他人"),
    ("Labels", "Other", "其他"),
    ("Labels", "Me", "本人"),
    ("Labels", "Family", "家人"),
    ("Labels", "Employer", "单位"),
    ("Labels", "Colleague", "同事"),
    ("Labels", "Friend", "朋友"),
    ("Labels", "Address-book contact", "通讯录联系人"),
    ("Labels", "Someone else", "其他人"),
]


class DictTranslator(QTranslator):
    """A translator over a Python table (only for tests: the app ships .qm files)."""

    def __init__(self, entries) -> None:
        super().__init__()
        self.table = {(ctx, src): zh for ctx, src, zh in entries}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 — Qt override
        return self.table.get((context, source))  # None: not ours, Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 — Qt override
        return False


@contextmanager
def installed_zh():
    """Chinese for these forms (and the shared labels) while the block runs."""
    app = QApplication.instance()
    translator = DictTranslator(TRANSLATIONS + LABELS)
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
