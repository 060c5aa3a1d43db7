<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>First article</source>
        <translation>First article</translation>
    </message>
    <message>
        <source>Last article</source>
        <translation>Last article</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Read article</source>
        <translation>Read article</translation>
    </message>
    <message>
        <source>Switch focus</source>
        <translation>Switch focus</translation>
    </message>
    <message>
        <source>Read / unread</source>
        <translation>Read / unread</translation>
    </message>
    <message>
        <source>Star article</source>
        <translation>Star article</translation>
    </message>
    <message>
        <source>Starred articles</source>
        <translation>Starred articles</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Open first hit</source>
        <translation>Open first hit</translation>
    </message>
    <message>
        <source>Go to hits</source>
        <translation>Go to hits</translation>
    </message>
    <message>
        <source>Cycle script</source>
        <translation>Cycle script</translation>
    </message>
    <message>
        <source>Copy article</source>
        <translation>Copy article</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <source>Highlighting on/off</source>
        <translation>Highlighting on/off</translation>
    </message>
    <message>
        <source>Key terms panel</source>
        <translation>Key terms panel</translation>
    </message>
    <message>
        <source>Next key-term occurrence</source>
        <translation>Next key-term occurrence</translation>
    </message>
    <message>
        <source>Watch selection</source>
        <translation>Watch selection</translation>
    </message>
    <message>
        <source>Remove watched term</source>
        <translation>Remove watched term</translation>
    </message>
    <message>
        <source>Library panel</source>
        <translation>Library panel</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Open page</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Stop indexing</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Open files</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Close / back</source>
        <translation>Close / back</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Key terms</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Move to the next article in the list</source>
        <translation>Move to the next article in the list</translation>
    </message>
    <message>
        <source>Move to the previous article in the list</source>
        <translation>Move to the previous article in the list</translation>
    </message>
    <message>
        <source>Jump to the first article</source>
        <translation>Jump to the first article</translation>
    </message>
    <message>
        <source>Jump to the last article</source>
        <translation>Jump to the last article</translation>
    </message>
    <message>
        <source>Scroll the article one screen down; at its end, go to the next unread article</source>
        <translation>Scroll the article one screen down; at its end, go to the next unread article</translation>
    </message>
    <message>
        <source>Scroll the article one screen up</source>
        <translation>Scroll the article one screen up</translation>
    </message>
    <message>
        <source>Move the focus from the list into the article</source>
        <translation>Move the focus from the list into the article</translation>
    </message>
    <message>
        <source>Move the focus between the list and the article</source>
        <translation>Move the focus between the list and the article</translation>
    </message>
    <message>
        <source>Mark the article read or unread (an article shown a moment counts as read)</source>
        <translation>Mark the article read or unread (an article shown a moment counts as read)</translation>
    </message>
    <message>
        <source>Star the article, or unstar it</source>
        <translation>Star the article, or unstar it</translation>
    </message>
    <message>
        <source>List the starred articles of the library; Enter opens one, Esc goes back</source>
        <translation>List the starred articles of the library; Enter opens one, Esc goes back</translation>
    </message>
    <message>
        <source>Chart how often the query searched (or a watched term) is mentioned, issue by issue, across the library; ←/→ choose a date, Enter opens its articles</source>
        <translation>Chart how often the query searched (or a watched term) is mentioned, issue by issue, across the library; ←/→ choose a date, Enter opens its articles</translation>
    </message>
    <message>
        <source>Show the previous open page (file)</source>
        <translation>Show the previous open page (file)</translation>
    </message>
    <message>
        <source>Show the next open page (file)</source>
        <translation>Show the next open page (file)</translation>
    </message>
    <message>
        <source>Find in the article: every match highlighted, the count shown</source>
        <translation>Find in the article: every match highlighted, the count shown</translation>
    </message>
    <message>
        <source>Go to the next match (wraps around)</source>
        <translation>Go to the next match (wraps around)</translation>
    </message>
    <message>
        <source>Go to the previous match (wraps around)</source>
        <translation>Go to the previous match (wraps around)</translation>
    </message>
    <message>
        <source>Search the library and the open pages; the hits replace the list as you type (open pages only when the library is unavailable)</source>
        <translation>Search the library and the open pages; the hits replace the list as you type (open pages only when the library is unavailable)</translation>
    </message>
    <message>
        <source>Open the first hit, scrolled to its first match</source>
        <translation>Open the first hit, scrolled to its first match</translation>
    </message>
    <message>
        <source>Move from the search field into the hits</source>
        <translation>Move from the search field into the hits</translation>
    </message>
    <message>
        <source>简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体</source>
        <translation>简体 → 繁體 → 臺灣正體 → 香港繁體 → 简体</translation>
    </message>
    <message>
        <source>Copy the article as plain text, in the script shown</source>
        <translation>Copy the article as plain text, in the script shown</translation>
    </message>
    <message>
        <source>Copy the article as Markdown, in the script shown</source>
        <translation>Copy the article as Markdown, in the script shown</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <source>Return to the default text size</source>
        <translation>Return to the default text size</translation>
    </message>
    <message>
        <source>Show or hide the highlighting of query terms, key terms and the watch-list</source>
        <translation>Show or hide the highlighting of query terms, key terms and the watch-list</translation>
    </message>
    <message>
        <source>Show the article's key terms and the watch-list, and move into them</source>
        <translation>Show the article's key terms and the watch-list, and move into them</translation>
    </message>
    <message>
        <source>Jump to the next occurrence of any key term or watched term</source>
        <translation>Jump to the next occurrence of any key term or watched term</translation>
    </message>
    <message>
        <source>Add the selected text (or the current find text) to the watch-list</source>
        <translation>Add the selected text (or the current find text) to the watch-list</translation>
    </message>
    <message>
        <source>Remove the watched term selected in the panel</source>
        <translation>Remove the watched term selected in the panel</translation>
    </message>
    <message>
        <source>Show the pages in the library, by date (else by folder), and move into them; Enter opens a page</source>
        <translation>Show the pages in the library, by date (else by folder), and move into them; Enter opens a page</translation>
    </message>
    <message>
        <source>Open the page chosen in the library panel</source>
        <translation>Open the page chosen in the library panel</translation>
    </message>
    <message>
        <source>Stop adding pages to the library (what is done stays done)</source>
        <translation>Stop adding pages to the library (what is done stays done)</translation>
    </message>
    <message>
        <source>Open one or more page files</source>
        <translation>Open one or more page files</translation>
    </message>
    <message>
        <source>Open every page in a folder</source>
        <translation>Open every page in a folder</translation>
    </message>
    <message>
        <source>Choose from the recently opened pages</source>
        <translation>Choose from the recently opened pages</translation>
    </message>
    <message>
        <source>Save the article, the page, the starred articles or the search results as Markdown, JSON, CSV or PDF, in the script shown</source>
        <translation>Save the article, the page, the starred articles or the search results as Markdown, JSON, CSV or PDF, in the script shown</translation>
    </message>
    <message>
        <source>Print the article (or save it as PDF from the print dialog)</source>
        <translation>Print the article (or save it as PDF from the print dialog)</translation>
    </message>
    <message>
        <source>Font, line spacing, theme, default script, watch colours and keys</source>
        <translation>Font, line spacing, theme, default script, watch colours and keys</translation>
    </message>
    <message>
        <source>Show or hide this list of keys</source>
        <translation>Show or hide this list of keys</translation>
    </message>
    <message>
        <source>Close whatever is open (key list, find, search) and return to the list</source>
        <translation>Close whatever is open (key list, find, search) and return to the list</translation>
    </message>
    <message>
        <source>Quit the reader</source>
        <translation>Quit the reader</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>The keys are reset to the defaults</source>
        <translation>The keys are reset to the defaults</translation>
    </message>
    <message>
        <source>Colours are written #rrggbb, separated by spaces</source>
        <translation>Colours are written #rrggbb, separated by spaces</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>&amp;Watch colours:</source>
        <translation>&amp;Watch colours:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Keys:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>&amp;Reset keys</source>
        <translation>&amp;Reset keys</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>As last time</source>
        <translation>As last time</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>Traditional (Taiwan)</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>Text font</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Default script</source>
        <translation>Default script</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Watch-list colours</source>
        <translation>Watch-list colours</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Set keys</source>
        <translation>Set keys</translation>
    </message>
    <message>
        <source>Reset keys</source>
        <translation>Reset keys</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Type the keys first</source>
        <translation>Type the keys first</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Set: %1</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>%1: %2 article(s), %3 mention(s)</source>
        <translation>%1: %2 article(s), %3 mention(s)</translation>
    </message>
    <message>
        <source>No mentions</source>
        <translation>No mentions</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>Watch-list</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>“%1”: %2 article(s), %3 mention(s), %4 issue(s)</source>
        <translation>“%1”: %2 article(s), %3 mention(s), %4 issue(s)</translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation>Trend chart: %1</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Term or query</source>
        <translation>Term or query</translation>
    </message>
    <message>
        <source>←/→ choose a date, Enter opens its articles, Esc closes</source>
        <translation>←/→ choose a date, Enter opens its articles, Esc closes</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export?</source>
        <translation>What to export?</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>The article</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>The page</translation>
    </message>
    <message>
        <source>The starred articles</source>
        <translation>The starred articles</translation>
    </message>
    <message>
        <source>The search results</source>
        <translation>The search results</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>find · search terms · key terms · watch-list</source>
        <translation>find · search terms · key terms · watch-list</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Open pages</translation>
    </message>
    <message>
        <source>Script (t cycles)</source>
        <translation>Script (t cycles)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Highlighting</source>
        <translation>Highlighting</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>Highlighting on</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>Highlighting off</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Find %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>Add to the library</translation>
    </message>
    <message>
        <source>Add this folder to the library so it can be searched?</source>
        <translation>Add this folder to the library so it can be searched?</translation>
    </message>
    <message>
        <source>Page text (*.txt *.text)</source>
        <translation>Page text (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Opening %1 item(s)…</source>
        <translation>Opening %1 item(s)…</translation>
    </message>
    <message>
        <source>Opened %1 page(s), %2 article(s)</source>
        <translation>Opened %1 page(s), %2 article(s)</translation>
    </message>
    <message>
        <source>Indexing stopped</source>
        <translation>Indexing stopped</translation>
    </message>
    <message>
        <source>Nothing is being indexed</source>
        <translation>Nothing is being indexed</translation>
    </message>
    <message>
        <source>Added to the library (%1 item(s))</source>
        <translation>Added to the library (%1 item(s))</translation>
    </message>
    <message>
        <source>This is the first article</source>
        <translation>This is the first article</translation>
    </message>
    <message>
        <source>This is the last article</source>
        <translation>This is the last article</translation>
    </message>
    <message>
        <source>No page is open</source>
        <translation>No page is open</translation>
    </message>
    <message>
        <source>This is the first page</source>
        <translation>This is the first page</translation>
    </message>
    <message>
        <source>This is the last page</source>
        <translation>This is the last page</translation>
    </message>
    <message>
        <source>No unread articles left</source>
        <translation>No unread articles left</translation>
    </message>
    <message>
        <source>On to the next page</source>
        <translation>On to the next page</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <source> (not saved: the library is unavailable)</source>
        <translation> (not saved: the library is unavailable)</translation>
    </message>
    <message>
        <source>Marked read</source>
        <translation>Marked read</translation>
    </message>
    <message>
        <source>Marked unread</source>
        <translation>Marked unread</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Starred</translation>
    </message>
    <message>
        <source>Unstarred</source>
        <translation>Unstarred</translation>
    </message>
    <message>
        <source>The library is not open</source>
        <translation>The library is not open</translation>
    </message>
    <message>
        <source>%1 starred</source>
        <translation>%1 starred</translation>
    </message>
    <message>
        <source>%1 starred article(s); Esc goes back</source>
        <translation>%1 starred article(s); Esc goes back</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <source>%1　%2　%3 time(s)</source>
        <translation>%1　%2　%3 time(s)</translation>
    </message>
    <message>
        <source>%1: %2 article(s)</source>
        <translation>%1: %2 article(s)</translation>
    </message>
    <message>
        <source>%1: %2 article(s); Esc goes back</source>
        <translation>%1: %2 article(s); Esc goes back</translation>
    </message>
    <message>
        <source>Script: %1 (loading the converter…)</source>
        <translation>Script: %1 (loading the converter…)</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Script: %1</translation>
    </message>
    <message>
        <source>%1 article(s)</source>
        <translation>%1 article(s)</translation>
    </message>
    <message>
        <source>“%1”: %2 article(s) match</source>
        <translation>“%1”: %2 article(s) match</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>Highlighting on</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>Highlighting off</translation>
    </message>
    <message>
        <source>“%1” is not in this article</source>
        <translation>“%1” is not in this article</translation>
    </message>
    <message>
        <source>No highlighted terms in this article</source>
        <translation>No highlighted terms in this article</translation>
    </message>
    <message>
        <source>Watching “%1”</source>
        <translation>Watching “%1”</translation>
    </message>
    <message>
        <source>No longer watching “%1”</source>
        <translation>No longer watching “%1”</translation>
    </message>
    <message>
        <source>Select text first, or type a term in the panel</source>
        <translation>Select text first, or type a term in the panel</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferences saved</translation>
    </message>
    <message>
        <source>Copied as Markdown</source>
        <translation>Copied as Markdown</translation>
    </message>
    <message>
        <source>Article copied</source>
        <translation>Article copied</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>No search results</source>
        <translation>No search results</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Exported %1 article(s) to %2</source>
        <translation>Exported %1 article(s) to %2</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>Settings not saved: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+F to find</source>
        <translation>Press Ctrl+F to find</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>“%1” not found</translation>
    </message>
    <message>
        <source>Find wrapped to the top</source>
        <translation>Find wrapped to the top</translation>
    </message>
    <message>
        <source>Find wrapped to the bottom</source>
        <translation>Find wrapped to the bottom</translation>
    </message>
    <message>
        <source>The term is empty</source>
        <translation>The term is empty</translation>
    </message>
    <message>
        <source>“%1” is already watched</source>
        <translation>“%1” is already watched</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>opening pages</source>
        <translation>opening pages</translation>
    </message>
    <message>
        <source>restoring the last session</source>
        <translation>restoring the last session</translation>
    </message>
    <message>
        <source>preparing the open pages for search</source>
        <translation>preparing the open pages for search</translation>
    </message>
    <message>
        <source>converting pages to the script shown</source>
        <translation>converting pages to the script shown</translation>
    </message>
    <message>
        <source>finding key terms</source>
        <translation>finding key terms</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>searching</translation>
    </message>
    <message>
        <source>counting mentions</source>
        <translation>counting mentions</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>loading the script converters</source>
        <translation>loading the script converters</translation>
    </message>
    <message>
        <source>loading the word segmenter</source>
        <translation>loading the word segmenter</translation>
    </message>
    <message>
        <source>opening the library</source>
        <translation>opening the library</translation>
    </message>
    <message>
        <source>listing the library's pages</source>
        <translation>listing the library's pages</translation>
    </message>
    <message>
        <source>looking up a folder in the library</source>
        <translation>looking up a folder in the library</translation>
    </message>
    <message>
        <source>saving read and star marks</source>
        <translation>saving read and star marks</translation>
    </message>
    <message>
        <source>reading read and star marks</source>
        <translation>reading read and star marks</translation>
    </message>
    <message>
        <source>listing the starred articles</source>
        <translation>listing the starred articles</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>saving the settings</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong while %1: %2</source>
        <translation>Something went wrong while %1: %2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” failed: %2</translation>
    </message>
    <message>
        <source>The keys set were not valid; the default keys are used: %1</source>
        <translation>The keys set were not valid; the default keys are used: %1</translation>
    </message>
    <message>
        <source>The library was damaged (%1); it was set aside as %2 and is being rebuilt</source>
        <translation>The library was damaged (%1); it was set aside as %2 and is being rebuilt</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export to %1 failed: %2</translation>
    </message>
    <message>
        <source>The library cannot be used (%1); search covers the open pages only</source>
        <translation>The library cannot be used (%1); search covers the open pages only</translation>
    </message>
    <message>
        <source>The library is damaged (%1); searching the open pages until it is rebuilt</source>
        <translation>The library is damaged (%1); searching the open pages until it is rebuilt</translation>
    </message>
    <message>
        <source>The library cannot be used</source>
        <translation>The library cannot be used</translation>
    </message>
    <message>
        <source>Indexing failed (%1)</source>
        <translation>Indexing failed (%1)</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a page file</source>
        <translation>it is a folder, not a page file</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>it is too large</translation>
    </message>
    <message>
        <source>the system could not read it</source>
        <translation>the system could not read it</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>it is not text</translation>
    </message>
    <message>
        <source>its byte-order mark does not match its bytes</source>
        <translation>its byte-order mark does not match its bytes</translation>
    </message>
    <message>
        <source>its encoding is not one the reader knows</source>
        <translation>its encoding is not one the reader knows</translation>
    </message>
    <message>
        <source>No page files in the folder %1</source>
        <translation>No page files in the folder %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1); defaults are used, the old file is kept as %2</source>
        <translation>The settings file was damaged (%1); defaults are used, the old file is kept as %2</translation>
    </message>
    <message>
        <source>The settings could not be read (%1); defaults are used</source>
        <translation>The settings could not be read (%1); defaults are used</translation>
    </message>
    <message>
        <source>Damaged preferences were reset to their defaults: %1</source>
        <translation>Damaged preferences were reset to their defaults: %1</translation>
    </message>
    <message>
        <source>The preferences could not be read (%1); defaults are used</source>
        <translation>The preferences could not be read (%1); defaults are used</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source> (list)</source>
        <translation> (list)</translation>
    </message>
    <message>
        <source> (search field)</source>
        <translation> (search field)</translation>
    </message>
    <message>
        <source> (find field)</source>
        <translation> (find field)</translation>
    </message>
    <message>
        <source> (article)</source>
        <translation> (article)</translation>
    </message>
    <message>
        <source> (panel)</source>
        <translation> (panel)</translation>
    </message>
    <message>
        <source> (library panel)</source>
        <translation> (library panel)</translation>
    </message>
    <message>
        <source>Keys not understood: “%1”</source>
        <translation>Keys not understood: “%1”</translation>
    </message>
    <message>
        <source>“%1” is already %2; it cannot also be %3</source>
        <translation>“%1” is already %2; it cannot also be %3</translation>
    </message>
    <message>
        <source>“%1” (%2) starts “%3” (%4)</source>
        <translation>“%1” (%2) starts “%3” (%4)</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Headline supplied</source>
        <translation>Headline supplied</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Continued</translation>
    </message>
    <message>
        <source> (read)</source>
        <translation> (read)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>%1 (%2 articles)</source>
        <translation>%1 (%2 articles)</translation>
    </message>
    <message>
        <source>%1 (%2 articles, %3 unread)</source>
        <translation>%1 (%2 articles, %3 unread)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Key terms (Enter: next occurrence)</source>
        <translation>Key terms (Enter: next occurrence)</translation>
    </message>
    <message>
        <source>Key terms of the article</source>
        <translation>Key terms of the article</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>Watch-list</translation>
    </message>
    <message>
        <source>New watched term</source>
        <translation>New watched term</translation>
    </message>
    <message>
        <source>Type a term</source>
        <translation>Type a term</translation>
    </message>
    <message>
        <source>Watch colour</source>
        <translation>Watch colour</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>Add selection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Esc, ? or F1 closes this list</source>
        <translation>Esc, ? or F1 closes this list</translation>
    </message>
    <message>
        <source>Key list</source>
        <translation>Key list</translation>
    </message>
</context>
<context>
    <name>bars</name>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Find in this article (any script)</source>
        <translation>Find in this article (any script)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Search the library and the open pages (word word "phrase" -exclude)</source>
        <translation>Search the library and the open pages (word word "phrase" -exclude)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>Dismiss problems</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Library pages</source>
        <translation>Library pages</translation>
    </message>
    <message>
        <source>Library — %1 pages, %2 articles</source>
        <translation>Library — %1 pages, %2 articles</translation>
    </message>
    <message>
        <source>Library — opening…</source>
        <translation>Library — opening…</translation>
    </message>
    <message>
        <source>The library is unavailable</source>
        <translation>The library is unavailable</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 pages/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation>Indexing %1</translation>
    </message>
    <message>
        <source>Stop indexing (Ctrl+.)</source>
        <translation>Stop indexing (Ctrl+.)</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Stop indexing</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indexing progress</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>find</source>
        <translation>find</translation>
    </message>
    <message>
        <source>current match</source>
        <translation>current match</translation>
    </message>
    <message>
        <source>search terms</source>
        <translation>search terms</translation>
    </message>
    <message>
        <source>key terms</source>
        <translation>key terms</translation>
    </message>
    <message>
        <source>watch-list</source>
        <translation>watch-list</translation>
    </message>
</context>
</TS>
