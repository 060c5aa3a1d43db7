"""Every user action as a small function, one module per category.

Each module holds the commands of one :class:`reader.actions.Category`
(``articles``, ``pages``, ``find``, ``search``, ``text``, ``terms``,
``library``, ``files``, ``application``), each declared once at its handler
with :func:`reader.ui.commands.registry.command`, plus the operations the
window's widgets start (a row clicked, a term typed) and the handlers of the
services' answers.  :mod:`showing` holds what they share: selecting an
article, refreshing the list, the highlights.  :class:`runner.CommandRunner`
is the one entry point: it runs each of them with one error boundary and
tells the window what changed.
"""
