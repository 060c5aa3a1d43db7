"""Chinese text: decoding page files, script folding and conversion, words, key terms,
find and highlight spans."""
