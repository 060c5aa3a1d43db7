"""Dubao 读报: a desktop reader for Chinese newspaper pages.

Importing ``reader`` loads nothing heavy (no Qt, jieba or OpenCC); those load
where they are used.
"""

__version__ = "0.1.0"
APP_NAME = "Dubao"
APP_ID = "dubao"
