"""The window's messages about problems (group ``errors`` of
:mod:`reader.strings`), in English with their Simplified Chinese, and the names
the messages give the settings a damaged ``settings.json`` loses (pure: no Qt)."""

from __future__ import annotations

#: Each setting (as ``settings.json`` names it) → what a message about a damaged
#: one calls it (a source text of group ``errors``).
SETTING_NAMES: dict[str, str] = {
    "pages": "the open pages",
    "current_page": "the page being read",
    "current_article": "the article being read",
    "scroll": "the place in the article",
    "script": "the script shown",
    "text_size": "the text size",
    "highlight": "highlighting on or off",
    "watch": "the watch-list",
    "recent": "the recent pages",
    "geometry": "the window's size and place",
    "window_state": "the window's layout",
    "splitter": "the widths of the lists",
    "pending_marks": "read and star marks not yet saved",
}

ERRORS: dict[str, str] = {
    "Something went wrong while %1: %2": "%1时出错：%2",
    "“%1” failed: %2": "“%1”出错：%2",
    "The keys set were not valid; the default keys are used: %1":
        "设定的按键无效，使用默认按键：%1",
    "The library was damaged (%1); it was set aside as %2 and a new one made with "
    "everything that could be read: %3 pages, %4 read and star marks":
        "资料库已损坏（%1），已另存为 %2，并用所有还能读出的内容建立了新的资料库："
        "%3 个版面，%4 个已读和收藏标记",
    "The disk holding the library %1 is full: it can be read, but nothing can be saved "
    "in it until there is space again; nothing was lost":
        "资料库 %1 所在的磁盘已满：资料库可以读取，但在腾出空间之前无法保存任何内容；"
        "没有丢失任何内容",
    "The library %1 is read-only here: it can be read, not changed; new read and star "
    "marks are kept until it can be written":
        "资料库 %1 在这里是只读的：可以读取，不能修改；新的已读和收藏标记会先保留，"
        "等可以写入时再保存",
    "The library %1 is locked by another program; search covers the open pages until "
    "it is free":
        "资料库 %1 被另一个程序锁定，在它释放之前只搜索打开的版面",
    "There is no library at %1": "%1 处没有资料库",
    "%1 is not a Dubao library; it was left untouched": "%1 不是读报的资料库，未做任何改动",
    "The library %1 was written by a newer Dubao; it was left untouched":
        "资料库 %1 由较新版本的读报写入，未做任何改动",
    "The library %1 is damaged and could not be repaired here (%2); it was left as it is":
        "资料库 %1 已损坏，且无法在这里修复（%2），未做任何改动",
    "The library %1 cannot be read (%2); search covers the open pages only":
        "无法读取资料库 %1（%2），只搜索打开的版面",
    "the library is not there": "资料库不存在",
    "the file is not a Dubao library": "该文件不是读报的资料库",
    "the library is damaged": "资料库已损坏",
    "the disk holding the library is full": "资料库所在的磁盘已满",
    "another program holds the library locked": "资料库被另一个程序锁定",
    "the library is read-only here": "资料库在这里是只读的",
    "a newer Dubao wrote the library": "资料库由较新版本的读报写入",
    "the library cannot be read": "无法读取资料库",
    "%1: %2 undecodable byte sequence(s) replaced by \ufffd":
        "%1：有 %2 处无法解码的字节，已替换为 \ufffd",
    "Damaged settings were reset to their defaults: %1 (the file as it was is kept as %2)":
        "设置中有损坏的值，已恢复默认：%1（原文件另存为 %2）",
    "it is not a regular file (a pipe, a device or a socket)":
        "不是普通文件（管道、设备或套接字）",
    "its symbolic links go round in a loop": "符号链接形成了循环",
    "Export to %1 failed: %2": "无法导出到 %1：%2",
    "The library cannot be used (%1); search covers the open pages only":
        "资料库不可用（%1），只搜索打开的版面",
    "The library cannot be used": "资料库不可用",
    "Indexing failed (%1)": "索引失败（%1）",
    "The library's search index was damaged (%1); it was made again from the library, "
    "nothing was lost":
        "资料库的搜索索引已损坏（%1），已根据资料库重新建立，没有丢失任何内容",
    "The library's search index cannot be used now (%1); searches read the library "
    "itself, more slowly, until it can be made again":
        "资料库的搜索索引暂时无法使用（%1）；在重新建立之前，搜索直接读取资料库，速度较慢",
    "it does not exist": "文件不存在",
    "it is a folder, not a page file": "这是文件夹，不是版面文件",
    "permission denied": "没有读取权限",
    "it is too large": "文件太大",
    "the system could not read it": "系统无法读取",
    "it is empty": "文件是空的",
    "it is not text": "不是文本文件",
    "its byte-order mark does not match its bytes": "字节顺序标记与内容不符",
    "its encoding is not one the reader knows": "编码无法识别",
    "No page files in the folder %1": "文件夹 %1 里没有版面文件",
    "Cannot open %1: %2": "无法打开 %1：%2",
    "Cannot read %1: %2": "无法读取 %1：%2",
    "The settings file was damaged (%1); defaults are used, the old file is kept as %2":
        "设置文件已损坏（%1），已恢复默认设置，旧文件另存为 %2",
    "The settings could not be read (%1); defaults are used":
        "无法读取设置（%1），使用默认设置",
    "Damaged preferences were reset to their defaults: %1": "首选项有损坏的值，已恢复默认：%1",
    "The preferences file was damaged; defaults are used": "首选项文件已损坏，使用默认值",
    ", ": "、",
    "%1: %2": "%1：%2",
    "not valid JSON (line %1, column %2)": "不是有效的 JSON（第 %1 行第 %2 列）",
    "access is not allowed": "没有访问权限",
    "the disk is full": "磁盘已满",
    "the disk quota is used up": "磁盘配额已用完",
    "the disk is read-only": "磁盘是只读的",
    "it is a folder": "这是文件夹",
    "a part of the path is not a folder": "路径中有一部分不是文件夹",
    "the disk could not be read or written": "磁盘无法读写",
    "the name is too long": "名称太长",
    "too many files are open": "打开的文件太多",
    "it is in use": "正被占用",
    "the path loops through links": "路径中的链接形成了循环",
    "another program is using it": "另一个程序正在使用它",
    "the file is damaged": "文件已损坏",
    "the file cannot be opened": "文件无法打开",
    "its text is not in the expected encoding": "文本编码不符",
    "The preferences could not be read (%1); defaults are used":
        "无法读取首选项（%1），使用默认值",
    "the open pages": "打开的版面",
    "the page being read": "正在读的版面",
    "the article being read": "正在读的文章",
    "the place in the article": "文章中读到的位置",
    "the script shown": "显示的简繁",
    "the text size": "字号",
    "highlighting on or off": "高亮开关",
    "the watch-list": "关注词",
    "the recent pages": "最近读过的版面",
    "the window's size and place": "窗口大小和位置",
    "the window's layout": "窗口布局",
    "the widths of the lists": "列表宽度",
    "read and star marks not yet saved": "尚未保存的已读和收藏标记",
    "other values": "其他值",
}
