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
        <translation>跳到最後一篇文章</translation>
    </message>
    <message>
        <source>Scroll the article one screen down; at its end, go to the next unread article</source>
        <translation>文章向下滾動一屏；到了末尾，轉到下一篇未讀文章</translation>
    </message>
    <message>
        <source>Scroll the article one screen up</source>
        <translation>文章向上滾動一屏</translation>
    </message>
    <message>
        <source>Move the focus from the list into the article</source>
        <translation>把焦點從列表移到文章</translation>
    </message>
    <message>
        <source>Move the focus between the list and the article</source>
        <translation>在列表和文章之間切換焦點</translation>
    </message>
    <message>
        <source>Mark the article read or unread (an article shown a moment counts as read)</source>
        <translation>把文章標為已讀或未讀（顯示片刻的文章算已讀）</translation>
    </message>
    <message>
        <source>Star the article, or unstar it</source>
        <translation>收藏文章，或取消收藏</translation>
    </message>
    <message>
        <source>List the starred articles of the library; Enter opens one, Esc goes back</source>
        <translation>列出資料庫中收藏的文章；Enter 開啟，Esc 返回</translation>
    </message>
    <message>
        <source>Chart how often the query searched (or a watched term) is mentioned, issue by issue, across the library; ←/→ choose a date, Enter opens its articles</source>
        <translation>按期繪出所搜尋的詞（或關注詞）在資料庫中被提及的次數；←/→ 選擇日期，Enter 開啟這一天的文章</translation>
    </message>
    <message>
        <source>Show the previous open page (file)</source>
        <translation>顯示上一個開啟的版面（檔案）</translation>
    </message>
    <message>
        <source>Show the next open page (file)</source>
        <translation>顯示下一個開啟的版面（檔案）</translation>
    </message>
    <message>
        <source>Find in the article: every match highlighted, the count shown</source>
        <translation>在文章中查詢：高亮每一處並顯示數目</translation>
    </message>
    <message>
        <source>Go to the next match (wraps around)</source>
        <translation>轉到下一處（到末尾後從頭開始）</translation>
    </message>
    <message>
        <source>Go to the previous match (wraps around)</source>
        <translation>轉到上一處（到開頭後從末尾開始）</translation>
    </message>
    <message>
        <source>Search the library and the open pages; the hits replace the list as you type (open pages only when the library is unavailable)</source>
        <translation>搜尋資料庫和開啟的版面；邊輸入邊以結果取代列表（資料庫不可用時只搜尋開啟的版面）</translation>
    </message>
    <message>
        <source>Open the first hit, scrolled to its first match</source>
        <translation>開啟第一條結果，並滾動到第一處匹配</translation>
    </message>
    <message>
        <source>Move from the search field into the hits</source>
        <translation>從搜尋框移到結果列表</translation>
    </message>
    <message>
        <source>简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体</source>
        <translation>簡體 → 繁體 → 臺灣正體 → 香港繁體 → 簡體</translation>
    </message>
    <message>
        <source>Copy the article as plain text, in the script shown</source>
        <translation>以純文本複製文章（所顯示的字型）</translation>
    </message>
    <message>
        <source>Copy the article as Markdown, in the script shown</source>
        <translation>以 Markdown 複製文章（所顯示的字型）</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>Return to the default text size</source>
        <translation>恢復預設字號</translation>
    </message>
    <message>
        <source>Show or hide the highlighting of query terms, key terms and the watch-list</source>
        <translation>顯示或隱藏搜尋詞、關鍵詞和關注詞的高亮</translation>
    </message>
    <message>
        <source>Show the article's key terms and the watch-list, and move into them</source>
        <translation>顯示本篇關鍵詞和關注列表，並移到其中</translation>
    </message>
    <message>
        <source>Jump to the next occurrence of any key term or watched term</source>
        <translation>跳到任一關鍵詞或關注詞的下一處</translation>
    </message>
    <message>
        <source>Add the selected text (or the current find text) to the watch-list</source>
        <translation>把選中的文字（或當前查詢的內容）加入關注列表</translation>
    </message>
    <message>
        <source>Remove the watched term selected in the panel</source>
        <translation>刪除面板中選中的關注詞</translation>
    </message>
    <message>
        <source>Show the pages in the library, by date (else by folder), and move into them; Enter opens a page</source>
        <translation>按日期（否則按資料夾）顯示資料庫中的版面，並移到其中；Enter 開啟版面</translation>
    </message>
    <message>
        <source>Open the page chosen in the library panel</source>
        <translation>開啟資料庫面板中選中的版面</translation>
    </message>
    <message>
        <source>Stop adding pages to the library (what is done stays done)</source>
        <translation>停止向資料庫加入版面（已完成的保留）</translation>
    </message>
    <message>
        <source>Open one or more page files</source>
        <translation>開啟一個或多個版面檔案</translation>
    </message>
    <message>
        <source>Open every page in a folder</source>
        <translation>開啟資料夾中的所有版面</translation>
    </message>
    <message>
        <source>Choose from the recently opened pages</source>
        <translation>從最近開啟的版面中選擇</translation>
    </message>
    <message>
        <source>Save the article, the page, the starred articles or the search results as Markdown, JSON, CSV or PDF, in the script shown</source>
        <translation>把文章、本版、收藏的文章或搜尋結果存為 Markdown、JSON、CSV 或 PDF（所顯示的字型）</translation>
    </message>
    <message>
        <source>Print the article (or save it as PDF from the print dialog)</source>
        <translation>列印文章（或在列印對話方塊中存為 PDF）</translation>
    </message>
    <message>
        <source>Font, line spacing, theme, default script, watch colours and keys</source>
        <translation>字型、行距、主題、預設字型、關注詞顏色和按鍵</translation>
    </message>
    <message>
        <source>Show or hide this list of keys</source>
        <translation>顯示或隱藏這份按鍵列表</translation>
    </message>
    <message>
        <source>Close whatever is open (key list, find, search) and return to the list</source>
        <translation>關閉開啟的東西（按鍵列表、查詢、搜尋）並回到列表</translation>
    </message>
    <message>
        <source>Quit the reader</source>
        <translation>退出讀報</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>The keys are reset to the defaults</source>
        <translation>按鍵已恢復預設</translation>
    </message>
    <message>
        <source>Colours are written #rrggbb, separated by spaces</source>
        <translation>顏色應寫作 #rrggbb，以空格分開</translation>
    </message>
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
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>臺灣正體</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>香港繁體</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>正文字型</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字號</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Default script</source>
        <translation>預設字型</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Watch-list colours</source>
        <translation>關注詞顏色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Set keys</source>
        <translation>設定按鍵</translation>
    </message>
    <message>
        <source>Reset keys</source>
        <translation>恢復預設按鍵</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>按鍵提示</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Type the keys first</source>
        <translation>請先輸入按鍵</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>未設定：%1</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>已設定：%1</translation>
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
        <translation>沒有提及</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趨勢圖</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>關注詞</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>“%1”: %2 article(s), %3 mention(s), %4 issue(s)</source>
        <translation>“%1”：%2 篇，%3 次，%4 期</translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation>趨勢圖：%1</translation>
    </message>
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
    <message>
        <source>Article</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>find · search terms · key terms · watch-list</source>
        <translation>查詢 · 搜尋詞 · 關鍵詞 · 關注詞</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章列表</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>開啟的版面</translation>
    </message>
    <message>
        <source>Script (t cycles)</source>
        <translation>字型（t 切換）</translation>
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
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>Highlighting</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字號</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>高亮 開</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮 關</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>查詢 %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜尋 %1</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>加入資料庫</translation>
    </message>
    <message>
        <source>Add this folder to the library so it can be searched?</source>
        <translation>把這個資料夾加入資料庫，以後可以搜尋？</translation>
    </message>
    <message>
        <source>Page text (*.txt *.text)</source>
        <translation>版面文本 (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Opening %1 item(s)…</source>
        <translation>正在開啟 %1 項…</translation>
    </message>
    <message>
        <source>Opened %1 page(s), %2 article(s)</source>
        <translation>已開啟 %1 版，%2 篇</translation>
    </message>
    <message>
        <source>Indexing stopped</source>
        <translation>已停止索引</translation>
    </message>
    <message>
        <source>Nothing is being indexed</source>
        <translation>沒有正在進行的索引</translation>
    </message>
    <message>
        <source>Added to the library (%1 item(s))</source>
        <translation>已加入資料庫（%1 項）</translation>
    </message>
    <message>
        <source>This is the first article</source>
        <translation>已是第一篇</translation>
    </message>
    <message>
        <source>This is the last article</source>
        <translation>已是最後一篇</translation>
    </message>
    <message>
        <source>No page is open</source>
        <translation>沒有開啟的版面</translation>
    </message>
    <message>
        <source>This is the first page</source>
        <translation>已是第一版</translation>
    </message>
    <message>
        <source>This is the last page</source>
        <translation>已是最後一版</translation>
    </message>
    <message>
        <source>No unread articles left</source>
        <translation>沒有未讀文章了</translation>
    </message>
    <message>
        <source>On to the next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>沒有文章</translation>
    </message>
    <message>
        <source> (not saved: the library is unavailable)</source>
        <translation>（資料庫不可用，不會儲存）</translation>
    </message>
    <message>
        <source>Marked read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Marked unread</source>
        <translation>未讀</translation>
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
        <translation>資料庫尚未開啟</translation>
    </message>
    <message>
        <source>%1 starred</source>
        <translation>收藏 %1 篇</translation>
    </message>
    <message>
        <source>%1 starred article(s); Esc goes back</source>
        <translation>收藏夾：%1 篇；Esc 返回</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>無法統計：%1</translation>
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
        <translation>字型：%1（正在載入轉換…）</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>字型：%1</translation>
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
        <translation>沒有結果</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>高亮：開</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮：關</translation>
    </message>
    <message>
        <source>“%1” is not in this article</source>
        <translation>本篇沒有“%1”</translation>
    </message>
    <message>
        <source>No highlighted terms in this article</source>
        <translation>本篇沒有高亮的關鍵詞</translation>
    </message>
    <message>
        <source>Watching “%1”</source>
        <translation>已關注“%1”</translation>
    </message>
    <message>
        <source>No longer watching “%1”</source>
        <translation>已取消關注“%1”</translation>
    </message>
    <message>
        <source>Select text first, or type a term in the panel</source>
        <translation>先選中文字或在面板中輸入</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>首選項已儲存</translation>
    </message>
    <message>
        <source>Copied as Markdown</source>
        <translation>已複製為 Markdown</translation>
    </message>
    <message>
        <source>Article copied</source>
        <translation>已複製全文</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在匯出到 %1…</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>No search results</source>
        <translation>沒有搜尋結果</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜尋：%1</translation>
    </message>
    <message>
        <source>Exported %1 article(s) to %2</source>
        <translation>已匯出 %1 篇到 %2</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
    <message>
        <source>Press Ctrl+F to find</source>
        <translation>先按 Ctrl+F 輸入查詢內容</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Find wrapped to the top</source>
        <translation>已回到開頭繼續查詢</translation>
    </message>
    <message>
        <source>Find wrapped to the bottom</source>
        <translation>已回到末尾繼續查詢</translation>
    </message>
    <message>
        <source>The term is empty</source>
        <translation>空的關注詞</translation>
    </message>
    <message>
        <source>“%1” is already watched</source>
        <translation>“%1”已在關注列表</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>opening pages</source>
        <translation>開啟版面</translation>
    </message>
    <message>
        <source>restoring the last session</source>
        <translation>恢復上次的閱讀</translation>
    </message>
    <message>
        <source>preparing the open pages for search</source>
        <translation>準備搜尋開啟的版面</translation>
    </message>
    <message>
        <source>converting pages to the script shown</source>
        <translation>轉換版面的字型</translation>
    </message>
    <message>
        <source>finding key terms</source>
        <translation>提取關鍵詞</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>counting mentions</source>
        <translation>統計提及次數</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>loading the script converters</source>
        <translation>載入簡繁轉換</translation>
    </message>
    <message>
        <source>loading the word segmenter</source>
        <translation>載入分詞</translation>
    </message>
    <message>
        <source>opening the library</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>listing the library's pages</source>
        <translation>列出資料庫的版面</translation>
    </message>
    <message>
        <source>looking up a folder in the library</source>
        <translation>在資料庫中查詢資料夾</translation>
    </message>
    <message>
        <source>saving read and star marks</source>
        <translation>儲存已讀和收藏標記</translation>
    </message>
    <message>
        <source>reading read and star marks</source>
        <translation>讀取已讀和收藏標記</translation>
    </message>
    <message>
        <source>listing the starred articles</source>
        <translation>列出收藏的文章</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>儲存設定</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong while %1: %2</source>
        <translation>%1時出錯：%2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1”出錯：%2</translation>
    </message>
    <message>
        <source>The keys set were not valid; the default keys are used: %1</source>
        <translation>設定的按鍵無效，使用預設按鍵：%1</translation>
    </message>
    <message>
        <source>The library was damaged (%1); it was set aside as %2 and is being rebuilt</source>
        <translation>資料庫已損壞（%1），已另存為 %2，正在重建</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>無法匯出到 %1：%2</translation>
    </message>
    <message>
        <source>The library cannot be used (%1); search covers the open pages only</source>
        <translation>資料庫不可用（%1），只搜尋開啟的版面</translation>
    </message>
    <message>
        <source>The library is damaged (%1); searching the open pages until it is rebuilt</source>
        <translation>資料庫已損壞（%1），重建之前只搜尋開啟的版面</translation>
    </message>
    <message>
        <source>The library cannot be used</source>
        <translation>資料庫不可用</translation>
    </message>
    <message>
        <source>Indexing failed (%1)</source>
        <translation>索引失敗（%1）</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a page file</source>
        <translation>這是資料夾，不是版面檔案</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有讀取許可權</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>檔案太大</translation>
    </message>
    <message>
        <source>the system could not read it</source>
        <translation>系統無法讀取</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>不是文本檔案</translation>
    </message>
    <message>
        <source>its byte-order mark does not match its bytes</source>
        <translation>位元組順序標記與內容不符</translation>
    </message>
    <message>
        <source>its encoding is not one the reader knows</source>
        <translation>編碼無法識別</translation>
    </message>
    <message>
        <source>No page files in the folder %1</source>
        <translation>資料夾 %1 裡沒有版面檔案</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1); defaults are used, the old file is kept as %2</source>
        <translation>設定檔案已損壞（%1），已恢復預設設定，舊檔案另存為 %2</translation>
    </message>
    <message>
        <source>The settings could not be read (%1); defaults are used</source>
        <translation>無法讀取設定（%1），使用預設設定</translation>
    </message>
    <message>
        <source>Damaged preferences were reset to their defaults: %1</source>
        <translation>首選項有損壞的值，已恢復預設：%1</translation>
    </message>
    <message>
        <source>The preferences could not be read (%1); defaults are used</source>
        <translation>無法讀取首選項（%1），使用預設值</translation>
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
        <translation>（搜尋框）</translation>
    </message>
    <message>
        <source> (find field)</source>
        <translation>（查詢框）</translation>
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
        <translation>（資料庫面板）</translation>
    </message>
    <message>
        <source>Keys not understood: “%1”</source>
        <translation>不認識的按鍵：“%1”</translation>
    </message>
    <message>
        <source>“%1” is already %2; it cannot also be %3</source>
        <translation>“%1”已用於%2，不能再用於%3</translation>
    </message>
    <message>
        <source>“%1” (%2) starts “%3” (%4)</source>
        <translation>“%1”（%2）是“%3”（%4）的開頭</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Headline supplied</source>
        <translation>擬題</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>待續</translation>
    </message>
    <message>
        <source> (read)</source>
        <translation>（已讀）</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>未註明日期</translation>
    </message>
    <message>
        <source>%1 (%2 articles)</source>
        <translation>%1（%2篇）</translation>
    </message>
    <message>
        <source>%1 (%2 articles, %3 unread)</source>
        <translation>%1（%2篇，未讀%3）</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>Key terms (Enter: next occurrence)</source>
        <translation>本篇關鍵詞（Enter 跳到下一處）</translation>
    </message>
    <message>
        <source>Key terms of the article</source>
        <translation>本篇關鍵詞</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>關注詞</translation>
    </message>
    <message>
        <source>New watched term</source>
        <translation>新關注詞</translation>
    </message>
    <message>
        <source>Type a term</source>
        <translation>輸入關注詞</translation>
    </message>
    <message>
        <source>Watch colour</source>
        <translation>關注詞顏色</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>加入選中</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <source>Keys</source>
        <translation>鍵盤操作</translation>
    </message>
    <message>
        <source>Esc, ? or F1 closes this list</source>
        <translation>按 Esc、? 或 F1 關閉</translation>
    </message>
    <message>
        <source>Key list</source>
        <translation>快捷鍵</translation>
    </message>
</context>
<context>
    <name>bars</name>
    <message>
        <source>Find:</source>
        <translation>查詢：</translation>
    </message>
    <message>
        <source>Find in this article (any script)</source>
        <translation>在本篇中查詢（任何字型）</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜尋：</translation>
    </message>
    <message>
        <source>Search the library and the open pages (word word "phrase" -exclude)</source>
        <translation>搜尋資料庫和開啟的版面（詞 詞 "短語" -排除）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>結果數</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>關閉問題欄</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Library</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Library pages</source>
        <translation>資料庫版面</translation>
    </message>
    <message>
        <source>Library — %1 pages, %2 articles</source>
        <translation>資料庫 — %1 版，%2 篇</translation>
    </message>
    <message>
        <source>Library — opening…</source>
        <translation>資料庫 — 正在開啟…</translation>
    </message>
    <message>
        <source>The library is unavailable</source>
        <translation>資料庫不可用</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 頁/s</translation>
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
        <translation>索引進度</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>current match</source>
        <translation>當前</translation>
    </message>
    <message>
        <source>search terms</source>
        <translation>搜尋詞</translation>
    </message>
    <message>
        <source>key terms</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>watch-list</source>
        <translation>關注詞</translation>
    </message>
</context>
</TS>
