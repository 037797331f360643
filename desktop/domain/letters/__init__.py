"""Letters built by pure functions: the negotiation letter (协商还款申请) and the complaint.

House style §10: a letter is a pure function of its inputs and of paragraph
blocks chosen by id; the blocks (``resources/letters/<lang>/<kind>.toml``) are
text with ``{placeholders}`` and hold no logic. :data:`SCHEMAS` is the contract
between the two: for each letter kind, every block id the builder may use and
the placeholders it fills in. :func:`.blocks.parse_blocks` refuses a file that lacks a
block, has an unknown one, or uses a placeholder the builder does not fill, so
no ``{placeholder}`` can reach a letter. User text is inserted as a value and
is never itself parsed as a template.

Wording rules the blocks follow (checked by the tests): the negotiation letter
acknowledges the debt, asks — never claims rights — and threatens nothing. The
complaint says "可能违反《…》" only for rules backed by law (:attr:`Rule.strength`
is ``"law"``), and "不符合…行业标准或自律规范" for rules backed only by
standards and self-regulation; it never calls those "违法".

The package: :mod:`.blocks` (the block schemas and checking a read file),
:mod:`.common` (the :class:`Letter` and paragraphs both letters share),
:mod:`.negotiation_letter` and :mod:`.complaint`.
"""
