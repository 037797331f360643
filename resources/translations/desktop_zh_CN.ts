<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="17"/>
        <source>About Debt Call Helper</source>
        <translation>关于催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="25"/>
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
        <location filename="../../desktop/ui/about.py" line="38"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="49"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="53"/>
        <source>Add files (recording, screenshot, photo, PDF)…</source>
        <translation>添加文件（录音、截图、照片、PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="55"/>
        <source>Remove the chosen new file</source>
        <translation>移除选中的新文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="74"/>
        <source>checked, unchanged</source>
        <translation>已核对，未改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="75"/>
        <source>MISSING: the saved copy is not in the evidence folder</source>
        <translation>文件丢失：证据文件夹里找不到保存的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="76"/>
        <source>CHANGED: the saved copy no longer matches the original</source>
        <translation>文件被改动：保存的副本与原来的不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="77"/>
        <source>DAMAGED RECORD: the case file&apos;s entry for it is not valid</source>
        <translation>记录已损坏：案件文件里关于它的记录无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="104"/>
        <source>%1 — %2 — new, added when you save</source>
        <translation>%1 — %2 — 新文件，保存时添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachment_list.py" line="115"/>
        <source>Choose files to keep with this contact</source>
        <translation>选择要和这条记录一起保存的文件</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="53"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="59"/>
        <source>Files are kept unchanged in the case folder. “Open” shows a temporary copy with the usual program. The copies are deleted when you switch to another case, delete the case, lock the app or quit; a copy that a program still holds open is deleted the next time the app starts. Only recordings, pictures, videos, PDF and text files are opened; for other kinds of file the app can show the folder instead.</source>
        <translation>文件原样保存在案件文件夹里。点“打开”时，程序会用常用的软件打开一份临时副本。切换到别的案件、删除案件、锁定程序或退出时，这些副本会被删除；如果某个副本仍被其他软件占用，会在下次启动本程序时删除。程序只直接打开录音、图片、视频、PDF 和文本文件；其他类型的文件，程序可以为你打开它所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="66"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="67"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="67"/>
        <source>MISSING</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="67"/>
        <source>CHANGED since it was added</source>
        <translation>添加后被改动过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="68"/>
        <source>DAMAGED RECORD: cannot be opened</source>
        <translation>记录已损坏：无法打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="78"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="117"/>
        <source>It is a “.%1” file.</source>
        <translation>它是一个“.%1”文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="118"/>
        <source>Its name has no file type (extension).</source>
        <translation>它的文件名没有类型（扩展名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="120"/>
        <source>“%1” was not opened.

%2 The app opens only recordings, pictures, videos, PDF and text files. Other kinds of file can run a program on this computer when opened, so a file received from someone else could harm it.

If you know where the file comes from and trust it, you can show it in its folder and decide there.</source>
        <translation>没有打开“%1”。

%2程序只打开录音、图片、视频、PDF 和文本文件。其他类型的文件在打开时可能会在这台电脑上运行程序，所以别人发来的文件可能会损害电脑。

如果你知道这个文件的来源并且信任它，可以打开它所在的文件夹，再自己决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="125"/>
        <source>This file was not opened</source>
        <translation>没有打开这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="126"/>
        <source>Show in folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/attachments_dialog.py" line="126"/>
        <source>Do not open</source>
        <translation>不打开</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="52"/>
        <source>Daily (automatic)</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="53"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="54"/>
        <source>Before an update of the app</source>
        <translation>软件升级之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="55"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="56"/>
        <source>Made by you</source>
        <translation>你手动备份的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="68"/>
        <source>Backups of this case</source>
        <translation>这个案件的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="75"/>
        <source>A copy of this case&apos;s records is made every day it is opened, and before an import or a restore. Evidence files are never changed, so the copies do not need them.</source>
        <translation>每天第一次打开这个案件时，以及导入或恢复之前，都会自动备份一份记录。证据文件从不会被改动，所以备份里不需要再复制它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="83"/>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="83"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="83"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="86"/>
        <source>There are no backups of this case yet.</source>
        <translation>这个案件还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="87"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="89"/>
        <source>Restore this backup…</source>
        <translation>恢复这个备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="109"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="142"/>
        <source>Restore this backup?</source>
        <translation>恢复这个备份吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="143"/>
        <source>Go back to the backup of %1 with %2 records? What is in the case now is first saved as another backup, so nothing is lost.</source>
        <translation>要回到 %1 的备份（%2 条记录）吗？案件现在的内容会先另存为一个备份，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="146"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="158"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="159"/>
        <source>The case now holds the %1 records of the backup of %2.</source>
        <translation>案件现在是 %2 那次备份的内容，共 %1 条记录。</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="49"/>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="63"/>
        <source>What comes in and goes out in a normal month. Rough figures are fine; leave out what does not apply. Do not count the loans you are negotiating here.</source>
        <translation>填写一个普通月份的收入和支出。大概的数字就可以；不适用的项目留空。正在协商的这些贷款不要算在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="114"/>
        <source>Together: %1</source>
        <translation>小计：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="117"/>
        <source>Income a month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="118"/>
        <source>Spending a month</source>
        <translation>每月支出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="119"/>
        <source>Left each month</source>
        <translation>每月剩余</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="127"/>
        <source>Some amounts do not read yet and are not counted; they are marked in red.</source>
        <translation>有些金额还看不懂，暂时没有计入；这些地方用红字标出来了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="139"/>
        <source>Shared fairly between your loans</source>
        <translation>在几笔贷款之间公平分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/budget_page.py" line="140"/>
        <source>In proportion to what each is owed:</source>
        <translation>按每笔欠款的多少分配：</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="126"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>正在取消…不会留下任何内容。</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/ui/importing/busy_page.py" line="18"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CallScriptWidget</name>
    <message>
        <location filename="../../desktop/ui/common/call_script.py" line="33"/>
        <source>What to say on the phone</source>
        <translation>接电话时怎么说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/call_script.py" line="45"/>
        <source>The call script is missing from this copy of the app. Stay calm, ask who is calling, and never give anyone a verification code.</source>
        <translation>这份应用里缺少接电话的话术。请保持冷静，问清对方是谁；不管谁要验证码，都不要给。</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="34"/>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="41"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="43"/>
        <source>All cases…</source>
        <translation>所有案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="45"/>
        <source>Find, open and archive any case (Ctrl+O)</source>
        <translation>查找、打开或归档任何一个案件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="47"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="101"/>
        <source>Rename this case…</source>
        <translation>修改案件称呼…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="102"/>
        <source>Delete this case…</source>
        <translation>删除这个案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="104"/>
        <source>Load the sample case</source>
        <translation>载入示例案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="57"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="59"/>
        <source>Hide this case&apos;s records from the screen until you continue</source>
        <translation>把这个案件的记录从屏幕上隐藏，直到您点“继续”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="60"/>
        <source>Quick hide</source>
        <translation>快速隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="62"/>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation>立即隐藏窗口（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="85"/>
        <source>%1 (cannot be opened)</source>
        <translation>%1（无法打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_bar.py" line="87"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>CaseBrowserDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="103"/>
        <source>All cases</source>
        <translation>所有案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="117"/>
        <source>Type part of a name or of the notes</source>
        <translation>输入称呼或备注里的几个字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="120"/>
        <source>Find a case</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="121"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="123"/>
        <source>Show a&amp;rchived cases</source>
        <translation>显示已归档的案件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="132"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="146"/>
        <source>Type to search, use ↑ ↓ to choose, and press Enter to open.</source>
        <translation>输入文字即可查找，用 ↑ ↓ 选择，按回车键打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="153"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="155"/>
        <source>Take the case out of the case bar. Nothing of it is deleted.</source>
        <translation>把这个案件从案件栏中移走。它的任何内容都不会被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="156"/>
        <source>&amp;Unarchive</source>
        <translation>取消归档(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="158"/>
        <source>Show the case in the case bar again</source>
        <translation>让这个案件重新显示在案件栏中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="297"/>
        <source>There are no cases yet. Close this window and click “New case” to start one.</source>
        <translation>还没有案件。请关闭这个窗口，点“新建案件”开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="299"/>
        <source>No case matches “%1”. Try fewer letters, or tick “Show archived cases”.</source>
        <translation>没有与“%1”相符的案件。可以少输入几个字，或勾选“显示已归档的案件”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="302"/>
        <source>Showing %1 of %2 cases.</source>
        <translation>显示 %1 个案件（共 %2 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="304"/>
        <source>Checking %1 of %2 cases that changed since they were last listed…</source>
        <translation>正在核对上次列出后有改动的案件：%1 / %2……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="360"/>
        <source>“%1” is archived: it is kept whole but no longer shown in the case bar. Tick “Show archived cases” to find it here.</source>
        <translation>“%1”已归档：它被完整保留，只是不再显示在案件栏中。勾选“显示已归档的案件”即可在这里找到它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="363"/>
        <source>“%1” is archived: it is kept whole but no longer shown in the case bar.</source>
        <translation>“%1”已归档：它被完整保留，只是不再显示在案件栏中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_browser.py" line="365"/>
        <source>“%1” is back in the case bar.</source>
        <translation>“%1”已重新显示在案件栏中。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="55"/>
        <source>Case</source>
        <translation>案件称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="55"/>
        <source>Created</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="55"/>
        <source>Last activity</source>
        <translation>最近改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="55"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="56"/>
        <source>With rule problems</source>
        <translation>有问题的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="56"/>
        <location filename="../../desktop/ui/cases/case_list.py" line="96"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="58"/>
        <source>The name the case was given (not a real name)</source>
        <translation>给这个案件起的称呼（不是真实姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="59"/>
        <source>When the case was created</source>
        <translation>案件是什么时候建立的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="60"/>
        <source>When something was last saved in this case</source>
        <translation>这个案件最后一次保存内容的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="61"/>
        <source>Collection contacts recorded in this case (deleted ones not counted)</source>
        <translation>这个案件里记下的催收记录条数（不含已删除的）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="62"/>
        <source>Records with at least one rule problem, found by the app or marked by you</source>
        <translation>至少有一个问题的记录条数（软件发现的或你自己标记的）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="63"/>
        <source>Archived cases are kept whole but are not shown in the case bar</source>
        <translation>已归档的案件被完整保留，只是不显示在案件栏中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="93"/>
        <source>%1 (cannot be opened)</source>
        <translation>%1（无法打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_list.py" line="129"/>
        <source>Still being read from the case&apos;s file…</source>
        <translation>正在从案件文件中读取……</translation>
    </message>
</context>
<context>
    <name>CaseNameDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/case_dialog.py" line="17"/>
        <source>A short name for this client, for example “Ms Wang” or “Case 1”. A real name is not needed.</source>
        <translation>给这位当事人起个简短的称呼，例如“王女士”或“案件1”。不需要真实姓名。</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="44"/>
        <source>Case name:</source>
        <translation>案件称呼：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="45"/>
        <source>Opened on:</source>
        <translation>建立时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="46"/>
        <source>Stored in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="48"/>
        <source>Notes (saved automatically, kept only on this computer):</source>
        <translation>备注（自动保存，只保存在这台电脑上）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="52"/>
        <source>For example: which loans, what worries the client most, what to do next.</source>
        <translation>例如：有哪些借款、当事人最担心什么、下一步要做什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="68"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="78"/>
        <location filename="../../desktop/ui/cases/case_tab.py" line="86"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/case_tab.py" line="83"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="60"/>
        <source>Check an earlier report</source>
        <translation>核对早先的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="63"/>
        <source>Type the check code printed on a report of this case (on its first page, like EB71-84E3-B089-915E-5D), or paste the whole chain head. The app then checks whether the records that report was made from are unchanged.</source>
        <translation>请输入本案件报告上印的核对码（在第一页，例如 EB71-84E3-B089-915E-5D），或粘贴完整的链头。程序会核对这份报告所依据的记录是否没有被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="69"/>
        <source>Check code from the earlier report</source>
        <translation>早先报告上的核对码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="76"/>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="114"/>
        <source>Checking… (large evidence files take a while)</source>
        <translation>正在核对……（证据文件大时需要一些时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="123"/>
        <source>The check also found %1 problem(s) in the case as it is stored now:</source>
        <translation>核对还在案件现在保存的内容中发现 %1 处问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="127"/>
        <source>… and %1 more. The command “verify” lists them all.</source>
        <translation>……还有 %1 处。命令“verify”会全部列出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/check_report.py" line="138"/>
        <source>Sorry, the check stopped because of a fault in the app. Nothing was changed.</source>
        <translation>抱歉，程序出错，核对中断了。没有改动任何内容。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="55"/>
        <source>Complaint draft</source>
        <translation>投诉草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="63"/>
        <source>The lender&apos;s own complaint channel</source>
        <translation>贷款方自己的投诉渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="85"/>
        <source>I complained to the lender first</source>
        <translation>我已经先向贷款方投诉过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="88"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="89"/>
        <source>English</source>
        <translation>英文（English）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="64"/>
        <source>12378, the financial regulator&apos;s consumer hotline (banks, consumer finance companies)</source>
        <translation>12378：金融监管部门的消费者投诉热线（管银行、消费金融公司）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="66"/>
        <source>The local financial regulator (地方金融管理局) or 12345 (micro-loan companies)</source>
        <translation>地方金融管理局，或打12345（管小额贷款公司）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="91"/>
        <source>Usually you complain to the lender first and give it 15 days to answer; if it does not help, complain to the regulator and say so.</source>
        <translation>一般先向贷款方投诉，给它15天答复；没有用的话，再向监管部门投诉，并说明已经找过贷款方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="98"/>
        <source>Text of the complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="106"/>
        <source>Save this version</source>
        <translation>保存这一版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="107"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="118"/>
        <source>Which contacts to complain about</source>
        <translation>要投诉哪些催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="120"/>
        <source>Send it to</source>
        <translation>投诉给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="129"/>
        <source>Language of the complaint</source>
        <translation>投诉书的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="160"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="166"/>
        <source>Contacting someone else, graded low: the standards generally allow one polite request when you cannot be reached, so it is not complained about.</source>
        <translation>找了你以外的人，评为“一般”：你联系不上时，行业标准一般允许他们礼貌地找一次人，所以不写进投诉。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="193"/>
        <source>Your lender is a bank or consumer finance company: the regulator is 12378.</source>
        <translation>你的贷款方是银行或消费金融公司：监管部门投诉打12378。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="195"/>
        <source>Your lender is a micro-loan company. Such companies are generally supervised by the local financial regulator (地方金融管理局) where they are registered; you can also call 12345 and ask to be put through. (From public sources; not checked against an official text.)</source>
        <translation>你的贷款方是小额贷款公司。这类公司一般由它注册地的地方金融管理局管；也可以打12345，请他们转过去。（这是根据公开资料，还没有和正式文件核对。）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="198"/>
        <source>Which regulator depends on the kind of lender. Look at the lender&apos;s name in the contract: for a bank or a consumer finance company, complain to 12378; for a micro-loan company (小额贷款公司), to the local financial regulator or through 12345. You can set the kind of lender on the Loans step.</source>
        <translation>找哪个监管部门，要看贷款方是哪一类。看合同上贷款方的名字：银行、消费金融公司，打12378；小额贷款公司，找地方金融管理局或打12345。贷款方的类型可以在“你的贷款”这一步填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="206"/>
        <source>No loan is chosen, so the letter cites only rules that apply to every lender.</source>
        <translation>没有选借款，所以信里只引用对所有贷款方都适用的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="207"/>
        <source>The letter cites a rule only where what you recorded makes it apply:</source>
        <translation>信里只引用按你的记录确实适用的规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="208"/>
        <source>• Debt itself illegal (usury): %1</source>
        <translation>• 这笔债本身不合法（高利放贷）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="209"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="209"/>
        <source>not ticked</source>
        <translation>没有勾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="210"/>
        <source>• Reported to the police on: %1</source>
        <translation>• 报警日期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="211"/>
        <source>not filled in</source>
        <translation>没有填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="212"/>
        <source>To change these, go to the Loans step.</source>
        <translation>要修改，请回到“你的贷款”这一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="240"/>
        <source>There is nothing to save yet.</source>
        <translation>还没有可以保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="248"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/complaint_dialog.py" line="252"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="92"/>
        <source>Edit contact record</source>
        <translation>修改催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="92"/>
        <source>New contact record</source>
        <translation>新建催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="112"/>
        <source>What you think was improper (tick any)</source>
        <translation>你认为不合规的地方（可多选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="114"/>
        <source>Files (recordings, screenshots, photos)</source>
        <translation>文件（录音、截图、照片）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="120"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="122"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="167"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="169"/>
        <source>How they contacted you</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="172"/>
        <source>They called me</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="172"/>
        <source>I called them</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="174"/>
        <source>Answered</source>
        <translation>接通了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="174"/>
        <source>Not answered</source>
        <translation>没接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="176"/>
        <source>The call</source>
        <translation>通话情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="178"/>
        <source>How long</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="180"/>
        <source>Number or account shown</source>
        <translation>显示的号码或账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="181"/>
        <source>When and how</source>
        <translation>时间和方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="185"/>
        <source>e.g. the company or app they named</source>
        <translation>例如对方说的公司或App名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="186"/>
        <source>Organisation they named</source>
        <translation>对方自称的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="187"/>
        <source>e.g. “Manager Zhang”</source>
        <translation>例如“张经理”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="188"/>
        <source>Name they gave</source>
        <translation>对方自称的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="190"/>
        <source>Staff number they gave</source>
        <translation>对方说的工号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="191"/>
        <source>Not about a specific loan</source>
        <translation>不涉及具体贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="192"/>
        <source>Which loan</source>
        <translation>哪笔贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="198"/>
        <source>They told this person about the debt</source>
        <translation>对方向这个人透露了欠款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="201"/>
        <source>They asked this person to pay</source>
        <translation>对方让这个人替你还钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="204"/>
        <source>Who they contacted</source>
        <translation>联系了谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="206"/>
        <source>Other people they contacted</source>
        <translation>还联系了哪些人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="209"/>
        <source>Who</source>
        <translation>对方和联系对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="217"/>
        <source>They contacted someone other than you. Two questions help judge how serious this is. You can skip them, and answer later.</source>
        <translation>他们找了你以外的人。下面两个问题能帮着判断这件事有多严重。可以先不答，以后再补。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="222"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="223"/>
        <source>Yes, I could</source>
        <translation>能接到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="224"/>
        <source>No, I couldn&apos;t</source>
        <translation>接不到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="227"/>
        <source>Yes, they kept on</source>
        <translation>还继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="228"/>
        <source>No, they stopped</source>
        <translation>没有再打</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="232"/>
        <source>When they contacted you, could you answer the phone?</source>
        <translation>他们联系你的时候，你能接到电话吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="233"/>
        <source>After the person said not to call again, did they keep on?</source>
        <translation>对方说过别再打了以后，他们还继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="235"/>
        <source>Not answered yet: until it is, this contact is counted as “medium”, never lower.</source>
        <translation>还有问题没回答：回答之前，这次找别人按“较重”算，不会算得更轻。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="249"/>
        <source>Checked again when you save.</source>
        <translation>保存后会重新判断。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="253"/>
        <source>Found automatically</source>
        <translation>软件自动发现的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="258"/>
        <source>What happened, what was said</source>
        <translation>经过和对方说的话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="260"/>
        <source>What they threatened or demanded</source>
        <translation>对方的威胁或要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="262"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="266"/>
        <source>Not set</source>
        <translation>不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="267"/>
        <source>0 – calm</source>
        <translation>0 – 平静</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="267"/>
        <source>5 – very frightened or upset</source>
        <translation>5 – 非常害怕或难受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="270"/>
        <source>Optional. It can help later to show what this did to you.</source>
        <translation>可以不填。以后需要说明这些对你造成的影响时会有帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="275"/>
        <source>How you felt</source>
        <translation>你当时的感受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="276"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="296"/>
        <source>Loan no. %1</source>
        <translation>第 %1 号贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="446"/>
        <source>Leave without saving?</source>
        <translation>不保存就离开吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="447"/>
        <source>What you entered in this record has not been saved.</source>
        <translation>你在这条记录里填写的内容还没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="449"/>
        <source>Discard what I entered</source>
        <translation>不要了，放弃填写的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_dialog.py" line="450"/>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="59"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="59"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="59"/>
        <source>Said to be</source>
        <translation>对方自称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="60"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="60"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="60"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="114"/>
        <source>Found automatically: %1</source>
        <translation>自动发现：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="114"/>
        <location filename="../../desktop/ui/log/contact_table.py" line="116"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="116"/>
        <source>You marked: %1</source>
        <translation>你标记的：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="117"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="117"/>
        <source>No rule problems</source>
        <translation>没有规则问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="59"/>
        <source>Rules</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="88"/>
        <source>(no time)</source>
        <translation>（没有时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/contact_table.py" line="106"/>
        <source>[deleted] </source>
        <translation>[已删除] </translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="66"/>
        <source>The same amount at regular times</source>
        <translation>每期金额相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="67"/>
        <source>Payments on particular dates</source>
        <translation>按具体日期还款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="78"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="81"/>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="81"/>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="81"/>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="95"/>
        <source>One payment a line: date and amount, e.g.
2026-02-15 1,000
2026-03-15 1,000</source>
        <translation>每行一笔还款：日期和金额，例如
2026-02-15 1,000
2026-03-15 1,000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="101"/>
        <source>Date the money arrived</source>
        <translation>钱到账的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="102"/>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="105"/>
        <source>e.g. 3.0</source>
        <translation>例如 3.0</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="108"/>
        <source>Optional. The one-year LPR (%) on the day the contract was made. It is used only for the 4×LPR line, which applies to private lending, not to banks, consumer finance companies or micro-loan companies.</source>
        <translation>可不填。签合同当天的一年期LPR（%）。只用于“4倍LPR”这条线；这条线只适用于民间借贷，不适用于银行、消费金融公司和小额贷款公司。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="131"/>
        <source>Amount actually received</source>
        <translation>实际到手金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="136"/>
        <source>How you repay</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="137"/>
        <source>Each payment</source>
        <translation>每期还款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="139"/>
        <source>One-year LPR</source>
        <translation>一年期LPR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="144"/>
        <source>Work out what this loan really costs a year, from the money that actually reached you and what you pay back. Copy the numbers from the lender&apos;s app.</source>
        <translation>根据实际到手的钱和要还的钱，算出这笔贷款一年的真实成本。数字可以从借款App里照抄。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="193"/>
        <source>Enter the amount that actually reached your account.</source>
        <translation>请填写实际到账的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="199"/>
        <source>Enter the payments to see the rate.</source>
        <translation>填写还款后就能看到利率。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="227"/>
        <source>Line %1 does not read as a date and an amount, like 2026-02-15 1,000.</source>
        <translation>第 %1 行看不懂，请写成日期加金额，例如 2026-02-15 1,000。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="232"/>
        <source>Enter the date the money arrived.</source>
        <translation>请填写钱到账的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="244"/>
        <source>Reference lines, and what they really are</source>
        <translation>参考线，以及它们真正的效力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="249"/>
        <source>Enter the LPR above to see this line.</source>
        <translation>在上面填写LPR后才能显示这条线。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="251"/>
        <source>Your loan is above this line (%1).</source>
        <translation>你的贷款高于这条线（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="253"/>
        <source>Your loan is not above this line (%1).</source>
        <translation>你的贷款没有超过这条线（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="254"/>
        <source>What it is: %1</source>
        <translation>性质：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="259"/>
        <source>None of these lines is a limit written in law for every lender. A loan above a line is worth showing to legal aid (12348) or a lawyer.</source>
        <translation>这些线都不是对所有放贷机构都适用的法定上限。超过某条线的贷款，值得拿给法律援助（12348）或律师看一看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="270"/>
        <source>No loan chosen yet: add one in step 1, or just enter the numbers here.</source>
        <translation>还没有选择贷款：可以在第1步添加，也可以直接在这里填数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/cost_page.py" line="273"/>
        <source>Loan: %1</source>
        <translation>贷款：%1</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../desktop/ui/log/day_chart.py" line="17"/>
        <source>Contacts per day</source>
        <translation>每天的催收次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/day_chart.py" line="31"/>
        <source>No contacts in the last %1 days</source>
        <translation>最近%1天没有记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/day_chart.py" line="34"/>
        <source>d MMM</source>
        <comment>a short date (QDate format) in the chart&apos;s description</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/day_chart.py" line="35"/>
        <source>Last %1 days: %2 in all; the busiest day had %3 (%4)</source>
        <translation>最近%1天共 %2 次，最多的一天 %3 次（%4）</translation>
    </message>
</context>
<context>
    <name>DeleteReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="14"/>
        <source>Delete this record?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="17"/>
        <source>The record will be hidden from the list but kept in the history, with the reason. You can undo this.</source>
        <translation>这条记录会从列表中隐藏，但会连同删除原因保留在历史记录里。可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="23"/>
        <source>Entered twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="23"/>
        <source>Entered by mistake</source>
        <translation>录错了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="23"/>
        <source>Wrong case</source>
        <translation>记错了案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="25"/>
        <source>Why? (choose or type)</source>
        <translation>原因（可选择或自己填写）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="28"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/delete_reason.py" line="32"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>DeskModeSettings</name>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="149"/>
        <source>Desk mode (a computer shared by several clients)</source>
        <translation>共用电脑模式（多位来访者共用一台电脑）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="157"/>
        <source>Set a passcode…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="159"/>
        <source>Change the passcode…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="161"/>
        <source>Remove the passcode…</source>
        <translation>取消密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="174"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="175"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="178"/>
        <source>Lock by itself after this many idle minutes:</source>
        <translation>无人操作多少分钟后自动锁定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="181"/>
        <source>This passcode is a privacy screen for a shared computer. It does not encrypt the files on the disk: anyone who can open the data folder can still read them.</source>
        <translation>这个密码只是共用电脑的隐私屏障，不会加密硬盘上的文件：能打开数据文件夹的人仍然能读到这些文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="197"/>
        <source>The passcode is shorter than %1 characters, which is too easy to guess. Please change it to a new one of at least %1 characters.</source>
        <translation>现在的密码少于 %1 个字符，太容易被猜出来。请把它改成至少 %1 个字符的新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="201"/>
        <source>A passcode is set: the app starts locked and asks for it before it shows any case.</source>
        <translation>已设置密码：软件启动时就是锁定的，要输入密码才会显示案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="203"/>
        <source>No passcode is set: anyone can unlock the screen with “Continue”.</source>
        <translation>未设置密码：任何人点“继续”都能解锁屏幕。</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../desktop/ui/log/duration_edit.py" line="33"/>
        <source>e.g. 3:20, 3m 20s or 200 (seconds)</source>
        <translation>例如 3:20、3分20秒 或 200（秒）</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="142"/>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="193"/>
        <source>Export the case to a file</source>
        <translation>把案件导出为文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="148"/>
        <source>The file holds all of this case&apos;s records and evidence files. Take it with you (for example on a USB stick) and import it on another computer.</source>
        <translation>这个文件包含本案件的全部记录和证据文件。可以带走（例如存在 U 盘里），在另一台电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="155"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="160"/>
        <source>Protect the file with a passphrase</source>
        <translation>用密码保护这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="166"/>
        <source>Use at least %1 characters: three or four unrelated words with spaces between them, plus a digit. Not a name, a birthday or a phone number. Without the passphrase nobody, not even the legal-aid desk, can open the file: keep it somewhere safe, apart from the file.</source>
        <translation>请至少用 %1 个字符：三四个互不相关的词，词之间加空格，再加一个数字。不要用姓名、生日或手机号。没有这个密码，谁都打不开这个文件，法律援助窗口也不行：请把密码记在安全的地方，和文件分开放。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="172"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="174"/>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="175"/>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="182"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="194"/>
        <source>Case bundle (*.dchcase)</source>
        <translation>案件包 (*.dchcase)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="224"/>
        <source>Writing the case to “%1”…</source>
        <translation>正在把案件写入“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="226"/>
        <source>The export was cancelled. No file was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="230"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="230"/>
        <source>The case was saved to “%1” (%2 evidence files).</source>
        <translation>案件已保存到“%1”（含 %2 个证据文件）。</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="123"/>
        <source>Who is the report for?</source>
        <translation>这份报告给谁看？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="124"/>
        <source>For the lender: letter, income and spending, plan, documents</source>
        <translation>给平台：协商申请、收支情况、还款计划、证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="125"/>
        <source>For a lawyer or regulator: full log, flags with their basis, evidence, integrity</source>
        <translation>给律师或监管部门：完整记录、问题标注及依据、证据、完整性说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="127"/>
        <source>Custom: choose the sections</source>
        <translation>自定义：自己选择内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="146"/>
        <source>Hide third parties&apos; numbers and how I felt (as in the lender&apos;s copy)</source>
        <translation>隐藏第三方号码和我的感受（与给平台的版本相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="150"/>
        <source>Period and language</source>
        <translation>时间范围和语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="152"/>
        <source>Only records in this period</source>
        <translation>只包括这段时间的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="166"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="170"/>
        <source>Language of the report:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="172"/>
        <source>What the report will include</source>
        <translation>报告将包括</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="186"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="192"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="197"/>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="198"/>
        <source>Open its folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="201"/>
        <source>Check an earlier report…</source>
        <translation>核对早先的报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="203"/>
        <source>Type the check code printed on a report of this case to see whether the records it was made from are unchanged</source>
        <translation>输入本案件报告上印的核对码，查看报告所依据的记录是否没有被改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="240"/>
        <source>Cover and summary</source>
        <translation>封面和概要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="241"/>
        <source>Repayment letter</source>
        <translation>协商还款申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="242"/>
        <source>Income and spending</source>
        <translation>每月收支情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="243"/>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="244"/>
        <source>Supporting documents</source>
        <translation>证明材料清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="245"/>
        <source>Contacts over time (chart)</source>
        <translation>联系时间分布（图表）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="246"/>
        <source>Possibly improper conduct, with its basis</source>
        <translation>可能不当的催收行为及依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="247"/>
        <source>Full contact log</source>
        <translation>完整催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="248"/>
        <source>Third parties contacted</source>
        <translation>被联系的第三方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="249"/>
        <source>Evidence files with SHA-256</source>
        <translation>证据文件及 SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="250"/>
        <source>Integrity statement</source>
        <translation>完整性说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="251"/>
        <source>Sources cited</source>
        <translation>引用的法律法规和标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="304"/>
        <source>Third parties&apos; numbers are partly hidden; how you felt is left out.</source>
        <translation>第三方的号码会部分隐藏，您记录的感受不会列出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="311"/>
        <source> — written</source>
        <translation> — 已写好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="311"/>
        <source> — not written yet</source>
        <translation> — 还没有写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="313"/>
        <source> — %1 records</source>
        <translation> — %1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="315"/>
        <source> — %1 files</source>
        <translation> — %1 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="317"/>
        <source> — %1 instalments</source>
        <translation> — %1 期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="318"/>
        <source> — %1 items</source>
        <translation> — %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="323"/>
        <source>for the lender</source>
        <translation>给平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="323"/>
        <source>for a lawyer</source>
        <translation>给律师</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="324"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="329"/>
        <source>Save the report as PDF</source>
        <translation>把报告保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="330"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="354"/>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="383"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="394"/>
        <source>The PDF was not saved.</source>
        <translation>PDF 没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export/export_tab.py" line="392"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，没有生成文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="79"/>
        <source>Welcome to Debt Call Helper</source>
        <translation>欢迎使用催收应对助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="80"/>
        <source>Welcome. You are not alone, and you have rights.</source>
        <translation>欢迎。您不是一个人在面对，您也有自己的权利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="83"/>
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
        <location filename="../../desktop/ui/cases/first_run.py" line="93"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="94"/>
        <source>Name for the first case:</source>
        <translation>第一个案件的称呼：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="95"/>
        <source>For example: Ms Wang (no real name needed)</source>
        <translation>例如：王女士（不需要真实姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="96"/>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/first_run.py" line="97"/>
        <source>Explore a sample case first</source>
        <translation>先看看示例案件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="26"/>
        <source>History of record #%1</source>
        <translation>记录 #%1 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="30"/>
        <source>Each save is kept as a new version. The fingerprint (SHA-256) of each version also covers the one before it, so a changed version can be detected.</source>
        <translation>每次保存都会留下一个新版本。每个版本的指纹（SHA-256）也包含了上一个版本，所以任何改动都能被发现。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="35"/>
        <source>Versions</source>
        <translation>各个版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="36"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="36"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="36"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="37"/>
        <source>restored</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="43"/>
        <source>The chosen version</source>
        <translation>选中的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="64"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="64"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="65"/>
        <source>Answered</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="65"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="65"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="66"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="66"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="67"/>
        <source>Length (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="67"/>
        <source>Who was contacted</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="68"/>
        <source>Debt disclosed</source>
        <translation>是否透露欠款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="68"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="69"/>
        <source>Threats or demands</source>
        <translation>威胁或要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="69"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="69"/>
        <source>How I felt</source>
        <translation>我的感受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="70"/>
        <source>My marks</source>
        <translation>我的标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="70"/>
        <source>Other people contacted</source>
        <translation>被联系的其他人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="71"/>
        <source>Attachments (SHA-256)</source>
        <translation>附件（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="73"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="79"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/history_dialog.py" line="79"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="243"/>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="288"/>
        <source>Import a case from a file</source>
        <translation>从文件导入案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="247"/>
        <source>The file is checked completely before anything is written. It is added as a new case; no existing case is changed.</source>
        <translation>写入之前会先完整检查这个文件。它会作为一个新案件加入，不会改动任何已有的案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="252"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="258"/>
        <source>This file is protected: enter its passphrase.</source>
        <translation>这个文件有密码保护，请输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="260"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="262"/>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="266"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="289"/>
        <source>Case bundle (*.dchcase);;All files (*)</source>
        <translation>案件包 (*.dchcase);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="301"/>
        <source>Checking and importing “%1”…</source>
        <translation>正在检查并导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="304"/>
        <source>The import was cancelled. No case was added.</source>
        <translation>已取消导入，没有添加任何案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="308"/>
        <source>“%1” was added as a new case with %2 records.</source>
        <translation>已把“%1”作为新案件加入，共 %2 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="311"/>
        <source>This case bundle was not encrypted, so anyone could have changed it on the way. Its history can only be checked for internal consistency, which does not prove it was not changed.</source>
        <translation>这个案件包没有加密，所以在传递途中任何人都可能改动过它。对它的历史记录只能检查内部是否前后一致，这不能证明它没有被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="315"/>
        <source>Note: checking its history found %1 problem(s), as they were when it was exported. Use “Verify” on the case to see them.</source>
        <translation>注意：核对历史记录时发现 %1 处问题（导出时就已存在）。可以对这个案件使用“核对”查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/bundle_dialogs.py" line="318"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="50"/>
        <source>Import records from a file</source>
        <translation>从文件导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="65"/>
        <source>Choose a CSV or Excel (.xlsx) file. The first row must name the columns, in Chinese or English: 时间 (time), 方式 (channel), 号码 (number), 内容 (summary) and so on. Nothing is stored until you click Import, and then either every row is stored or none.</source>
        <translation>请选择 CSV 或 Excel（.xlsx）文件。第一行应是列名，中文或英文都可以：时间、方式、号码、内容等。点击“导入”之前不会保存任何内容；导入时要么全部保存，要么一条也不保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="71"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="97"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="100"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_page.py" line="56"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_page.py" line="61"/>
        <source>Rows of the file</source>
        <translation>文件中的各行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_page.py" line="78"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="121"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="123"/>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="133"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="142"/>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="145"/>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="147"/>
        <source>%1 rows: %2 can be imported, %3 with problems, %4 with warnings.</source>
        <translation>共 %1 行：%2 行可以导入，%3 行有问题，%4 行有提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="156"/>
        <source>Nothing has been stored yet. Click Import to add all %1 records to this case.</source>
        <translation>还没有保存任何内容。点击“导入”，把全部 %1 条记录加入这个案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="161"/>
        <source>Nothing can be imported until every problem below is corrected. Correct them in the file, save it and choose it again.</source>
        <translation>下面列出的问题全部改正之前无法导入。请在文件里改正，保存后重新选择这个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="169"/>
        <source>Problems and warnings: %1</source>
        <translation>问题和提醒：%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="171"/>
        <source>No problems or warnings.</source>
        <translation>没有问题，也没有提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="189"/>
        <source>Recognised columns: %1</source>
        <translation>识别的列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="191"/>
        <source>Unknown columns (their values will be added to the notes): %1</source>
        <translation>未识别的列（内容会附加到备注里）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="197"/>
        <source>Loans that match none of this case&apos;s loans (kept in the notes): %1</source>
        <translation>与本案件的贷款都对不上的贷款（保留在备注里）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_page.py" line="123"/>
        <source>Showing the first %1 of %2 rows. The list below has every problem.</source>
        <translation>只显示 %2 行中的前 %1 行；下面的列表列出了全部问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="219"/>
        <source>Importing %1 records…</source>
        <translation>正在导入 %1 条记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="226"/>
        <source>%1 records were imported.</source>
        <translation>已导入 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="229"/>
        <source>The loan of %1 records matched none of this case&apos;s loans; it is kept in their notes.</source>
        <translation>其中 %1 条记录的贷款与本案件的贷款都对不上，已保留在这些记录的备注里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="232"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="248"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>正在取消…不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="286"/>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>已取消导入，没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/import_dialog.py" line="290"/>
        <source>Sorry, something went wrong inside the app. Nothing was stored. Please try again; if it keeps happening, tell the legal-aid desk.</source>
        <translation>抱歉，软件内部出了问题，没有保存任何内容。请再试一次；如果一直出现，请告诉法律援助窗口的工作人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="29"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="30"/>
        <location filename="../../desktop/ui/importing/preview_model.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="31"/>
        <location filename="../../desktop/ui/importing/preview_model.py" line="40"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="32"/>
        <location filename="../../desktop/ui/importing/preview_model.py" line="42"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="33"/>
        <location filename="../../desktop/ui/importing/preview_model.py" line="48"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="34"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="41"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="43"/>
        <source>Who they said they were</source>
        <translation>对方自称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="44"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="45"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="46"/>
        <source>Who was contacted</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="47"/>
        <source>Debt disclosed</source>
        <translation>是否透露欠款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="49"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="52"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="53"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="54"/>
        <source>GBK/GB18030 (Excel on Chinese Windows)</source>
        <translation>GBK/GB18030（中文版 Excel 常用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/preview_model.py" line="55"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
</context>
<context>
    <name>KeyboardMapDialog</name>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="41"/>
        <source>Everywhere in the window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="42"/>
        <source>Quick hide: lock the case and hide the window at once</source>
        <translation>快速隐藏：立即锁定案件并隐藏窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="44"/>
        <source>Lock: hide this case&apos;s records until you continue</source>
        <translation>锁定：隐藏本案件的记录，直到你继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="46"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="47"/>
        <source>All cases: type a few letters of a name or note, then Enter opens it</source>
        <translation>所有案件：输入称呼或备注里的几个字，按回车键打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="49"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="50"/>
        <source>Go to the menu bar; then the arrow keys choose, Enter opens</source>
        <translation>进入菜单栏；再用方向键选择，按 Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="52"/>
        <source>Open the File, Settings or Help menu (the underlined letter)</source>
        <translation>打开“文件”“设置”或“帮助”菜单（菜单名后括号里的字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="54"/>
        <source>Next or previous tab (Case, Know your rights, Log, …)</source>
        <translation>下一个或上一个标签页（案件概况、了解权益、催收记录……）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="56"/>
        <source>Move to the next or previous field or button</source>
        <translation>移到下一个或上一个输入框或按钮</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="58"/>
        <source>Press the button, or tick the box, that has the focus</source>
        <translation>按下当前选中的按钮，或勾选当前选中的方框</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="61"/>
        <source>Log</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="62"/>
        <source>On a call now: start the live-call panel</source>
        <translation>正在接电话：打开接电话面板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="64"/>
        <source>New record (in the list of records)</source>
        <translation>新建记录（在记录列表中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="65"/>
        <source>Edit the chosen record (in the list)</source>
        <translation>编辑选中的记录（在列表中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="67"/>
        <source>Delete the chosen record, with a reason (in the list)</source>
        <translation>删除选中的记录，并写明原因（在列表中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="69"/>
        <source>Undo the last deletion</source>
        <translation>撤销刚才的删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="71"/>
        <source>Know your rights</source>
        <translation>了解权益</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="72"/>
        <source>Search the guidance</source>
        <translation>搜索指南内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="73"/>
        <source>Back to the topic read before</source>
        <translation>回到之前看的主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="74"/>
        <source>Forward again</source>
        <translation>再前进</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="76"/>
        <source>Record form and live-call panel</source>
        <translation>记录表单和接电话面板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="77"/>
        <source>Save (the live-call panel: end the call and save)</source>
        <translation>保存（接电话面板中：结束并保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="79"/>
        <source>Close (you are asked before anything typed is lost)</source>
        <translation>关闭（要丢掉已填写的内容之前，会先问你）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="96"/>
        <location filename="../../desktop/ui/keyboard_map.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="112"/>
        <source>Keys joined by + are pressed together; “or” between keys: either one.</source>
        <translation>用 + 连接的键要同时按下；键之间的“或”表示按其中任意一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/keyboard_map.py" line="121"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>LearnSearch</name>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="130"/>
        <source>Search, e.g. 110 or night</source>
        <translation>搜索，例如：110、夜间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="131"/>
        <source>Search all topics</source>
        <translation>搜索全部内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="139"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="220"/>
        <source>Nothing found for “%1”.

Try a shorter word or another way to say it, for example “night”, “family” or a phone number such as 12378.</source>
        <translation>没有找到“%1”。

试试更短的词，或者换个说法，比如“夜间”“家人”，也可以搜电话号码，比如12378。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="226"/>
        <source>Showing the first %1 places found. Type more words to narrow it down.</source>
        <translation>只显示前%1处。多输入几个字，可以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_search.py" line="233"/>
        <source>Places found: %1, in %2 of the topics.</source>
        <translation>找到%1处，分布在%2个主题里。</translation>
    </message>
</context>
<context>
    <name>LearnTab</name>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="100"/>
        <source>What to say on the phone</source>
        <translation>接电话时怎么说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="102"/>
        <source>Open the words you can use when a collector calls</source>
        <translation>打开接催收电话时可以照着说的话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="107"/>
        <source>Topics</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="122"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="125"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>回到上一页（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="127"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="130"/>
        <source>Forward again (Alt+Right)</source>
        <translation>再前进一页（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="131"/>
        <source>Save this topic as PDF…</source>
        <translation>把这一页存为PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="133"/>
        <source>Save this page as a PDF file to print or to keep</source>
        <translation>把这一页存成PDF文件，方便打印或留存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="145"/>
        <source>Topic text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="232"/>
        <source>That topic is not in this copy of the app.</source>
        <translation>这份应用里没有这一页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="276"/>
        <source>Last checked: %1. This is general information, not legal advice; for anything important, ask legal aid (12348) or a lawyer.</source>
        <translation>最后核对：%1。这是一般信息，不是法律意见；重要的事请打12348咨询法律援助，或者找律师。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="289"/>
        <source>The guidance texts are missing from this copy of the app, so there is nothing to show here. Everything else still works. Reinstalling the app should bring them back.</source>
        <translation>这份应用里缺少指南内容，所以这里没有可显示的。其他功能照常能用。重新安装应用一般就能恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="293"/>
        <source>This is general information, not legal advice.</source>
        <translation>这是一般信息，不是法律意见。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="315"/>
        <source>This app works offline and does not open web pages. The address is: %1</source>
        <translation>本应用不联网，不会打开网页。网址是：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="350"/>
        <source>Save this topic as PDF</source>
        <translation>把这一页存为PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="367"/>
        <source>Debt Call Helper — Know your rights</source>
        <translation>催收应对助手 — 了解权益</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="375"/>
        <source>The PDF was not saved.</source>
        <translation>PDF没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn/learn_tab.py" line="379"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="60"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="61"/>
        <source>English</source>
        <translation>英文（English）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="64"/>
        <source>Leave empty to sign by hand</source>
        <translation>留空则打印后手写签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="66"/>
        <source>Leave empty to leave it out</source>
        <translation>留空则不写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="71"/>
        <source>Language of the letter</source>
        <translation>信的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="72"/>
        <source>Sign with the name</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="73"/>
        <source>Phone for their reply</source>
        <translation>回复用的电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="76"/>
        <source>Before you send it: this letter admits that you owe the debt. A lender generally has 3 years to go to court for a debt (the limitation period, 诉讼时效), and admitting the debt, like the lender asking you to pay, starts those 3 years again. For most people that is fine, but it is not risk-free.</source>
        <translation>发送之前请注意：这封信承认了你欠这笔钱。贷款方一般要在3年内去法院要钱（这叫诉讼时效）；你承认欠款，和贷款方向你催要一样，都会让这3年从头算起。对大多数人来说这没有问题，但并不是毫无影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="87"/>
        <source>The letter&apos;s text</source>
        <translation>信件正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="88"/>
        <source>You changed the text by hand, so it no longer follows your answers. “Rebuild” starts again from them (your changes are kept only in saved versions).</source>
        <translation>你手动改过信的内容，所以它不再跟着你的回答自动更新。点“按我的回答重新生成”会从回答重新开始（你的修改只保留在已保存的版本里）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="94"/>
        <source>Rebuild from my answers</source>
        <translation>按我的回答重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="95"/>
        <source>Save this version</source>
        <translation>保存这一版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="97"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="99"/>
        <source>Complaint draft…</source>
        <translation>投诉草稿…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="115"/>
        <source>Show this version</source>
        <translation>查看这一版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="118"/>
        <source>Saved versions</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="209"/>
        <source>The letter is empty; there is nothing to save.</source>
        <translation>信是空的，没有可以保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="218"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="223"/>
        <source>Copied. Paste it into the lender&apos;s app, an email or a message.</source>
        <translation>已复制。可以粘贴到借款App、邮件或消息里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="228"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="231"/>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/letter_page.py" line="242"/>
        <source>Showing version %1. Edit it and save to make a new version.</source>
        <translation>正在显示第 %1 版。修改后保存会成为新的一版。</translation>
    </message>
</context>
<context>
    <name>LiveCallPanel</name>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="80"/>
        <source>On a call now</source>
        <translation>正在接电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="103"/>
        <source>Continue the unsaved call?</source>
        <translation>继续上次没保存的通话吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="105"/>
        <source>A call you started logging at %1 was not saved. Continue it? The timer counts from when that call started. Starting a new call deletes what was entered for that one.</source>
        <translation>你在 %1 开始记录的一通电话还没有保存。要继续记录吗？计时从那通电话开始时算起。如果开始新的通话，上次填写的内容会被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="109"/>
        <source>Continue that call</source>
        <translation>继续记录那通电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="110"/>
        <source>Start a new call</source>
        <translation>开始新的通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="123"/>
        <source>Call started at %1</source>
        <translation>通话开始于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="141"/>
        <source>Tick what they do or say</source>
        <translation>对方有这些行为就打勾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="144"/>
        <source>Notes: what they say, in their words</source>
        <translation>记录：对方说了什么（尽量用原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="158"/>
        <source>What you can say</source>
        <translation>你可以这样说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="173"/>
        <source>End and save</source>
        <translation>结束并保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="183"/>
        <source>Stop the timer and save this call (Ctrl+Enter)</source>
        <translation>停止计时并保存这通电话（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="184"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="209"/>
        <source>Number shown</source>
        <translation>显示的号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="210"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="211"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="212"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="217"/>
        <source>Who they said they were</source>
        <translation>对方自称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="218"/>
        <source>Not about a specific loan</source>
        <translation>不涉及具体贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="219"/>
        <source>Which loan</source>
        <translation>哪笔贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="284"/>
        <source>The notes could not be saved just now; keep the window open.</source>
        <translation>刚才没能保存草稿，请先不要关闭这个窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="313"/>
        <source>Close the call panel?</source>
        <translation>关闭通话记录窗口吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="314"/>
        <source>This call has not been saved. You can keep what you entered and continue later.</source>
        <translation>这通电话还没有保存。你可以先留着草稿，以后接着填。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="316"/>
        <source>Keep the draft for later</source>
        <translation>留着草稿，以后再填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="317"/>
        <source>Discard it</source>
        <translation>不要了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/live_call.py" line="318"/>
        <source>Go back to the call</source>
        <translation>回到通话</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="64"/>
        <source>Add a loan</source>
        <translation>添加贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="65"/>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="240"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="69"/>
        <source>Your loans (the letter is about the one chosen here)</source>
        <translation>你的贷款（协商信针对这里选中的那一笔）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="81"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="83"/>
        <source>The app you borrowed through, or type its name</source>
        <translation>借款用的App，也可以直接输入名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="86"/>
        <source>e.g. 重庆某某小额贷款有限公司</source>
        <translation>例如：重庆某某小额贷款有限公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="88"/>
        <source>The company that actually lent the money can differ from the app. Open the loan in the app and look for 借款协议 (loan agreement): the 贷款人 or 出资方 named there is who the letter goes to.</source>
        <translation>真正借钱给你的公司可能和App不是同一家。在App里打开这笔借款，找到“借款协议”：上面写的“贷款人”或“出资方”，就是协商信的收信人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="95"/>
        <source>Not chosen yet</source>
        <translation>还没选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="95"/>
        <source>A bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="96"/>
        <source>A consumer finance company (消费金融公司)</source>
        <translation>消费金融公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="97"/>
        <source>A micro-loan company, incl. online micro-loans (小额贷款公司)</source>
        <translation>小额贷款公司（含网络小贷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="98"/>
        <source>Other, or I don&apos;t know</source>
        <translation>其他，或者不知道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="102"/>
        <source>Look at the lender&apos;s name in the contract: “银行” means a bank, “消费金融” a consumer finance company, “小额贷款” a micro-loan company. It decides where a complaint goes.</source>
        <translation>看合同上贷款方的名字：有“银行”的是银行，有“消费金融”的是消费金融公司，有“小额贷款”的是小额贷款公司。投诉找谁，就看这一项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="106"/>
        <source>The debt itself is illegal (usury or illegal lending, 高利放贷/非法放贷)</source>
        <translation>这笔债本身不合法（高利放贷、非法放贷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="110"/>
        <source>Tick this only if you are sure the lender had no right to lend, e.g. a loan shark. An ordinary loan from a bank, consumer finance or micro-loan company is not an illegal debt, even if you are overdue. The letter cites the crime of collecting illegal debts only when this is ticked.</source>
        <translation>只有你确定对方根本没有放贷资格（比如放高利贷的人），才勾这一项。银行、消费金融公司、小额贷款公司的普通贷款，就算逾期了，也不是非法债务。只有勾了这一项，信里才会提“催收非法债务罪”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="118"/>
        <source>If you reported this lender&apos;s collectors to the police, the day you did. Keep the receipt (报警回执).</source>
        <translation>如果你为这家贷款方催收的事报过警，填报警的日期。报警回执要留好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="132"/>
        <source>Save this loan</source>
        <translation>保存这笔贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="142"/>
        <source>Lender brand (the app)</source>
        <translation>借款平台（App）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="143"/>
        <source>Lender named in the contract (贷款人/出资方)</source>
        <translation>合同上的贷款人/出资方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="145"/>
        <source>Kind of lender</source>
        <translation>贷款方类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="149"/>
        <source>Reported to the police on</source>
        <translation>报警日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="151"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="152"/>
        <source>Contract date</source>
        <translation>签合同日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="153"/>
        <source>Amount borrowed</source>
        <translation>借款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="154"/>
        <source>Amount actually received</source>
        <translation>实际到手金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="155"/>
        <source>Still owed: principal</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="156"/>
        <source>Still owed: interest</source>
        <translation>尚欠利息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="157"/>
        <source>Still owed: penalty interest</source>
        <translation>尚欠罚息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="158"/>
        <source>Still owed: fees</source>
        <translation>尚欠费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="159"/>
        <source>Overdue since</source>
        <translation>开始逾期的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="160"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="203"/>
        <source>owed %1</source>
        <translation>尚欠 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="238"/>
        <source>Remove this loan?</source>
        <translation>删除这笔贷款？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="239"/>
        <source>The loan disappears from this list. Records that mention it keep the link.</source>
        <translation>这笔贷款会从列表里消失。提到它的催收记录仍然保留关联。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="251"/>
        <source>New loan</source>
        <translation>新贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="251"/>
        <source>Change this loan</source>
        <translation>修改这笔贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="277"/>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="368"/>
        <source>Not saved yet</source>
        <translation>还没有保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="284"/>
        <source>This is more than the amount borrowed. Check both numbers: what arrives in your account is usually the same or less.</source>
        <translation>这个数比借款金额还多。请核对这两个数字：实际到账的钱一般等于或少于借款金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="311"/>
        <source>Some amounts need fixing before the loan can be saved.</source>
        <translation>有些金额需要改正后才能保存这笔贷款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="317"/>
        <source>Enter the app or the lender&apos;s name so you can tell this loan apart.</source>
        <translation>请填写App或贷款方的名称，方便区分这笔贷款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/loans_page.py" line="329"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="36"/>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="41"/>
        <source>No case is shown while the screen is locked. Records are kept safely.</source>
        <translation>锁定期间不显示任何案件。记录都安全地保存着。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="44"/>
        <source>Enter the passcode to continue:</source>
        <translation>请输入密码后继续：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="59"/>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="107"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="66"/>
        <source>This passcode is a privacy screen for a shared computer. It does not encrypt the files on the disk: anyone who can open the data folder can still read them.</source>
        <translation>这个密码只是共用电脑的隐私屏障，不会加密硬盘上的文件：能打开数据文件夹的人仍然能读到这些文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="73"/>
        <source>Forgot the passcode? The computer&apos;s administrator can reset it.</source>
        <translation>忘记密码了？请电脑管理员帮您重置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="107"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="143"/>
        <source>Too many wrong tries. Please wait 1 second.</source>
        <translation>输错次数太多，请等待 1 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="144"/>
        <source>Too many wrong tries. Please wait %1 seconds.</source>
        <translation>输错次数太多，请等待 %1 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="151"/>
        <source>Wrong passcode. Please try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/lock_screen.py" line="158"/>
        <source>You can try again now.</source>
        <translation>现在可以再试了。</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="29"/>
        <source>Search number, name, what was said…</source>
        <translation>搜索号码、姓名、说过的话…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="32"/>
        <source>All ways</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="37"/>
        <source>All loans</source>
        <translation>全部贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="38"/>
        <source>No loan given</source>
        <translation>未注明贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="43"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="43"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="43"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="44"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="44"/>
        <source>From … to …</source>
        <translation>从…到…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="60"/>
        <source>Search the records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="60"/>
        <source>Way of contact</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="61"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="61"/>
        <source>Dates</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="62"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="62"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="64"/>
        <source>Only with rule problems</source>
        <translation>只看有问题的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_filter.py" line="95"/>
        <source>The start date is after the end date: showing both swapped.</source>
        <translation>开始日期在结束日期之后，已按调换后的日期显示。</translation>
    </message>
</context>
<context>
    <name>LogSummary</name>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="28"/>
        <source>Contacts per day</source>
        <translation>每天的催收次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="29"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="30"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="71"/>
        <source>Recorded: %1 · at night (%7): %2 · contacts of other people: %3 (people named: %4)
First: %5 · Last: %6</source>
        <translation>共记录 %1 次 · 夜间（%7）%2 次 · 联系他人 %3 次（涉及 %4 人）
第一次：%5 · 最近一次：%6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="80"/>
        <source>By rule: %1</source>
        <translation>按问题统计：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_summary.py" line="82"/>
        <source>No rule problems found or marked yet.</source>
        <translation>目前还没有发现或标记的问题。</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="61"/>
        <source>On a call now (F2)</source>
        <translation>正在接电话（F2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="68"/>
        <source>New record (N)</source>
        <translation>新增记录（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="70"/>
        <source>Edit (Enter)</source>
        <translation>修改（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="71"/>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="72"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="73"/>
        <source>Open attachments</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="74"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="75"/>
        <source>Import from phone…</source>
        <translation>从手机导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="77"/>
        <source>Import calls, messages and recordings from a phone</source>
        <translation>从手机导入通话记录、短信和通话录音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="78"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="91"/>
        <source>Records</source>
        <translation>催收记录列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="124"/>
        <source>Summary</source>
        <translation>统计摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="138"/>
        <source>The record was deleted. It stays in the history.</source>
        <translation>记录已删除，仍保留在历史记录里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="139"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="145"/>
        <source>No contacts recorded yet. When a collector calls, click “On a call now”; to record an earlier call or message, click “New record”.</source>
        <translation>还没有催收记录。催收电话打来时，点“正在接电话”；要补记之前的电话或短信，点“新增记录”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="208"/>
        <source>These records name no loan, so the day&apos;s calls count as one unknown lender. If they came from different lenders, open each record and choose the loan.</source>
        <translation>这些记录没有选贷款，所以当天的来电都算作同一家“未标明的贷款方”。如果其实来自不同的贷款方，请打开每条记录，选上是哪笔贷款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="213"/>
        <source>They told someone you owe money, asked someone else to pay, contacted many people in one day, or kept on after being told to stop.</source>
        <translation>告诉别人你欠钱、让别人替你还钱、一天里找了很多人，或者人家说了别再打还继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="215"/>
        <source>You could be reached, yet they went to someone else; or a question about it is not answered yet (open the record to answer it).</source>
        <translation>你本来接得到电话，他们却去找别人；或者这件事还有问题没回答（打开这条记录就能回答）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="217"/>
        <source>You truly could not be reached and they asked someone once, politely. Industry standards generally allow this.</source>
        <translation>你确实联系不上，他们只礼貌地找过一次人。行业标准一般允许这样做。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="241"/>
        <source>%1 shown</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="320"/>
        <source>Deleted record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="321"/>
        <source>This record is deleted. Undo the deletion to edit it.</source>
        <translation>这条记录已删除。撤销删除后才能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="383"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="383"/>
        <source>This record has no attachments.</source>
        <translation>这条记录没有附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="409"/>
        <source>Export the log as CSV</source>
        <translation>把催收记录导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="420"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/log_tab.py" line="421"/>
        <source>%1 records were saved to %2</source>
        <translation>%1 条记录已保存到 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>No case is open. Click “New case” to start one.</source>
        <translation>现在没有打开的案件。点“新建案件”开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="84"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="96"/>
        <source>Load the &amp;sample case</source>
        <translation>载入示例案件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="102"/>
        <source>&amp;Backups of this case…</source>
        <translation>本案件的备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="107"/>
        <source>&amp;Export the case to a file…</source>
        <translation>导出案件到文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="113"/>
        <source>&amp;Import a case from a file…</source>
        <translation>从文件导入案件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="119"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="126"/>
        <source>Quick &amp;hide</source>
        <translation>快速隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="90"/>
        <source>&amp;All cases…</source>
        <translation>所有案件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="137"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="142"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘操作(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="147"/>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>Case</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <source>Know your rights</source>
        <translation>了解权益</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Log</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>Negotiate</source>
        <translation>协商还款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>This case is stored in: %1</source>
        <translation>本案件保存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>Some guidance could not be loaded</source>
        <translation>部分指南内容无法载入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>Some of the app&apos;s content files have problems; the rest works. Please tell the legal-aid desk.

%1</source>
        <translation>软件的部分内容文件有问题，其余功能正常。请告诉法律援助窗口的工作人员。

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Rename case</source>
        <translation>修改案件称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402"/>
        <source>Delete this case?</source>
        <translation>删除这个案件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="404"/>
        <source>Delete the case “%1” with all its records and evidence files from this computer? This cannot be undone.</source>
        <translation>要从这台电脑上删除案件“%1”及其全部记录和证据文件吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="407"/>
        <source>Delete the case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="451"/>
        <source>“%1” is archived and was closed. Its records are kept; find it under File → All cases.</source>
        <translation>“%1”已归档并已关闭。它的记录都保留着，可以在“文件 → 所有案件”中找到它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>Debt Call Helper</source>
        <translation>催收应对助手</translation>
    </message>
</context>
<context>
    <name>MarksBox</name>
    <message>
        <location filename="../../desktop/ui/log/marks_box.py" line="61"/>
        <source>More kinds of improper collection (%1)</source>
        <translation>更多不合规的催收行为（%1 项）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="17"/>
        <source>Something needs your attention</source>
        <translation>请留意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="42"/>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="37"/>
        <source>Sorry, something went wrong inside the app. What you saved before is safe. Please try again; if it keeps happening, tell the legal-aid desk.</source>
        <translation>抱歉，软件内部出了问题。之前保存的内容都还在。请再试一次；如果一直出现，请告诉法律援助窗口的工作人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="68"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="70"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/messages.py" line="75"/>
        <source>Choose a folder for the app&apos;s data</source>
        <translation>选择保存本软件数据的文件夹</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop/ui/negotiate/money_edit.py" line="39"/>
        <source>e.g. 1,234.50 or 1.5万</source>
        <translation>例如 1,234.50 或 1.5万</translation>
    </message>
</context>
<context>
    <name>NegotiateTab</name>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="45"/>
        <source>1. Your loans</source>
        <translation>1. 你的贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="46"/>
        <source>2. What it really costs</source>
        <translation>2. 真实成本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="47"/>
        <source>3. Your situation</source>
        <translation>3. 你的困难</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="48"/>
        <source>4. What you can afford</source>
        <translation>4. 收支情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="49"/>
        <source>5. Your plan</source>
        <translation>5. 还款计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="50"/>
        <source>6. The letter</source>
        <translation>6. 协商信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="79"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="88"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="89"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="96"/>
        <source>Ask the lender for a repayment plan you can keep. Negotiate only with the lender itself (its app, hotline or branch); never pay anyone to negotiate for you.</source>
        <translation>向贷款机构申请一个你能坚持下去的还款计划。只和贷款机构本身协商（它的App、客服电话或网点），不要花钱请任何人代为协商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/negotiate_tab.py" line="221"/>
        <source>Draft saved automatically at %1.</source>
        <translation>草稿已于 %1 自动保存。</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../desktop/ui/common/form_parts.py" line="204"/>
        <source>The same number without spaces, dashes or country code; the app uses it to match callers.</source>
        <translation>去掉空格、横线和国家区号后的同一个号码，用来判断是不是同一个来电者。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/ui/negotiate/optional_date.py" line="31"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/optional_date.py" line="34"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="43"/>
        <source>Set a passcode</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="44"/>
        <source>Change the passcode</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="45"/>
        <source>Remove the passcode</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="51"/>
        <source>Without a passcode, anyone at this computer can unlock the screen with “Continue”.</source>
        <translation>取消密码后，任何人在这台电脑上点“继续”就能解锁屏幕。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="56"/>
        <source>With a passcode the app starts locked, and it asks for the passcode before it shows any case again: at start-up and whenever the screen is locked. Use %1 to %2 characters; Chinese characters, letters, digits and symbols all work.</source>
        <translation>设置密码后，软件启动时就是锁定的；无论是刚启动还是锁定屏幕以后，都要先输入密码才会再显示案件。请用 %1 到 %2 个字符，汉字、字母、数字和符号都可以。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="67"/>
        <source>This passcode is a privacy screen for a shared computer. It does not encrypt the files on the disk: anyone who can open the data folder can still read them.</source>
        <translation>这个密码只是共用电脑的隐私屏障，不会加密硬盘上的文件：能打开数据文件夹的人仍然能读到这些文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="80"/>
        <source>Current passcode:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="82"/>
        <source>New passcode:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="83"/>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="116"/>
        <source>The two new passcodes are not the same. Please type it again.</source>
        <translation>两次输入的新密码不一样，请再输入一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="131"/>
        <source>The current passcode is not right.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/passcode_dialog.py" line="134"/>
        <source>Too many wrong tries. Please wait %1 seconds, then try again.</source>
        <translation>输错次数太多，请等待 %1 秒后再试。</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="78"/>
        <source>Import from phone</source>
        <translation>从手机导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="103"/>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="23"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="106"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="128"/>
        <source>How to make an export on the phone</source>
        <translation>如何在手机上做导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="136"/>
        <source>The how-to text is missing from this copy of the app. You can still choose an export below.</source>
        <translation>这份软件缺少操作说明文字。您仍然可以在下方选择导出的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="138"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="140"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="146"/>
        <source>You can also drag a file or folder onto this window.</source>
        <translation>也可以把文件或文件夹直接拖到这个窗口里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="153"/>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="156"/>
        <source>iPhone backups on this computer</source>
        <translation>这台电脑上的 iPhone 备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="157"/>
        <source>Read this backup</source>
        <translation>读取这个备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="195"/>
        <source>(encrypted: cannot be read)</source>
        <translation>（已加密，无法读取）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="201"/>
        <source>None found in the usual places.</source>
        <translation>在常用位置没有找到备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="216"/>
        <source>Back to the how-to</source>
        <translation>返回操作说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="244"/>
        <source>Numbers found on the phone</source>
        <translation>手机里找到的号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="264"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="265"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="266"/>
        <source>Add another export…</source>
        <translation>再添加一份导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="277"/>
        <source>Suggested marks for the selected number</source>
        <translation>所选号码的建议标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="297"/>
        <source>Choose the phone export</source>
        <translation>选择手机导出的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="298"/>
        <source>SMS Backup &amp; Restore files (*.xml);;Recordings (*.m4a *.mp3 *.amr *.aac *.wav *.3gp);;All files (*)</source>
        <translation>SMS Backup &amp; Restore 文件 (*.xml);;录音 (*.m4a *.mp3 *.amr *.aac *.wav *.3gp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="304"/>
        <source>Choose an iPhone backup or a recordings folder</source>
        <translation>选择 iPhone 备份或通话录音文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="340"/>
        <source>Reading “%1”… Nothing is stored while reading.</source>
        <translation>正在读取“%1”…读取时不会存入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="353"/>
        <source>Read so far: %1</source>
        <translation>已读取：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="357"/>
        <source>Nothing to import was found in what you chose.</source>
        <translation>在您选择的内容里没有找到可以导入的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="361"/>
        <source>Check that you chose the exported file or the backup folder itself.</source>
        <translation>请确认选择的是导出的文件本身，或备份文件夹本身。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="366"/>
        <source>%1 numbers: %2 calls, %3 messages, %4 recordings (%5 new, %6 already in this case). Nothing is stored until you click Import; only ticked numbers are imported.</source>
        <translation>%1 个号码：%2 次通话、%3 条短信、%4 个录音（%5 条是新的，%6 条已在本案件中）。点“导入”之前不会存入任何内容；只导入勾选的号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="375"/>
        <source>%1 recordings could not be given a number; they are not imported. Marked entries are explained in the last column.</source>
        <translation>有 %1 个录音认不出号码，不会导入。有标记的条目在最后一列说明原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="396"/>
        <source>No suggested marks for this number.</source>
        <translation>这个号码没有建议的标记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="399"/>
        <source>The texts of %1 contain these words. Tick a mark only if it is true; only ticked marks are stored.</source>
        <translation>%1 的短信里有下面这些词。只有符合事实时才勾选；只保存勾选的标记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="404"/>
        <source>%1 (the texts say “%2”)</source>
        <translation>%1（短信里写着“%2”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="419"/>
        <source>Import %1 records from %2 ticked numbers</source>
        <translation>导入勾选的 %2 个号码的 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="439"/>
        <source>Everything from the ticked numbers is already in this case. Nothing new to import.</source>
        <translation>勾选号码的记录都已经在本案件中，没有新的可导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="442"/>
        <source>Importing %1 records… The case is backed up first; if anything goes wrong, nothing is stored.</source>
        <translation>正在导入 %1 条记录…会先备份案件；如果中途出错，不会存入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="463"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>正在取消…不会存入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="490"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="506"/>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>导入已取消，没有存入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_dialog.py" line="509"/>
        <source>Sorry, something went wrong inside the app. Nothing was stored. Please try again; if it keeps happening, tell the legal-aid desk.</source>
        <translation>抱歉，软件内部出了问题，没有存入任何内容。请再试一次；如果一直这样，请告诉法律援助工作人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="24"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="25"/>
        <source>Why ticked</source>
        <translation>勾选原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="26"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="27"/>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="28"/>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="29"/>
        <source>Answered / missed</source>
        <translation>接听 / 未接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="30"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="31"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="32"/>
        <source>New / already in case</source>
        <translation>新的 / 已在案件中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="33"/>
        <source>Name on the phone</source>
        <translation>手机里的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="34"/>
        <source>Sample message</source>
        <translation>短信示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="35"/>
        <source>Marked entries</source>
        <translation>有标记的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="39"/>
        <source>already in this case</source>
        <translation>已在本案件中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="40"/>
        <source>service number (95xxx / 400 / 106)</source>
        <translation>服务号码（95xxx / 400 / 106）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="44"/>
        <source>date in 1970 (the phone&apos;s clock was wrong)</source>
        <translation>日期是 1970 年（手机时间有误）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="45"/>
        <source>date in the future</source>
        <translation>日期在未来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="46"/>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="47"/>
        <source>number withheld</source>
        <translation>号码未显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="48"/>
        <source>unknown kind of entry</source>
        <translation>无法识别的条目类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="49"/>
        <source>duration unreadable</source>
        <translation>通话时长无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="50"/>
        <source>draft or unsent message</source>
        <translation>草稿或未发出的短信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="51"/>
        <source>multimedia message (text only)</source>
        <translation>彩信（只保留文字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="52"/>
        <source>FaceTime or app call</source>
        <translation>FaceTime 或应用内通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="53"/>
        <source>message text unreadable</source>
        <translation>短信内容无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="54"/>
        <source>recording time taken from the file; please check</source>
        <translation>录音时间取自文件，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="55"/>
        <source>recording name read by an unconfirmed rule</source>
        <translation>录音文件名按未经证实的规则读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="56"/>
        <source>empty recording file</source>
        <translation>录音文件是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="57"/>
        <source>same recording twice</source>
        <translation>重复的录音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="58"/>
        <source>recording file unreadable</source>
        <translation>录音文件无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="86"/>
        <source>texts mention %1</source>
        <translation>短信提到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="87"/>
        <source>texts mention collection words</source>
        <translation>短信里有催收用语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/phone_groups_model.py" line="197"/>
        <source>Withheld number (no number shown)</source>
        <translation>未显示号码（无号码）</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="36"/>
        <source>Ask them to stop contacting my family, friends, colleagues and employer</source>
        <translation>请求对方不要再联系我的家人、朋友、同事和单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="38"/>
        <source>Ask them to waive the penalty interest and fees</source>
        <translation>请求对方减免罚息和费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="39"/>
        <source>Ask them to stop adding interest while I repay</source>
        <translation>请求对方在我还款期间停止计息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="96"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="97"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="99"/>
        <source>leave empty to split evenly</source>
        <translation>留空则平均分摊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="116"/>
        <source>Number of monthly instalments</source>
        <translation>分几期（每月一期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="117"/>
        <source>Monthly amount</source>
        <translation>每月还款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="118"/>
        <source>First payment on</source>
        <translation>第一期还款日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="122"/>
        <source>What you would like to ask for (optional)</source>
        <translation>你想提出的请求（可不选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="129"/>
        <source>These are requests. The lender may agree or refuse: no rule obliges an online lender to grant them, so the letter asks politely and claims nothing.</source>
        <translation>这些是请求，对方可以同意也可以拒绝：没有规定要求网贷机构必须答应，所以信里只是礼貌地提出请求，不主张权利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="152"/>
        <source>The full schedule</source>
        <translation>完整的还款计划表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="181"/>
        <source>Enter what the loan still owes in step 1; the plan repays that.</source>
        <translation>请在第1步填写这笔贷款还欠多少；还款计划就按这个总数来安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="184"/>
        <source>The plan repays what the loan still owes: %1.</source>
        <translation>这个计划偿还这笔贷款尚欠的全部金额：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="188"/>
        <source>The monthly amount does not read yet; see the message under it.</source>
        <translation>每月金额还看不懂，请看它下面的提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="193"/>
        <source>Choose the number of instalments and the first payment date to see the schedule.</source>
        <translation>选好期数和第一期日期，就能看到还款计划表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="208"/>
        <source>Fill in step 4 to check whether this plan fits your month.</source>
        <translation>填好第4步的收支，就能看看这个计划每月负担得起。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="129"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="131"/>
        <source>Hear this text read out by the computer&apos;s voice, sentence by sentence</source>
        <translation>用电脑的声音一句一句读出这段文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="132"/>
        <location filename="../../desktop/ui/common/read_aloud.py" line="288"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="134"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="138"/>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="140"/>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="140"/>
        <source>Normal speed</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="140"/>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="187"/>
        <source>There is no text here to read.</source>
        <translation>这里没有可以朗读的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="253"/>
        <source>Reading stopped: the computer&apos;s voice ran into a problem. Press “Read aloud” to try again.</source>
        <translation>朗读中断了：电脑的语音出了问题。可以再点一次“朗读”试试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="288"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="295"/>
        <source>This computer has no voice for reading aloud, so the text cannot be read out. Nothing else is affected; you can ask someone to read it with you.</source>
        <translation>这台电脑上没有可以朗读的语音，所以没法读出来。其他功能不受影响；可以请身边的人陪你一起读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="300"/>
        <source>This computer has no English voice. On Windows: Start → Settings → Time &amp; language → Speech → Add voices, choose English, then start this app again.</source>
        <translation>这台电脑没有英文语音。在 Windows 里添加：开始 → 设置 → 时间和语言 → 语音 → 添加语音，选择英语，装好后重新打开本软件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/read_aloud.py" line="302"/>
        <source>This computer has no Chinese voice, so Chinese text cannot be read out. On Windows: Start → Settings → Time &amp; language → Speech → Add voices, choose “Chinese (Simplified, China)”, then start this app again.</source>
        <translation>这台电脑没有中文语音，所以没法朗读中文。在 Windows 里添加：开始 → 设置 → 时间和语言 → 语音 → 添加语音，选择“中文(简体，中国)”，装好后重新打开本软件。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="187"/>
        <source>This case&apos;s file is damaged</source>
        <translation>这个案件的文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="198"/>
        <source>Case repaired</source>
        <translation>案件已修复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="198"/>
        <source>The case was repaired and all %1 records were kept. The damaged file was kept as “%2”.</source>
        <translation>案件已修复，%1 条记录全部保留。损坏的原文件保存为“%2”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="214"/>
        <source>This case&apos;s file is damaged and cannot be opened as it is, but all %1 records in it can still be read. Repair the case? The damaged file will be kept, not deleted.</source>
        <translation>这个案件的文件已损坏，无法直接打开，但里面的 %1 条记录都还能读出来。要修复这个案件吗？损坏的原文件会保留，不会删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="218"/>
        <source>Repair the case</source>
        <translation>修复案件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="221"/>
        <source>This case&apos;s file is damaged and cannot be opened. The damaged file will be kept, not deleted. Restore the case from the backup of %1 with %2 records?</source>
        <translation>这个案件的文件已损坏，无法打开。损坏的文件会被保留，不会删除。要从 %1 的备份（%2 条记录）恢复这个案件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="225"/>
        <source>Restore from the backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="202"/>
        <source>Case restored</source>
        <translation>案件已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/backups_dialog.py" line="202"/>
        <source>The case was restored from the backup of %1 (%2 records). The damaged file was kept as “%3”; anything recorded after that backup may need to be entered again.</source>
        <translation>已从 %1 的备份恢复了这个案件（%2 条记录）。损坏的文件保存为“%3”；那次备份之后记录的内容可能需要重新录入。</translation>
    </message>
</context>
<context>
    <name>RuleChipsDelegate</name>
    <message>
        <location filename="../../desktop/ui/log/rule_chips.py" line="94"/>
        <source>Found automatically: </source>
        <translation>自动发现：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/rule_chips.py" line="94"/>
        <source>You marked: </source>
        <translation>您标记的：</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="48"/>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="48"/>
        <source>Due on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/plan_page.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="43"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="60"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="61"/>
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="66"/>
        <source>Backups of this case…</source>
        <translation>本案件的备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk/settings_dialog.py" line="70"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../desktop/single_instance.py" line="185"/>
        <source>The app is already open — its window has been brought forward.</source>
        <translation>本软件已经打开了，已把它的窗口移到最前面。</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="24"/>
        <source>Lost my job</source>
        <translation>失业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="25"/>
        <source>My income fell</source>
        <translation>收入下降</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="26"/>
        <source>Illness (mine or family&apos;s)</source>
        <translation>疾病（自己或家人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="27"/>
        <source>A family crisis</source>
        <translation>家庭变故</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="28"/>
        <source>My business is struggling</source>
        <translation>经营困难</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="29"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="32"/>
        <source>Proof of job loss (termination notice)</source>
        <translation>失业证明（解除劳动合同证明）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="33"/>
        <source>Proof of income</source>
        <translation>收入证明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="34"/>
        <source>Bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="35"/>
        <source>Medical records and bills</source>
        <translation>病历和医疗费用单据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="36"/>
        <source>Papers about the family crisis</source>
        <translation>家庭变故的证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="37"/>
        <source>Papers showing the business trouble</source>
        <translation>经营困难的证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="38"/>
        <source>A written statement of my hardship</source>
        <translation>困难情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="39"/>
        <source>Copy of my ID card</source>
        <translation>身份证复印件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="55"/>
        <source>Why you cannot pay as agreed right now (tick all that apply)</source>
        <translation>现在为什么不能按原约定还款（可多选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="64"/>
        <source>In your own words, briefly and truthfully: what happened, since when, and what you are doing about it.</source>
        <translation>用你自己的话，简短、如实地写：发生了什么，从什么时候开始，你正在怎样应对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="67"/>
        <source>Papers that support what you say</source>
        <translation>能证明你情况的材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="69"/>
        <source>Lenders often ask for these. Tick the ones you have; you can link a file already kept in this case. Never send made-up or altered papers: that is itself against the law and spoils any agreement.</source>
        <translation>贷款机构常会要这些材料。勾选你已经有的；也可以关联本案里已经保存的文件。千万不要提供伪造或改过的材料：这本身就违法，还会让协商结果作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="75"/>
        <source>Tick the ones you have</source>
        <translation>勾选已有的材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="76"/>
        <source>File kept in this case (optional)</source>
        <translation>本案里保存的文件（可不选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="81"/>
        <source>Another paper (type what it is)</source>
        <translation>其他材料（写明是什么）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="85"/>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="112"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/negotiate/situation_page.py" line="134"/>
        <source>no file linked</source>
        <translation>未关联文件</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="34"/>
        <source>The text mentions words that may point to improper conduct. Confirm a mark only if it is true; dismissed suggestions are not shown again.</source>
        <translation>记录里有些词可能说明对方有不当行为。只有符合事实时才点“确认”；点“忽略”的建议不会再显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="64"/>
        <source>%1 — the text says “%2”</source>
        <translation>%1——记录里写着“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="66"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="68"/>
        <source>Confirm: %1</source>
        <translation>确认：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="69"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/suggestion_box.py" line="71"/>
        <source>Dismiss: %1</source>
        <translation>忽略：%1</translation>
    </message>
</context>
<context>
    <name>ThirdPartyEditor</name>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="39"/>
        <source>Name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="41"/>
        <source>Number (optional)</source>
        <translation>号码（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="42"/>
        <source>Told about the debt</source>
        <translation>被告知了欠款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="43"/>
        <source>Asked to pay</source>
        <translation>被要求代还</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="44"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="47"/>
        <source>Remove this person from the list</source>
        <translation>从列表中移除这个人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="82"/>
        <source>No one else is listed.</source>
        <translation>还没有添加其他人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/third_party_editor.py" line="89"/>
        <source>Add a person they contacted</source>
        <translation>添加一个被联系的人</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../desktop/ui/log/when_edit.py" line="36"/>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/when_edit.py" line="38"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log/when_edit.py" line="44"/>
        <source>This time is in the future. Please check the date and time; you can still save.</source>
        <translation>这个时间还没到。请核对日期和时间；也可以照常保存。</translation>
    </message>
</context>
</TS>
