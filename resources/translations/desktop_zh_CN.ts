<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="16" />
        <source>About Debt Call Helper</source>
        <translation>关于催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="24" />
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
        <location filename="../../desktop/ui/dialogs/about.py" line="37" />
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="83" />
        <source>Welcome to Debt Call Helper</source>
        <translation>欢迎使用催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="84" />
        <source>Welcome. You are not alone, and you have rights.</source>
        <translation>欢迎。您不是一个人在面对，您也有自己的权利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="87" />
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
        <location filename="../../desktop/ui/dialogs/first_run.py" line="97" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="98" />
        <source>Name for the first case:</source>
        <translation>第一个案件的称呼：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="99" />
        <source>For example: Ms Wang (no real name needed)</source>
        <translation>例如：王女士（不需要真实姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="100" />
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="101" />
        <source>Explore a sample case first</source>
        <translation>先看看示例案件</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="40" />
        <source>No case is open. Click “New case” to start one.</source>
        <translation>现在没有打开的案件。点“新建案件”开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74" />
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75" />
        <source>Load the &amp;sample case</source>
        <translation>载入示例案件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>Quick &amp;hide</source>
        <translation>快速隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82" />
        <source>Language and text size…</source>
        <translation>语言和字号…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84" />
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114" />
        <source>Case</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <source>This case is stored in: %1</source>
        <translation>本案件保存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>Rename case</source>
        <translation>修改案件称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174" />
        <source>Delete this case?</source>
        <translation>删除这个案件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176" />
        <source>Delete the case “%1” with all its records and evidence files from this computer? This cannot be undone.</source>
        <translation>要从这台电脑上删除案件“%1”及其全部记录和证据文件吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179" />
        <source>Delete the case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>Debt Call Helper</source>
        <translation>催收应对助手</translation>
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
</TS>