"""Loads and checks ``resources/`` (sources, rules, rate lines, guidance) and renders and searches topics.

No Qt here. Each name is imported from the module that defines it (``loader``, ``render``,
``search``, ``model``); this package re-exports nothing. Typical use::

    content, problems = loader.load_content(paths.resources_dir())
    for p in problems: log.warning(p.message("en"))
    page = render.topic_markdown(content, "call_script", "zh_CN")
    hits = search.search(content, "zh_CN", "验证码")
"""
