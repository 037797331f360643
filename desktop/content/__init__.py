"""Loads and checks ``resources/`` (sources, rules, rate lines, guidance, letter blocks, budget categories,
the sample case) into domain records, and renders and searches topics.

No Qt here, and no store: ``content`` only reads (the composition root stores the sample case).
Each name is imported from the module that defines it (``loader``, ``render``, ``search``,
``model``, ``sample_case``); this package re-exports nothing. Typical use::

    content, problems = loader.load_content(paths.resources_dir())
    for p in problems: log.warning(p.message("en"))
    page = render.topic_markdown(content, "call_script", "zh_CN")
    hits = search.search(content, "zh_CN", "验证码")
    blocks = content.letter_blocks("negotiation", "zh_CN")   # read on first use
"""
