<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <translation>最後一篇</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>向下翻頁</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>向上翻頁</translation>
    </message>
    <message>
        <source>Read article</source>
        <translation>閱讀本篇</translation>
    </message>
    <message>
        <source>Switch focus</source>
        <translation>切換焦點</translation>
    </message>
    <message>
        <source>Read / unread</source>
        <translation>已讀/未讀</translation>
    </message>
    <message>
        <source>Star article</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Starred articles</source>
        <translation>收藏夾</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
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
        <translation>文內查詢</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Open first hit</source>
        <translation>開啟第一條</translation>
    </message>
    <message>
        <source>Go to hits</source>
        <translation>轉到結果</translation>
    </message>
    <message>
        <source>Cycle script</source>
        <translation>切換字型</translation>
    </message>
    <message>
        <source>Copy article</source>
        <translation>複製文章</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>複製為 Markdown</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>預設大小</translation>
    </message>
    <message>
        <source>Highlighting on/off</source>
        <translation>關鍵詞高亮</translation>
    </message>
    <message>
        <source>Key terms panel</source>
        <translation>關鍵詞面板</translation>
    </message>
    <message>
        <source>Next key-term occurrence</source>
        <translation>下一個關鍵詞</translation>
    </message>
    <message>
        <source>Watch selection</source>
        <translation>加入關注</translation>
    </message>
    <message>
        <source>Remove watched term</source>
        <translation>取消關注</translation>
    </message>
    <message>
        <source>Library panel</source>
        <translation>資料庫面板</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>開啟版面</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>停止索引</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <source>Close / back</source>
        <translation>關閉/返回</translation>
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
        <translation>查詢</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>正文字型(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>字號(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主題(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>預設字型(&amp;S)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>介面語言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Watch colours:</source>
        <translation>關注詞顏色(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>按鍵(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset keys</source>
        <translation>恢復預設按鍵(&amp;R)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
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
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Term or query</source>
        <translation>詞或查詢</translation>
    </message>
    <message>
        <source>←/→ choose a date, Enter opens its articles, Esc closes</source>
        <translation>←/→ 選擇日期，Enter 開啟這一天的文章，Esc 關閉</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>What to export?</source>
        <translation>匯出什麼？</translation>
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
        <translation>搜尋結果</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Recent</source>
        <translation>最近開啟</translation>
    </message>
</context>
</TS>
