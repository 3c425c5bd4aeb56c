"""The goal conversation (``goals conversation``): one person's page since the last talk.

``model.py`` builds it from the report's model and the history (the window since the person's
last recorded talk, a tag read through ``history``); ``sections.py`` is the page in the page's
language, drawn by ``formats.py`` with the report's drawers (text, Markdown, HTML) or written as
JSON.
"""
