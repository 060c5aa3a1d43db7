"""What the article list shows of an article's body."""

from __future__ import annotations

from reader.core.model import Article
from reader.core.page.shown import first_words


def test_first_words_keep_paragraphs_apart_and_stop_at_their_length() -> None:
    article = Article(index=0, title="全市春耕生产全面展开",
                      paragraphs=("本报记者 张三", "连日来，我市各地抓住晴好天气，组织农民开展春耕生产。"))
    assert first_words(article) == "本报记者 张三 连日来，我市各地抓住晴好天气，组织农民开展春耕生产。"
    assert first_words(article, 9) == "本报记者 张三 连…"
    assert first_words(Article(index=1, title="图片", paragraphs=())) == ""
