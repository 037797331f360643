"""催收应对助手 / Debt Call Helper — an offline desktop helper for people facing debt collection."""

__version__ = "0.1.0"
APP_NAME = "DebtCallHelper"
ORG_NAME = "DebtCallHelper"
