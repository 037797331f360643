"""The Negotiate tab's steps (协商还款), one module each; :mod:`desktop.ui.negotiate.negotiate_tab` holds them.

Every page has the same small interface the tab relies on:

* ``changed`` — a signal: something the draft keeps was edited (the tab autosaves, debounced);
* ``load(draft, ui)`` — show a saved :class:`~desktop.domain.negotiation.NegotiationDraft`
  and the page's own ``ui`` dict (texts as typed, including ones that do not read yet);
* ``ui_state()`` — that dict, JSON-safe;
* ``refresh()`` — called when the page is shown, to catch up with the other steps.

A page that needs the other steps is given the tab as ``flow``, typed as
:class:`~desktop.ui.negotiate.flow.NegotiationFlow` (the questions it may ask).
"""
