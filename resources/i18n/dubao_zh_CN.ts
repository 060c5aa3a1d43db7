<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>Next article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <source>First article</source>
        <translation>第一篇</translation>
    </message>
    <message>
        <source>Last article</source>
        <translation>最后一篇</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>向上翻页</translation>
    </message>
    <message>
        <source>Read article</source>
        <translation>阅读本篇</translation>
    </message>
    <message>
        <source>Switch focus</source>
        <translation>切换焦点</translation>
    </message>
    <message>
        <source>Read / unread</source>
        <translation>已读/未读</translation>
    </message>
    <message>
        <source>Star article</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Starred articles</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>文内查找</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Open first hit</source>
        <translation>打开第一条</translation>
    </message>
    <message>
        <source>Go to hits</source>
        <translation>转到结果</translation>
    </message>
    <message>
        <source>Cycle script</source>
        <translation>切换字体</translation>
    </message>
    <message>
        <source>Copy article</source>
        <translation>复制文章</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>默认大小</translation>
    </message>
    <message>
        <source>Highlighting on/off</source>
        <translation>关键词高亮</translation>
    </message>
    <message>
        <source>Key terms panel</source>
        <translation>关键词面板</translation>
    </message>
    <message>
        <source>Next key-term occurrence</source>
        <translation>下一个关键词</translation>
    </message>
    <message>
        <source>Watch selection</source>
        <translation>加入关注</translation>
    </message>
    <message>
        <source>Remove watched term</source>
        <translation>取消关注</translation>
    </message>
    <message>
        <source>Library panel</source>
        <translation>资料库面板</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>停止索引</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Close / back</source>
        <translation>关闭/返回</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Move to the next article in the list</source>
        <translation>移到列表中的下一篇文章</translation>
    </message>
    <message>
        <source>Move to the previous article in the list</source>
        <translation>移到列表中的上一篇文章</translation>
    </message>
    <message>
        <source>Jump to the first article</source>
        <translation>跳到第一篇文章</translation>
    </message>
    <message>
        <source>Jump to the last article</source>
        <translation>跳到最后一篇文章</translation>
    </message>
    <message>
        <source>Scroll the article one screen down; at its end, go to the next unread article</source>
        <translation>文章向下滚动一屏；到了末尾，转到下一篇未读文章</translation>
    </message>
    <message>
        <source>Scroll the article one screen up</source>
        <translation>文章向上滚动一屏</translation>
    </message>
    <message>
        <source>Move the focus from the list into the article</source>
        <translation>把焦点从列表移到文章</translation>
    </message>
    <message>
        <source>Move the focus between the list and the article</source>
        <translation>在列表和文章之间切换焦点</translation>
    </message>
    <message>
        <source>Mark the article read or unread (an article shown a moment counts as read)</source>
        <translation>把文章标为已读或未读（显示片刻的文章算已读）</translation>
    </message>
    <message>
        <source>Star the article, or unstar it</source>
        <translation>收藏文章，或取消收藏</translation>
    </message>
    <message>
        <source>List the starred articles of the library; Enter opens one, Esc goes back</source>
        <translation>列出资料库中收藏的文章；Enter 打开，Esc 返回</translation>
    </message>
    <message>
        <source>Chart how often the query searched (or a watched term) is mentioned, issue by issue, across the library; ←/→ choose a date, Enter opens its articles</source>
        <translation>按期绘出所搜索的词（或关注词）在资料库中被提及的次数；←/→ 选择日期，Enter 打开这一天的文章</translation>
    </message>
    <message>
        <source>Show the previous open page (file)</source>
        <translation>显示上一个打开的版面（文件）</translation>
    </message>
    <message>
        <source>Show the next open page (file)</source>
        <translation>显示下一个打开的版面（文件）</translation>
    </message>
    <message>
        <source>Find in the article: every match highlighted, the count shown</source>
        <translation>在文章中查找：高亮每一处并显示数目</translation>
    </message>
    <message>
        <source>Go to the next match (wraps around)</source>
        <translation>转到下一处（到末尾后从头开始）</translation>
    </message>
    <message>
        <source>Go to the previous match (wraps around)</source>
        <translation>转到上一处（到开头后从末尾开始）</translation>
    </message>
    <message>
        <source>Search the library and the open pages; the hits replace the list as you type (open pages only when the library is unavailable)</source>
        <translation>搜索资料库和打开的版面；边输入边以结果取代列表（资料库不可用时只搜索打开的版面）</translation>
    </message>
    <message>
        <source>Open the first hit, scrolled to its first match</source>
        <translation>打开第一条结果，并滚动到第一处匹配</translation>
    </message>
    <message>
        <source>Move from the search field into the hits</source>
        <translation>从搜索框移到结果列表</translation>
    </message>
    <message>
        <source>简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体</source>
        <translation>简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体</translation>
    </message>
    <message>
        <source>Copy the article as plain text, in the script shown</source>
        <translation>以纯文本复制文章（所显示的字体）</translation>
    </message>
    <message>
        <source>Copy the article as Markdown, in the script shown</source>
        <translation>以 Markdown 复制文章（所显示的字体）</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Return to the default text size</source>
        <translation>恢复默认字号</translation>
    </message>
    <message>
        <source>Show or hide the highlighting of query terms, key terms and the watch-list</source>
        <translation>显示或隐藏搜索词、关键词和关注词的高亮</translation>
    </message>
    <message>
        <source>Show the article's key terms and the watch-list, and move into them</source>
        <translation>显示本篇关键词和关注列表，并移到其中</translation>
    </message>
    <message>
        <source>Jump to the next occurrence of any key term or watched term</source>
        <translation>跳到任一关键词或关注词的下一处</translation>
    </message>
    <message>
        <source>Add the selected text (or the current find text) to the watch-list</source>
        <translation>把选中的文字（或当前查找的内容）加入关注列表</translation>
    </message>
    <message>
        <source>Remove the watched term selected in the panel</source>
        <translation>删除面板中选中的关注词</translation>
    </message>
    <message>
        <source>Show the pages in the library, by date (else by folder), and move into them; Enter opens a page</source>
        <translation>按日期（否则按文件夹）显示资料库中的版面，并移到其中；Enter 打开版面</translation>
    </message>
    <message>
        <source>Open the page chosen in the library panel</source>
        <translation>打开资料库面板中选中的版面</translation>
    </message>
    <message>
        <source>Stop adding pages to the library (what is done stays done)</source>
        <translation>停止向资料库加入版面（已完成的保留）</translation>
    </message>
    <message>
        <source>Open one or more page files</source>
        <translation>打开一个或多个版面文件</translation>
    </message>
    <message>
        <source>Open every page in a folder</source>
        <translation>打开文件夹中的所有版面</translation>
    </message>
    <message>
        <source>Choose from the recently opened pages</source>
        <translation>从最近打开的版面中选择</translation>
    </message>
    <message>
        <source>Save the article, the page, the starred articles or the search results as Markdown, JSON, CSV or PDF, in the script shown</source>
        <translation>把文章、本版、收藏的文章或搜索结果存为 Markdown、JSON、CSV 或 PDF（所显示的字体）</translation>
    </message>
    <message>
        <source>Print the article (or save it as PDF from the print dialog)</source>
        <translation>打印文章（或在打印对话框中存为 PDF）</translation>
    </message>
    <message>
        <source>Font, line spacing, theme, default script, watch colours and keys</source>
        <translation>字体、行距、主题、默认字体、关注词颜色和按键</translation>
    </message>
    <message>
        <source>Show or hide this list of keys</source>
        <translation>显示或隐藏这份按键列表</translation>
    </message>
    <message>
        <source>Close whatever is open (key list, find, search) and return to the list</source>
        <translation>关闭打开的东西（按键列表、查找、搜索）并回到列表</translation>
    </message>
    <message>
        <source>Quit the reader</source>
        <translation>退出读报</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>The keys are reset to the defaults</source>
        <translation>按键已恢复默认</translation>
    </message>
    <message>
        <source>Colours are written #rrggbb, separated by spaces</source>
        <translation>颜色应写作 #rrggbb，以空格分开</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>正文字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>默认字体(&amp;S)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>界面语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Watch colours:</source>
        <translation>关注词颜色(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>按键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset keys</source>
        <translation>恢复默认按键(&amp;R)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>As last time</source>
        <translation>上次使用的</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>台湾正体</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>香港繁体</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Default script</source>
        <translation>默认字体</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Watch-list colours</source>
        <translation>关注词颜色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Set keys</source>
        <translation>设定按键</translation>
    </message>
    <message>
        <source>Reset keys</source>
        <translation>恢复默认按键</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>按键提示</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <source>Type the keys first</source>
        <translation>请先输入按键</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>未设定：%1</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>已设定：%1</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>%1: %2 article(s), %3 mention(s)</source>
        <translation>%1：%2 篇，%3 次</translation>
    </message>
    <message>
        <source>No mentions</source>
        <translation>没有提及</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>关注词</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>“%1”: %2 article(s), %3 mention(s), %4 issue(s)</source>
        <translation>“%1”：%2 篇，%3 次，%4 期</translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation>趋势图：%1</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Term or query</source>
        <translation>词或查询</translation>
    </message>
    <message>
        <source>←/→ choose a date, Enter opens its articles, Esc closes</source>
        <translation>←/→ 选择日期，Enter 打开这一天的文章，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export?</source>
        <translation>导出什么？</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>本篇文章</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>本版全部文章</translation>
    </message>
    <message>
        <source>The starred articles</source>
        <translation>收藏的文章</translation>
    </message>
    <message>
        <source>The search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>find · search terms · key terms · watch-list</source>
        <translation>查找 · 搜索词 · 关键词 · 关注词</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章列表</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>打开的版面</translation>
    </message>
    <message>
        <source>Script (t cycles)</source>
        <translation>字体（t 切换）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Highlighting</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>高亮 开</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮 关</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>加入资料库</translation>
    </message>
    <message>
        <source>Add this folder to the library so it can be searched?</source>
        <translation>把这个文件夹加入资料库，以后可以搜索？</translation>
    </message>
    <message>
        <source>Page text (*.txt *.text)</source>
        <translation>版面文本 (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Opening %1 item(s)…</source>
        <translation>正在打开 %1 项…</translation>
    </message>
    <message>
        <source>Opened %1 page(s), %2 article(s)</source>
        <translation>已打开 %1 版，%2 篇</translation>
    </message>
    <message>
        <source>Indexing stopped</source>
        <translation>已停止索引</translation>
    </message>
    <message>
        <source>Nothing is being indexed</source>
        <translation>没有正在进行的索引</translation>
    </message>
    <message>
        <source>Added to the library (%1 item(s))</source>
        <translation>已加入资料库（%1 项）</translation>
    </message>
    <message>
        <source>This is the first article</source>
        <translation>已是第一篇</translation>
    </message>
    <message>
        <source>This is the last article</source>
        <translation>已是最后一篇</translation>
    </message>
    <message>
        <source>No page is open</source>
        <translation>没有打开的版面</translation>
    </message>
    <message>
        <source>This is the first page</source>
        <translation>已是第一版</translation>
    </message>
    <message>
        <source>This is the last page</source>
        <translation>已是最后一版</translation>
    </message>
    <message>
        <source>No unread articles left</source>
        <translation>没有未读文章了</translation>
    </message>
    <message>
        <source>On to the next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>没有文章</translation>
    </message>
    <message>
        <source> (not saved: the library is unavailable)</source>
        <translation>（资料库不可用，不会保存）</translation>
    </message>
    <message>
        <source>Marked read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Marked unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>Unstarred</source>
        <translation>已取消收藏</translation>
    </message>
    <message>
        <source>The library is not open</source>
        <translation>资料库尚未打开</translation>
    </message>
    <message>
        <source>%1 starred</source>
        <translation>收藏 %1 篇</translation>
    </message>
    <message>
        <source>%1 starred article(s); Esc goes back</source>
        <translation>收藏夹：%1 篇；Esc 返回</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>%1　%2　%3 time(s)</source>
        <translation>%1　%2　%3 次</translation>
    </message>
    <message>
        <source>%1: %2 article(s)</source>
        <translation>%1：%2 篇</translation>
    </message>
    <message>
        <source>%1: %2 article(s); Esc goes back</source>
        <translation>%1：%2 篇；Esc 返回</translation>
    </message>
    <message>
        <source>Script: %1 (loading the converter…)</source>
        <translation>字体：%1（正在加载转换…）</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>字体：%1</translation>
    </message>
    <message>
        <source>%1 article(s)</source>
        <translation>%1 篇</translation>
    </message>
    <message>
        <source>“%1”: %2 article(s) match</source>
        <translation>“%1”：%2 篇文章</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>高亮：开</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮：关</translation>
    </message>
    <message>
        <source>“%1” is not in this article</source>
        <translation>本篇没有“%1”</translation>
    </message>
    <message>
        <source>No highlighted terms in this article</source>
        <translation>本篇没有高亮的关键词</translation>
    </message>
    <message>
        <source>Watching “%1”</source>
        <translation>已关注“%1”</translation>
    </message>
    <message>
        <source>No longer watching “%1”</source>
        <translation>已取消关注“%1”</translation>
    </message>
    <message>
        <source>Select text first, or type a term in the panel</source>
        <translation>先选中文字或在面板中输入</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <source>Copied as Markdown</source>
        <translation>已复制为 Markdown</translation>
    </message>
    <message>
        <source>Article copied</source>
        <translation>已复制全文</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>No search results</source>
        <translation>没有搜索结果</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Exported %1 article(s) to %2</source>
        <translation>已导出 %1 篇到 %2</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Press Ctrl+F to find</source>
        <translation>先按 Ctrl+F 输入查找内容</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Find wrapped to the top</source>
        <translation>已回到开头继续查找</translation>
    </message>
    <message>
        <source>Find wrapped to the bottom</source>
        <translation>已回到末尾继续查找</translation>
    </message>
    <message>
        <source>The term is empty</source>
        <translation>空的关注词</translation>
    </message>
    <message>
        <source>“%1” is already watched</source>
        <translation>“%1”已在关注列表</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>opening pages</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>restoring the last session</source>
        <translation>恢复上次的阅读</translation>
    </message>
    <message>
        <source>preparing the open pages for search</source>
        <translation>准备搜索打开的版面</translation>
    </message>
    <message>
        <source>converting pages to the script shown</source>
        <translation>转换版面的字体</translation>
    </message>
    <message>
        <source>finding key terms</source>
        <translation>提取关键词</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>counting mentions</source>
        <translation>统计提及次数</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>loading the script converters</source>
        <translation>加载简繁转换</translation>
    </message>
    <message>
        <source>loading the word segmenter</source>
        <translation>加载分词</translation>
    </message>
    <message>
        <source>opening the library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>listing the library's pages</source>
        <translation>列出资料库的版面</translation>
    </message>
    <message>
        <source>looking up a folder in the library</source>
        <translation>在资料库中查找文件夹</translation>
    </message>
    <message>
        <source>saving read and star marks</source>
        <translation>保存已读和收藏标记</translation>
    </message>
    <message>
        <source>reading read and star marks</source>
        <translation>读取已读和收藏标记</translation>
    </message>
    <message>
        <source>listing the starred articles</source>
        <translation>列出收藏的文章</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong while %1: %2</source>
        <translation>%1时出错：%2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1”出错：%2</translation>
    </message>
    <message>
        <source>The keys set were not valid; the default keys are used: %1</source>
        <translation>设定的按键无效，使用默认按键：%1</translation>
    </message>
    <message>
        <source>The library was damaged (%1); it was set aside as %2 and is being rebuilt</source>
        <translation>资料库已损坏（%1），已另存为 %2，正在重建</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>The library cannot be used (%1); search covers the open pages only</source>
        <translation>资料库不可用（%1），只搜索打开的版面</translation>
    </message>
    <message>
        <source>The library is damaged (%1); searching the open pages until it is rebuilt</source>
        <translation>资料库已损坏（%1），重建之前只搜索打开的版面</translation>
    </message>
    <message>
        <source>The library cannot be used</source>
        <translation>资料库不可用</translation>
    </message>
    <message>
        <source>Indexing failed (%1)</source>
        <translation>索引失败（%1）</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a page file</source>
        <translation>这是文件夹，不是版面文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <source>the system could not read it</source>
        <translation>系统无法读取</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <source>its byte-order mark does not match its bytes</source>
        <translation>字节顺序标记与内容不符</translation>
    </message>
    <message>
        <source>its encoding is not one the reader knows</source>
        <translation>编码无法识别</translation>
    </message>
    <message>
        <source>No page files in the folder %1</source>
        <translation>文件夹 %1 里没有版面文件</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1); defaults are used, the old file is kept as %2</source>
        <translation>设置文件已损坏（%1），已恢复默认设置，旧文件另存为 %2</translation>
    </message>
    <message>
        <source>The settings could not be read (%1); defaults are used</source>
        <translation>无法读取设置（%1），使用默认设置</translation>
    </message>
    <message>
        <source>Damaged preferences were reset to their defaults: %1</source>
        <translation>首选项有损坏的值，已恢复默认：%1</translation>
    </message>
    <message>
        <source>The preferences could not be read (%1); defaults are used</source>
        <translation>无法读取首选项（%1），使用默认值</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source> (list)</source>
        <translation>（列表）</translation>
    </message>
    <message>
        <source> (search field)</source>
        <translation>（搜索框）</translation>
    </message>
    <message>
        <source> (find field)</source>
        <translation>（查找框）</translation>
    </message>
    <message>
        <source> (article)</source>
        <translation>（文章）</translation>
    </message>
    <message>
        <source> (panel)</source>
        <translation>（面板）</translation>
    </message>
    <message>
        <source> (library panel)</source>
        <translation>（资料库面板）</translation>
    </message>
    <message>
        <source>Keys not understood: “%1”</source>
        <translation>不认识的按键：“%1”</translation>
    </message>
    <message>
        <source>“%1” is already %2; it cannot also be %3</source>
        <translation>“%1”已用于%2，不能再用于%3</translation>
    </message>
    <message>
        <source>“%1” (%2) starts “%3” (%4)</source>
        <translation>“%1”（%2）是“%3”（%4）的开头</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Headline supplied</source>
        <translation>拟题</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>待续</translation>
    </message>
    <message>
        <source> (read)</source>
        <translation>（已读）</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>%1 (%2 articles)</source>
        <translation>%1（%2篇）</translation>
    </message>
    <message>
        <source>%1 (%2 articles, %3 unread)</source>
        <translation>%1（%2篇，未读%3）</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Key terms (Enter: next occurrence)</source>
        <translation>本篇关键词（Enter 跳到下一处）</translation>
    </message>
    <message>
        <source>Key terms of the article</source>
        <translation>本篇关键词</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>关注词</translation>
    </message>
    <message>
        <source>New watched term</source>
        <translation>新关注词</translation>
    </message>
    <message>
        <source>Type a term</source>
        <translation>输入关注词</translation>
    </message>
    <message>
        <source>Watch colour</source>
        <translation>关注词颜色</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>加入选中</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <source>Keys</source>
        <translation>键盘操作</translation>
    </message>
    <message>
        <source>Esc, ? or F1 closes this list</source>
        <translation>按 Esc、? 或 F1 关闭</translation>
    </message>
    <message>
        <source>Key list</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>bars</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Find in this article (any script)</source>
        <translation>在本篇中查找（任何字体）</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Search the library and the open pages (word word "phrase" -exclude)</source>
        <translation>搜索资料库和打开的版面（词 词 "短语" -排除）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>结果数</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>关闭问题栏</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Library pages</source>
        <translation>资料库版面</translation>
    </message>
    <message>
        <source>Library — %1 pages, %2 articles</source>
        <translation>资料库 — %1 版，%2 篇</translation>
    </message>
    <message>
        <source>Library — opening…</source>
        <translation>资料库 — 正在打开…</translation>
    </message>
    <message>
        <source>The library is unavailable</source>
        <translation>资料库不可用</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 页/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩 %1 s</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>Stop indexing (Ctrl+.)</source>
        <translation>停止索引 (Ctrl+.)</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>停止索引</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>current match</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>search terms</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>key terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>watch-list</source>
        <translation>关注词</translation>
    </message>
</context>
</TS>
