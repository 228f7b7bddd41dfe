package org.papernotes.markdown;

/**
 * One top-level block of a note's preview HTML (a paragraph, heading, list, table, formula…).
 *
 * @param key   the block's HTML without source positions: equal keys render the same
 * @param html  the sanitized HTML of the block, one element
 * @param start the source offset of the first positioned element in the block, or -1 if it has none
 */
public record PreviewBlock(String key, String html, int start) {
}
