package org.papernotes.ui.preview;

import java.util.List;
import org.papernotes.markdown.PreviewBlock;

/**
 * The change from the blocks a page shows to new blocks: keep a common prefix and a common suffix (same HTML, and
 * the suffix moved by one offset delta), replace the rest. Typing in one paragraph replaces just that paragraph.
 *
 * @param from        index of the first replaced block
 * @param removeCount how many shown blocks are removed
 * @param html        the HTML of the blocks that replace them
 * @param delta       how far the source positions of the kept suffix moved
 */
record BlockPatch(int from, int removeCount, String html, int delta) {

    static BlockPatch between(List<PreviewBlock> shown, List<PreviewBlock> next) {
        int common = Math.min(shown.size(), next.size());
        int prefix = 0;
        while (prefix < common && same(shown.get(prefix), next.get(prefix), 0)) {
            prefix++;
        }
        int suffix = 0;
        Integer delta = null;
        while (suffix < common - prefix) {
            PreviewBlock old = shown.get(shown.size() - 1 - suffix);
            PreviewBlock fresh = next.get(next.size() - 1 - suffix);
            if (delta == null && old.start() >= 0 && fresh.start() >= 0) {
                delta = fresh.start() - old.start();
            }
            if (!same(old, fresh, delta == null ? 0 : delta)) {
                break;
            }
            suffix++;
        }
        StringBuilder html = new StringBuilder();
        for (PreviewBlock block : next.subList(prefix, next.size() - suffix)) {
            html.append(block.html());
        }
        return new BlockPatch(prefix, shown.size() - prefix - suffix, html.toString(), delta == null ? 0 : delta);
    }

    boolean isEmpty() {
        return removeCount == 0 && html.isEmpty() && delta == 0;
    }

    private static boolean same(PreviewBlock old, PreviewBlock fresh, int delta) {
        boolean positioned = old.start() >= 0;
        return positioned == fresh.start() >= 0
                && (!positioned || fresh.start() - old.start() == delta)
                && old.key().equals(fresh.key());
    }
}
