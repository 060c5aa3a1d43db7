"""How readers of Traditional script (Taiwan, Hong Kong) say what the interface's
Simplified texts say, where more than the characters differ: used by
``make_translations.py`` when it writes the zh_TW and zh_HK translations."""

from __future__ import annotations

from reader.strings import Tr

#: How readers of Traditional script (Taiwan, Hong Kong) say what the Simplified
#: texts say, where more than the characters differ: phrases replaced in the
#: Simplified text before OpenCC converts it (``s2twp`` already turns 文件 into
#: 檔案, 默认 into 預設, 打印 into 列印 …), longest first.
TRADITIONAL_WORDING: tuple[tuple[str, str], ...] = (
    ("第一处匹配", "第一个相符处"),
    ("版面文本", "版面文字档"),
    ("文本文件", "文字档"),
    ("纯文本", "纯文字"),
    ("首选项", "偏好设定"),
    ("快捷键", "快速键"),
    ("关键词", "关键字"),
    ("下划线", "底线"),
    ("一屏", "一个画面"),
    ("简繁", "繁简"),      # Traditional readers name their own script first
    ("查找", "寻找"),      # OpenCC makes it 查詢, which reads as a database query
    ("高亮", "标示"),
    ("当前", "目前"),
    ("滚动", "卷动"),
    ("列表", "清单"),
    ("分词", "断词"),
    ("字号", "字级"),
    ("出错", "发生错误"),
    ("只读", "唯读"),
    ("访问", "存取"),
    ("文本编码", "文字编码"),
)
#: And after conversion: what OpenCC's Taiwan phrases get wrong for a reader.
TRADITIONAL_FIXES: tuple[tuple[str, str], ...] = (
    ("許可權", "權限"),    # s2twp's IT term; a reader says 權限
    ("麵板", "面板"),      # 面 is a face here, not noodles
    ("“", "「"),          # Traditional typography quotes in corner brackets
    ("”", "」"),
)
#: Whole messages written for Traditional readers directly (group, English).
TRADITIONAL_MESSAGES: dict[tuple[Tr, str], str] = {
    (Tr.CATEGORIES, "Application"): "應用程式",
}

