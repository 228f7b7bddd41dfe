package org.papernotes.store.search;

/**
 * A unit of text as search sees it: a word (letters and digits, folded to lower case and NFKC), or one
 * character of a run of Chinese, Japanese or Korean text.
 *
 * @param start offset of the first char in the original text
 * @param end   offset after the last char in the original text
 * @param text  the folded word, or the one CJK character (a code point, so possibly two chars)
 * @param cjk   true for a CJK character
 * @param run   for CJK characters, a number shared by the characters of one unbroken run; -1 for words
 */
record Token(int start, int end, String text, boolean cjk, int run) {
}
