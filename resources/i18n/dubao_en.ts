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
    <name>preferences</name>
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
</context>
<context>
    <name>trends</name>
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
</context>
</TS>
