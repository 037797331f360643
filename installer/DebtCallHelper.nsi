; 催收应对助手 / Debt Call Helper — Windows installer (NSIS 3, Unicode, Modern UI 2).
;
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=<repo>/dist/DebtCallHelper [-DOUTDIR=<repo>/dist] installer/DebtCallHelper.nsi
;   → dist/DebtCallHelper-0.1.0-setup.exe
;
; makensis works in this script's folder: give SOURCE_DIR and OUTDIR as absolute paths (or
; relative to installer/). tools/wine_install_test.sh and .github/workflows/windows.yml do.
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\DebtCallHelper;
; Simplified Chinese (default) and English; Start-menu shortcut, optional desktop shortcut;
; upgrade in place; the uninstaller keeps the user's data (%LOCALAPPDATA%\DebtCallHelper)
; unless asked to delete it.
;
; Command-line switches (for IT staff):
;   installer:   /S  silent         /D=C:\path (last, unquoted)   /NODESKTOP  no desktop shortcut
;                /ALLUSERS  install for every user into Program Files (run from an elevated prompt)
;   uninstaller: /S  silent         /DELETEDATA  also delete the data of the user running it
;                /ALLUSERS  (written into UninstallString automatically for an all-users install)
; Exit codes: 0 done, 1 cancelled, 2 aborted (e.g. the program was running), 4 unsupported
; Windows, 740 /ALLUSERS without administrator rights.
;
; Saved as UTF-8 with a byte-order mark (makensis then reads it as UTF-8 on any platform).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64
SetDatablockOptimize on
CRCCheck on

; --- what is being packaged ------------------------------------------------------------------
!ifndef VERSION
  !error "Pass the app's version: makensis -DVERSION=x.y.z -DSOURCE_DIR=dist/DebtCallHelper installer/DebtCallHelper.nsi"
!endif
!ifndef SOURCE_DIR
  !error "Pass the PyInstaller one-folder build, as an absolute path: -DSOURCE_DIR=<repo>/dist/DebtCallHelper"
!endif
!ifndef OUTDIR
  !define OUTDIR "../dist"
!endif
!ifndef VERSION_QUAD  ; Windows wants four numbers; the build scripts pass it, this is a fallback for x.y.z
  !searchparse /noerrors "${VERSION}" "" _VMAJOR "." _VMINOR "." _VPATCH
  !define VERSION_QUAD "${_VMAJOR}.${_VMINOR}.${_VPATCH}.0"
!endif

!define APP_ID "DebtCallHelper"          ; folder, registry key, data folder: never translated
!define EXE "DebtCallHelper.exe"
!define DISPLAY_NAME "催收应对助手 Debt Call Helper"
!define SHORTCUT "催收应对助手 Debt Call Helper"   ; both names, so Windows search finds either
!define PUBLISHER "Debt Call Helper project"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define UNINSTALLER "uninstall.exe"

!if ! /FileExists "${SOURCE_DIR}/${EXE}"
  !error "${SOURCE_DIR}/${EXE} not found: build with PyInstaller first (python -m PyInstaller build.spec)"
!endif

; A 64-bit installer where makensis has the amd64 stubs (Debian's nsis; lets wine64 test it),
; else the usual 32-bit one (the official Windows NSIS). Both write the 64-bit registry view
; and install the same files.
!ifndef TARGET
  !if /FileExists "${NSISDIR}/Stubs/lzma_solid-amd64-unicode"
    !define TARGET "amd64-unicode"
  !else
    !define TARGET "x86-unicode"
  !endif
!endif
Target ${TARGET}

Name "$(AppTitle)"
OutFile "${OUTDIR}/${APP_ID}-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
BrandingText "${DISPLAY_NAME} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include Sections.nsh
!include x64.nsh
!include WinVer.nsh

Var AllUsers      ; 1 with /ALLUSERS
Var DefaultDir    ; the per-user default, to tell whether /D= was given
Var PrevDir       ; where a previous version is installed ("" if none)

; --- pages ---------------------------------------------------------------------------------------
!define MUI_ICON "../resources/icons/app.ico"
!define MUI_UNICON "../resources/icons/app.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS   ; the "also delete my data" box, unticked
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system's language is neither of these.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include "strings.nsh"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${DISPLAY_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Apache-2.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${DISPLAY_NAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Apache-2.0"

; --- shared helpers --------------------------------------------------------------------------------

; The program's own files in DIR: the exe, PyInstaller's _internal folder and the uninstaller.
; Only these are removed — never the whole folder, in case someone installed into a folder
; that holds other things. The user's data is never here (it is in %LOCALAPPDATA%).
!macro RemoveProgramFiles DIR
  Delete "${DIR}\${EXE}"
  RMDir /r "${DIR}\_internal"
  Delete "${DIR}\${UNINSTALLER}"
  RMDir "${DIR}"   ; only if now empty
!macroend

; Stop if the program in the folder on the stack is running. The app has no named mutex, so
; try to open its exe for writing with no sharing: Windows refuses that for a running image.
!macro DefineEnsureNotRunning PREFIX
Function ${PREFIX}EnsureNotRunning
  Exch $R0
  Push $R1
  retry:
    ${If} ${FileExists} "$R0\${EXE}"
      System::Call 'kernel32::CreateFileW(w "$R0\${EXE}", i 0x40000000, i 0, p 0, i 3, i 0x80, p 0) p .R1'
      ${If} $R1 = -1
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY retry
        DetailPrint "$(MsgRunning)"
        SetErrorLevel 2
        Abort
      ${EndIf}
      System::Call 'kernel32::CloseHandle(p R1)'
    ${EndIf}
  Pop $R1
  Pop $R0
FunctionEnd
!macroend
!insertmacro DefineEnsureNotRunning ""
!insertmacro DefineEnsureNotRunning "un."

; --- installer -------------------------------------------------------------------------------------

Section "$(SecProgramName)" SecProgram
  SectionIn RO

  ; Upgrade in place: the old program files go first (the data stays where it is).
  ${If} $PrevDir != ""
  ${AndIf} $PrevDir != $INSTDIR
  ${AndIf} ${FileExists} "$PrevDir\${EXE}"
    Push $PrevDir
    Call EnsureNotRunning
    DetailPrint "$(MsgRemovingOld) $PrevDir"
    !insertmacro RemoveProgramFiles "$PrevDir"
  ${EndIf}
  Push $INSTDIR
  Call EnsureNotRunning
  ${If} ${FileExists} "$INSTDIR\${EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\_internal\*.*"
    DetailPrint "$(MsgRemovingOld) $INSTDIR"
    !insertmacro RemoveProgramFiles "$INSTDIR"
  ${EndIf}
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; CreateShortcut takes the working folder from SetOutPath above.
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; "Apps & features" entry (HKCU, or HKLM with /ALLUSERS)
  StrCpy $R0 ""
  ${If} $AllUsers == 1
    StrCpy $R0 " /ALLUSERS"
  ${EndIf}
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"$R0'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S$R0'
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $R1 $R2 $R3
  IntFmt $R1 "0x%08X" $R1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$R1"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; (the init functions come after the sections: they refer to the section indexes)
Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY

  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 17763   ; Qt 6 needs Windows 10 1809 or later
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNeeds64)" /SD IDOK
    SetErrorLevel 4
    Quit
  ${EndIf}

  StrCpy $DefaultDir "$LOCALAPPDATA\Programs\${APP_ID}"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(MsgNeedsAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    SetShellVarContext all   ; Start menu, desktop and SHCTX (HKLM) for everyone
    ${If} $INSTDIR == $DefaultDir
      StrCpy $DefaultDir "$PROGRAMFILES64\${APP_ID}"
      StrCpy $INSTDIR $DefaultDir
    ${EndIf}
  ${EndIf}

  ; Upgrade: go where the previous version is, unless /D= says otherwise.
  ReadRegStr $PrevDir SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $PrevDir != ""
  ${AndIf} $INSTDIR == $DefaultDir
    StrCpy $INSTDIR $PrevDir
  ${EndIf}

  ; Desktop shortcut: ticked, except with /NODESKTOP or when the user removed it after
  ; installing an earlier version.
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${ElseIf} $PrevDir != ""
  ${AndIfNot} ${FileExists} "$DESKTOP\${SHORTCUT}.lnk"
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; --- uninstaller -----------------------------------------------------------------------------------

Section "un.Program" UnSecProgram
  SectionIn RO
  Push $INSTDIR
  Call un.EnsureNotRunning
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  !insertmacro RemoveProgramFiles "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

; Unticked unless the user ticks it or passes /DELETEDATA. The data belongs to the user
; running the uninstaller, also after an all-users install.
Section /o "un.Data" UnSecData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_ID}"
  DetailPrint "$(UnMsgDataDeleted) $LOCALAPPDATA\${APP_ID}"
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${EndIf}
SectionEnd

Section "-un.Report"
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    SetShellVarContext current
    DetailPrint "$(UnMsgDataKept) $LOCALAPPDATA\${APP_ID}"
  ${EndIf}
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "$(UnSecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UnSecDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
    SetShellVarContext all
  ${EndIf}
  ReadRegStr $R1 SHCTX "${UNINST_KEY}" "InstallerLanguage"
  ${If} $R1 != ""
    StrCpy $LANGUAGE $R1
  ${EndIf}
  SectionSetText ${UnSecProgram} "$(UnSecProgramName)"
  SectionSetText ${UnSecData} "$(UnSecDataName)"
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
