; Language strings for DebtCallHelper.nsi (Simplified Chinese first: it is the default).
; Saved as UTF-8 with a byte-order mark so makensis reads it as UTF-8 on every platform.
; Keep the tone calm and plain: people run this installer at a hard moment.

; --- names ---------------------------------------------------------------------------------
LangString AppTitle ${LANG_SIMPCHINESE} "催收应对助手"
LangString AppTitle ${LANG_ENGLISH} "Debt Call Helper"

; --- components page -------------------------------------------------------------------------
LangString SecProgramName ${LANG_SIMPCHINESE} "程序和开始菜单快捷方式（必需）"
LangString SecProgramName ${LANG_ENGLISH} "Program and Start-menu shortcut (required)"
LangString SecProgramDesc ${LANG_SIMPCHINESE} "安装程序文件，并在开始菜单中添加快捷方式。"
LangString SecProgramDesc ${LANG_ENGLISH} "Installs the program and adds it to the Start menu."
LangString SecDesktopName ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopDesc ${LANG_SIMPCHINESE} "在桌面上放一个快捷方式，方便打开。"
LangString SecDesktopDesc ${LANG_ENGLISH} "Puts a shortcut on the desktop so the program is easy to find."

; --- checks ------------------------------------------------------------------------------------
LangString MsgRunning ${LANG_SIMPCHINESE} "催收应对助手正在运行。$\r$\n$\r$\n请先关闭它（您的记录已自动保存），然后点击“重试”。"
LangString MsgRunning ${LANG_ENGLISH} "Debt Call Helper is running.$\r$\n$\r$\nPlease close it first (your records are saved automatically), then click Retry."
LangString MsgNeeds64 ${LANG_SIMPCHINESE} "本程序需要 64 位的 Windows 10（1809 版或更新）或 Windows 11。"
LangString MsgNeeds64 ${LANG_ENGLISH} "This program needs 64-bit Windows 10 (version 1809 or later) or Windows 11."
LangString MsgNeedsAdmin ${LANG_SIMPCHINESE} "/ALLUSERS（为所有用户安装）需要管理员权限。请以管理员身份运行，或去掉 /ALLUSERS 只为当前用户安装（不需要管理员权限）。"
LangString MsgNeedsAdmin ${LANG_ENGLISH} "/ALLUSERS (install for all users) needs administrator rights. Run it as an administrator, or leave out /ALLUSERS to install for this user only (no administrator rights needed)."
LangString MsgRemovingOld ${LANG_SIMPCHINESE} "正在移除旧版本的程序文件（您的数据会保留）……"
LangString MsgRemovingOld ${LANG_ENGLISH} "Removing the previous version's program files (your data is kept)…"

; --- uninstaller -------------------------------------------------------------------------------
LangString UnSecProgramName ${LANG_SIMPCHINESE} "程序和快捷方式"
LangString UnSecProgramName ${LANG_ENGLISH} "Program and shortcuts"
LangString UnSecProgramDesc ${LANG_SIMPCHINESE} "删除程序文件和快捷方式。"
LangString UnSecProgramDesc ${LANG_ENGLISH} "Removes the program files and shortcuts."
LangString UnSecDataName ${LANG_SIMPCHINESE} "同时删除我的全部记录和设置（不可恢复）"
LangString UnSecDataName ${LANG_ENGLISH} "Also delete all my records and settings (cannot be undone)"
LangString UnSecDataDesc ${LANG_SIMPCHINESE} "默认不勾选：您的案件、通话记录、证据和设置会保留在 %LOCALAPPDATA%\DebtCallHelper，以后重新安装可以继续使用。只有在确定不再需要、并已导出需要的文件后才勾选。"
LangString UnSecDataDesc ${LANG_ENGLISH} "Unticked by default: your cases, call records, evidence and settings stay in %LOCALAPPDATA%\DebtCallHelper, ready if you install again. Tick it only if you are sure you no longer need them and have exported what you need."
LangString UnMsgDataKept ${LANG_SIMPCHINESE} "您的数据已保留在："
LangString UnMsgDataKept ${LANG_ENGLISH} "Your data was kept in:"
LangString UnMsgDataDeleted ${LANG_SIMPCHINESE} "已删除您的数据："
LangString UnMsgDataDeleted ${LANG_ENGLISH} "Your data was deleted:"
