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
    <name>preferences</name>
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
</context>
<context>
    <name>trends</name>
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
</context>
</TS>
