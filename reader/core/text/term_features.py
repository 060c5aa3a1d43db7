"""What the key-term ranker knows about each candidate term of an article.

Candidates (folded) are the words that could name a topic (two characters or
more, not a number, not a stop word, not two characters jieba's HMM glued
together once: :func:`is_fragment`), plus three kinds jieba's cut hides:

- the words a long dictionary word is made of (疫情防控 also gives 疫情 and
  防控; 图书馆 gives 图书, not 书馆), because a headline may use the short form;
- two words that follow each other twice or more (流浪 地球 → 流浪地球);
- a short phrase in quotation or book-title marks (“三张牌”, 《教师法》).

Each candidate gets the numbers of :data:`FEATURES`, all from the text itself
and jieba's dictionary and IDF table: how often it occurs (alone, inside longer
words), how rare it is in Chinese at large, how far apart its first and last
occurrence are, whether it is quoted, how early it comes, whether it looks like
a person's name, how common its characters are in the text.
:mod:`reader.core.text.keywords` weighs them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

#: The order of the numbers in a feature vector (see :func:`feature_vector`).
FEATURES = (
    "log_alone",  # log(1 + occurrences as a word of its own)
    "log_count",  # log(all occurrences: alone, inside longer words, as a pair, quoted)
    "log_inside",  # log(1 + occurrences inside longer words)
    "idf",  # jieba's IDF (or the blend with the user's pages); the median when unknown
    "idf_unknown",  # 1 when jieba's IDF table does not know the word
    "span",  # distance from the first to the last occurrence, as a share of the text
    "quoted",  # share of occurrences inside quotation marks
    "compound",  # 1 for two words that follow each other twice or more
    "quoted_phrase",  # 1 for a short phrase in quotation or book-title marks
    "log_first_sentence",  # log(1 + occurrences in the first sentence)
    "early",  # log(1 + how many of the first three sentences have it)
    "name",  # looks like a person's name: unknown word, 2-3 ideographs, a surname first
    "latin",  # has a character that is not an ideograph
    "two_chars",  # 1 for a two-character word
    "spread",  # share of paragraphs that have it
    "first_pos",  # where it first occurs, as a share of the text
    "char_freq",  # mean log(1 + count in the text) of its characters
    # Headline counts: the user's library (:class:`reader.core.text.document_frequencies.
    # DocumentFrequencies`) once it has enough headlines, else the shipped table:
    "title_prior",  # log((headlines with it + 0.5) / (articles with it + 2))
    "log_titles",  # log(1 + headlines with it)
)
#: The headline features of a word no headline count knows.
NO_LIBRARY = (math.log(0.5 / 2), 0.0)

#: Common surnames (the most frequent ~120 of the Hundred Family Surnames list).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
)
_SENTENCE_ENDS = frozenset("。!?;！？；\n")
_OPEN_QUOTES = frozenset("“「『《")
_CLOSE_QUOTES = frozenset("”」』》")
_QUOTED = re.compile(r"[“「『《]([^“”「」『』《》,，。!?！？、;；:：\s]{2,10})[”」』》]")
#: Longest pair of words taken as one term.
_MAX_COMPOUND = 8
#: Longest term (a run of letters or digits without a break is not a term).
MAX_TERM = 24
# Numbers, dates, amounts, percentages, ordinals: 2019年, 3月, 1.5亿元, 第三, 30%.
_NUMERIC = re.compile(
    r"^(?:第)?[\d０-９.．,，%％零〇一二三四五六七八九十百千万亿两半几多余]+"
    r"(?:年|月|日|号|时|点|分|秒|天|周|岁|人|名|个|家|次|项|件|座|所|条|亿元|万元|元|亿|万"
    r"|千米|公里|米|吨|斤|亩|平方米|倍|成|届|期|批|户|辆|台|份|篇|部|位|节|层|类|种|轮"
    r"|人次|万人次|亿人次|公斤|千克|克|小时|分钟|平方公里|美元|欧元|港元)?$"
)
_WORDLIKE = re.compile(r"\w")


def is_folded_term(word: str) -> bool:
    """Could the folded *word* name a topic: two to :data:`MAX_TERM` characters,
    has a letter or ideograph, and is not a bare number, date or amount."""
    return (2 <= len(word) <= MAX_TERM and word.strip() == word
            and _WORDLIKE.search(word) is not None and not _NUMERIC.match(word))


def is_cjk(word: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in word)


def is_fragment(word: str, occ: Occurrences, frequency: int) -> bool:
    """Two ideographs jieba's dictionary does not know, seen once and not
    starting with a surname: its HMM glued them together (上要, 利说, 于今)."""
    return (len(word) == 2 and occ.count == 1 and frequency == 0
            and word[0] not in SURNAMES and is_cjk(word))


@dataclass(slots=True)
class Occurrences:
    """Where one candidate occurs in an article."""

    first: int
    last: int
    alone: int = 0
    inside: int = 0
    paired: int = 0
    quoted_phrase: int = 0
    in_quotes: int = 0
    in_first_sentence: int = 0
    early_sentences: int = 0
    sentences: set[int] = field(default_factory=set)
    paragraphs: set[int] = field(default_factory=set)

    @property
    def count(self) -> int:
        return self.alone + self.inside + self.paired + self.quoted_phrase


@dataclass
class ArticleTerms:
    """The candidates of one article (folded word → where it occurs) and what
    the features need to know about the article as a whole."""

    terms: dict[str, Occurrences]
    length: int
    paragraphs: int
    char_weights: dict[str, float]  # ideograph → log(1 + its count in the text)


def collect(
    folded: str,
    words: Sequence[str],
    is_candidate: Callable[[str], bool],
    frequency: Mapping[str, int],
    parts: Callable[[str], list[str]],
) -> ArticleTerms:
    """The candidates of the article whose folded text is *folded*, cut into
    *words* (folded; they join up to *folded*); *parts* cuts a dictionary word
    into the words it is made of (:meth:`Segmenter.parts
    <reader.core.text.words.Segmenter.parts>`)."""
    terms: dict[str, Occurrences] = {}

    def add(word: str, start: int, sentence: int, paragraph: int, quoted: bool) -> Occurrences:
        occ = terms.get(word)
        if occ is None:
            occ = terms[word] = Occurrences(start, start)
        elif start < occ.first:
            occ.first = start
        elif start > occ.last:
            occ.last = start
        if sentence not in occ.sentences:
            occ.sentences.add(sentence)
            occ.early_sentences += sentence < 3
        occ.paragraphs.add(paragraph)
        occ.in_quotes += quoted
        occ.in_first_sentence += sentence == 0
        return occ

    sentence = paragraph = pos = quotes = 0
    pairs: dict[str, list[tuple[int, int, int, bool]]] = {}
    previous: str | None = None
    for word in words:
        if word in _OPEN_QUOTES:
            quotes += 1
        elif word in _CLOSE_QUOTES:
            quotes = max(0, quotes - 1)
        if is_candidate(word):
            add(word, pos, sentence, paragraph, quotes > 0).alone += 1
            if len(word) >= 3 and frequency.get(word) and is_cjk(word):
                start = pos
                for inner in parts(word):
                    if len(inner) >= 2 and is_candidate(inner):
                        add(inner, start, sentence, paragraph, quotes > 0).inside += 1
                    start += len(inner)
            if previous is not None and len(previous) + len(word) <= _MAX_COMPOUND:
                place = (pos - len(previous), sentence, paragraph, quotes > 0)
                pairs.setdefault(previous + word, []).append(place)
            previous = word
        else:
            previous = None
        pos += len(word)
        if word in _SENTENCE_ENDS:
            sentence += 1
            paragraph += word == "\n"
    for pair, places in pairs.items():
        if len(places) >= 2:
            for place in places:
                add(pair, *place).paired += 1
    for start, phrase in quoted_phrases(folded):
        occ = terms.get(phrase)
        if occ is not None:
            occ.quoted_phrase = occ.quoted_phrase or 1
        elif is_candidate(phrase):
            add(phrase, start, 1, 1, True).quoted_phrase += 1
    char_weights = {ch: math.log1p(n) for ch, n in Counter(folded).items()
                    if "\u3400" <= ch <= "\u9fff"}
    return ArticleTerms(terms, max(1, pos), paragraph + 1, char_weights)


def quoted_phrases(folded: str) -> list[tuple[int, str]]:
    """Each short phrase in quotation or book-title marks, with where it starts."""
    return [(match.start(1), match.group(1)) for match in _QUOTED.finditer(folded)]


def feature_vector(
    word: str,
    occ: Occurrences,
    article: ArticleTerms,
    idf: float,
    idf_known: bool,
    frequency: int,
    library: tuple[float, float] = NO_LIBRARY,
) -> list[float]:
    """The numbers of :data:`FEATURES` for *word* (*frequency*: its count in
    jieba's dictionary, 0 when unknown; *library*: the last two, see
    :func:`library_features`)."""
    count = occ.count
    cjk = is_cjk(word)
    unknown_cjk = cjk and frequency == 0
    chars = article.char_weights
    return [
        math.log1p(occ.alone),
        math.log(count),
        math.log1p(occ.inside),
        idf,
        0.0 if idf_known else 1.0,
        (occ.last - occ.first) / article.length,
        occ.in_quotes / count,
        1.0 if occ.paired else 0.0,
        1.0 if occ.quoted_phrase else 0.0,
        math.log1p(occ.in_first_sentence),
        math.log1p(occ.early_sentences),
        1.0 if unknown_cjk and word[0] in SURNAMES and len(word) in (2, 3) else 0.0,
        0.0 if cjk else 1.0,
        1.0 if len(word) == 2 else 0.0,
        len(occ.paragraphs) / article.paragraphs,
        occ.first / article.length,
        sum(chars.get(ch, 0.0) for ch in word) / len(word),
        *library,
    ]


def library_features(in_titles: int, in_articles: int) -> tuple[float, float]:
    """How often the user's paper heads an article that has a word with a
    headline that has it: *in_titles* headlines and *in_articles* articles
    of the library have it."""
    return math.log((in_titles + 0.5) / (in_articles + 2)), math.log1p(in_titles)
