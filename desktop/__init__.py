"""催收应对助手 / Debt Call Helper — an offline desktop helper for people facing debt collection."""

__version__ = "0.1.0"
APP_NAME = "DebtCallHelper"
# Empty on purpose: Qt puts data under <organisation>/<application>, and the data folder
# must be %LOCALAPPDATA%\\DebtCallHelper, not DebtCallHelper\\DebtCallHelper.
ORG_NAME = ""
