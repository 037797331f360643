<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="17" />
        <source>About Debt Call Helper</source>
        <translation>关于催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="25" />
        <source>Debt Call Helper, version %1

Information, not legal advice. The guidance in this app explains laws, rules and industry standards in plain words, with their sources and the date they were last checked. It is not advice on your own case. For that, ask a lawyer or a legal-aid office (12348).

Your data stays on this computer, in:
%2

Licences: this app is free software under the Apache License 2.0. It uses Qt for Python (PySide6, LGPL-3.0), ReportLab (BSD) and the WenQuanYi Micro Hei font (Apache-2.0 or GPL-3.0 with font exception).</source>
        <translation>催收应对助手，版本 %1

本软件提供的是信息，不是法律意见。软件里的指南用通俗的话解释法律、规章和行业标准，并注明出处和最后核对日期，但不针对您个人的案件。如需针对您案件的意见，请咨询律师或法律援助机构（电话 12348）。

您的数据只保存在这台电脑上，位置：
%2

许可证：本软件是自由软件，以 Apache License 2.0 发布。它使用了 Qt for Python（PySide6，LGPL-3.0）、ReportLab（BSD）和文泉驿微米黑字体（Apache-2.0 或带字体例外的 GPL-3.0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="38" />
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="42" />
        <source>Add files (recording, screenshot, photo, PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="44" />
        <source>Remove the chosen new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="63" />
        <source>checked, unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="64" />
        <source>MISSING: the saved copy is not in the evidence folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="65" />
        <source>CHANGED: the saved copy no longer matches the original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="90" />
        <source>%1 — %2 — new, added when you save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/attachment_list.py" line="99" />
        <source>Choose files to keep with this contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="39" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="43" />
        <source>Files are kept unchanged in the case folder. Open them with the usual program.</source>
        <translation>文件原样保存在案件文件夹里。可以用平常的程序打开查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="47" />
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="47" />
        <source>MISSING</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="47" />
        <source>CHANGED since it was added</source>
        <translation>添加后被改动过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/attachments_dialog.py" line="56" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>CallScriptWidget</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_script.py" line="30" />
        <source>What to say on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_script.py" line="39" />
        <source>The call script is missing from this copy of the app. Stay calm, ask who is calling, and never give anyone a verification code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="25" />
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="32" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="35" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="38" />
        <source>Rename this case…</source>
        <translation>修改案件称呼…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="39" />
        <source>Delete this case…</source>
        <translation>删除这个案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="41" />
        <source>Load the sample case</source>
        <translation>载入示例案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="43" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="45" />
        <source>Hide this case's records from the screen until you continue</source>
        <translation>把这个案件的记录从屏幕上隐藏，直到您点“继续”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="46" />
        <source>Quick hide</source>
        <translation>快速隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="48" />
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation>立即隐藏窗口（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_bar.py" line="72" />
        <source>%1 (cannot be opened)</source>
        <translation>%1（无法打开）</translation>
    </message>
</context>
<context>
    <name>CaseNameDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="19" />
        <source>A short name for this client, for example “Ms Wang” or “Case 1”. A real name is not needed.</source>
        <translation>给这位当事人起个简短的称呼，例如“王女士”或“案件1”。不需要真实姓名。</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="35" />
        <source>Case name:</source>
        <translation>案件称呼：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="36" />
        <source>Opened on:</source>
        <translation>建立时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="37" />
        <source>Stored in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="39" />
        <source>Notes (saved automatically, kept only on this computer):</source>
        <translation>备注（自动保存，只保存在这台电脑上）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="43" />
        <source>For example: which loans, what worries the client most, what to do next.</source>
        <translation>例如：有哪些借款、当事人最担心什么、下一步要做什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="59" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="67" />
        <location filename="../../desktop/ui/tabs/case_tab.py" line="75" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/case_tab.py" line="72" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="48" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="48" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="48" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="48" />
        <source>Said they were</source>
        <translation>对方自称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="48" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="49" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="49" />
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="49" />
        <source>Rules</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="73" />
        <source>(no time)</source>
        <translation>（没有时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/contact_table.py" line="91" />
        <source>[deleted] </source>
        <translation>[已删除] </translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/day_chart.py" line="24" />
        <source>Contacts per day; the busiest day had %1</source>
        <translation>每天的催收次数；最多的一天有 %1 次</translation>
    </message>
</context>
<context>
    <name>DeleteReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="12" />
        <source>Delete this record?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="15" />
        <source>The record will be hidden from the list but kept in the history, with the reason. You can undo this.</source>
        <translation>这条记录会从列表中隐藏，但会连同删除原因保留在历史记录里。可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="21" />
        <source>Entered twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="21" />
        <source>Entered by mistake</source>
        <translation>录错了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="21" />
        <source>Wrong case</source>
        <translation>记错了案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="23" />
        <source>Why? (choose or type)</source>
        <translation>原因（可选择或自己填写）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="26" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_reason.py" line="30" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../desktop/ui/widgets/duration_edit.py" line="31" />
        <source>e.g. 3:20, 3m 20s or 200 (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/duration_edit.py" line="79" />
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/duration_edit.py" line="82" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/duration_edit.py" line="84" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="84" />
        <source>Welcome to Debt Call Helper</source>
        <translation>欢迎使用催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="85" />
        <source>Welcome. You are not alone, and you have rights.</source>
        <translation>欢迎。您不是一个人在面对，您也有自己的权利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="88" />
        <source>This app helps you to:
• learn what debt collectors may and may not do, and where to complain;
• keep a record of every collection call, message and visit, as evidence;
• ask the lender for a repayment plan you can keep;
• print a clear summary for the lender, a regulator or a lawyer.

Everything you enter stays on this computer. Nothing is sent over the internet.

This app gives information, not legal advice. For advice on your own case, ask a lawyer or a legal-aid office (call 12348).</source>
        <translation>这个软件可以帮您：
• 了解催收方能做什么、不能做什么，以及可以向哪里投诉；
• 把每一次催收电话、短信和上门都记下来，留作证据；
• 向贷款机构申请一个您能坚持下去的还款计划；
• 打印一份清楚的材料，交给贷款机构、监管部门或律师。

您填写的所有内容都只保存在这台电脑上，不会通过网络发送出去。

本软件提供的是信息，不是法律意见。如需针对您案件的意见，请咨询律师或法律援助机构（电话 12348）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="98" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="99" />
        <source>Name for the first case:</source>
        <translation>第一个案件的称呼：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="100" />
        <source>For example: Ms Wang (no real name needed)</source>
        <translation>例如：王女士（不需要真实姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="101" />
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="102" />
        <source>Explore a sample case first</source>
        <translation>先看看示例案件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="25" />
        <source>History of record #%1</source>
        <translation>记录 #%1 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="29" />
        <source>Each save is kept as a new version. The fingerprint (SHA-256) of each version also covers the one before it, so a changed version can be detected.</source>
        <translation>每次保存都会留下一个新版本。每个版本的指纹（SHA-256）也包含了上一个版本，所以任何改动都能被发现。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="34" />
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="34" />
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="34" />
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="35" />
        <source>restored</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="61" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="61" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="61" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="62" />
        <source>Answered</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="62" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="62" />
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="63" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="63" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="63" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="64" />
        <source>Length (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="64" />
        <source>Who was contacted</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="65" />
        <source>Debt disclosed</source>
        <translation>是否透露欠款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="65" />
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="66" />
        <source>Threats or demands</source>
        <translation>威胁或要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="66" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="66" />
        <source>How I felt</source>
        <translation>我的感受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="67" />
        <source>My marks</source>
        <translation>我的标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="67" />
        <source>Other people contacted</source>
        <translation>被联系的其他人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="68" />
        <source>Attachments (SHA-256)</source>
        <translation>附件（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="68" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="70" />
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="76" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history_dialog.py" line="76" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="8" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="9" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="10" />
        <source>WeChat or other chat</source>
        <translation>微信等聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11" />
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12" />
        <source>Contacted someone else</source>
        <translation>联系了他人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>Incoming</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>Outgoing</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>Me</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23" />
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>Address-book contact</source>
        <translation>通讯录联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>LearnSearch</name>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="124" />
        <source>Search all topics, e.g. 110, night, complain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="125" />
        <source>Search all topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="133" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="214" />
        <source>Nothing found for “%1”.

Try a shorter word or another way to say it, for example “night”, “family” or a phone number such as 12378.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="220" />
        <source>Showing the first %1 places found. Type more words to narrow it down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/learn_search.py" line="227" />
        <source>Places found: %1, in %2 of the topics.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearnTab</name>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="78" />
        <source>What to say on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="80" />
        <source>Open the words you can use when a collector calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="85" />
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="97" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="99" />
        <source>Back to the previous page (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="101" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="104" />
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="105" />
        <source>Save this topic as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="107" />
        <source>Save this page as a PDF file to print or to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="119" />
        <source>Topic text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="203" />
        <source>That topic is not in this copy of the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="246" />
        <source>Last checked: %1. This is general information, not legal advice; for anything important, ask legal aid (12348) or a lawyer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="257" />
        <source>The guidance texts are missing from this copy of the app, so there is nothing to show here. Everything else still works. Reinstalling the app should bring them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="260" />
        <source>This is general information, not legal advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="282" />
        <source>This app works offline and does not open web pages. The address is: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="309" />
        <source>Save this topic as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="310" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="325" />
        <source>Debt Call Helper — Know your rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="333" />
        <source>The PDF was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/learn_tab.py" line="337" />
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/widgets/lock_screen.py" line="17" />
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/lock_screen.py" line="22" />
        <source>No case is shown while the screen is locked. Records are kept safely.</source>
        <translation>锁定期间不显示任何案件。记录都安全地保存着。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/lock_screen.py" line="25" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="28" />
        <source>Search number, name, what was said…</source>
        <translation>搜索号码、姓名、说过的话…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="31" />
        <source>All ways</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="36" />
        <source>All loans</source>
        <translation>全部贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="37" />
        <source>No loan given</source>
        <translation>未注明贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="42" />
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="42" />
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="42" />
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="43" />
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="43" />
        <source>From … to …</source>
        <translation>从…到…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="58" />
        <source>Only with rule problems</source>
        <translation>只看有问题的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_filter.py" line="89" />
        <source>The start date is after the end date: showing both swapped.</source>
        <translation>开始日期在结束日期之后，已按调换后的日期显示。</translation>
    </message>
</context>
<context>
    <name>LogSummary</name>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="25" />
        <source>Contacts per day</source>
        <translation>每天的催收次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="26" />
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="27" />
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="58" />
        <source>Recorded: %1 · at night (%7): %2 · contacts of other people: %3 (people named: %4)
First: %5 · Last: %6</source>
        <translation>共记录 %1 次 · 夜间（%7）%2 次 · 联系他人 %3 次（涉及 %4 人）
第一次：%5 · 最近一次：%6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="67" />
        <source>By rule: %1</source>
        <translation>按问题统计：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/log_summary.py" line="69" />
        <source>No rule problems found or marked yet.</source>
        <translation>目前还没有发现或标记的问题。</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="49" />
        <source>On a call now (F2)</source>
        <translation>正在接电话（F2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="56" />
        <source>New record (N)</source>
        <translation>新增记录（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="58" />
        <source>Edit (Enter)</source>
        <translation>修改（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="59" />
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="60" />
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="61" />
        <source>Open attachments</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="62" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="63" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="104" />
        <source>The record was deleted. It stays in the history.</source>
        <translation>记录已删除，仍保留在历史记录里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="105" />
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="111" />
        <source>No contacts recorded yet. When a collector calls, click “On a call now”; to record an earlier call or message, click “New record”.</source>
        <translation>还没有催收记录。催收电话打来时，点“正在接电话”；要补记之前的电话或短信，点“新增记录”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="173" />
        <source>%1 shown</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="254" />
        <source>Deleted record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="255" />
        <source>This record is deleted. Undo the deletion to edit it.</source>
        <translation>这条记录已删除。撤销删除后才能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="313" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="313" />
        <source>This record has no attachments.</source>
        <translation>这条记录没有附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="331" />
        <source>Export the log as CSV</source>
        <translation>把催收记录导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="342" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/log_tab.py" line="343" />
        <source>%1 records were saved to %2</source>
        <translation>%1 条记录已保存到 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <source>No case is open. Click “New case” to start one.</source>
        <translation>现在没有打开的案件。点“新建案件”开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81" />
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82" />
        <source>Load the &amp;sample case</source>
        <translation>载入示例案件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85" />
        <source>Quick &amp;hide</source>
        <translation>快速隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89" />
        <source>Language and text size…</source>
        <translation>语言和字号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91" />
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>Case</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>Log</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>This case is stored in: %1</source>
        <translation>本案件保存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>Some guidance could not be loaded</source>
        <translation>部分指南内容无法载入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>Some of the app's content files have problems; the rest works. Please tell the legal-aid desk.

%1</source>
        <translation>软件的部分内容文件有问题，其余功能正常。请告诉法律援助窗口的工作人员。

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206" />
        <source>Rename case</source>
        <translation>修改案件称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>Delete this case?</source>
        <translation>删除这个案件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>Delete the case “%1” with all its records and evidence files from this computer? This cannot be undone.</source>
        <translation>要从这台电脑上删除案件“%1”及其全部记录和证据文件吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230" />
        <source>Delete the case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284" />
        <source>Debt Call Helper</source>
        <translation>催收应对助手</translation>
    </message>
</context>
<context>
    <name>MarksBox</name>
    <message>
        <location filename="../../desktop/ui/widgets/marks_box.py" line="53" />
        <source>More kinds of improper collection (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="13" />
        <source>Something needs your attention</source>
        <translation>请留意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="29" />
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="31" />
        <source>Sorry, something went wrong inside the app. What you saved before is safe. Please try again; if it keeps happening, tell the legal-aid desk.</source>
        <translation>抱歉，软件内部出了问题。之前保存的内容都还在。请再试一次；如果一直出现，请告诉法律援助窗口的工作人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="55" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="69" />
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="71" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="76" />
        <source>Choose a folder for the app's data</source>
        <translation>选择保存本软件数据的文件夹</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../desktop/ui/widgets/form_parts.py" line="113" />
        <source>The same number without spaces, dashes or country code; the app uses it to match callers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleChipsDelegate</name>
    <message>
        <location filename="../../desktop/ui/widgets/rule_chips.py" line="89" />
        <source>Found automatically: </source>
        <translation>自动发现：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/rule_chips.py" line="89" />
        <source>You marked: </source>
        <translation>您标记的：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="26" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="33" />
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="50" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="51" />
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
</context>
<context>
    <name>ThirdPartyEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="69" />
        <source>No one else is listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="76" />
        <source>Add a person they contacted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="28" />
        <source>Name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="30" />
        <source>Number (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="31" />
        <source>Told about the debt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="32" />
        <source>Asked to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="33" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/third_party_editor.py" line="35" />
        <source>Remove this person from the list</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>