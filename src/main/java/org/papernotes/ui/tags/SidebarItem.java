package org.papernotes.ui.tags;

import org.papernotes.model.ReadingStatus;

/**
 * One line of the tag sidebar. Headers are labels only; the others filter the paper list.
 *
 * @param name   the tag's name for {@link Kind#TAG}; null otherwise
 * @param status the reading status for {@link Kind#STATUS}; null otherwise
 * @param count  how many papers the line stands for
 */
public record SidebarItem(Kind kind, String name, ReadingStatus status, int count) {

    public enum Kind { ALL, UNTAGGED, STATUS_HEADER, STATUS, TAGS_HEADER, TAG }

    public static SidebarItem all(int count) {
        return new SidebarItem(Kind.ALL, null, null, count);
    }

    public static SidebarItem untagged(int count) {
        return new SidebarItem(Kind.UNTAGGED, null, null, count);
    }

    public static SidebarItem status(ReadingStatus status, int count) {
        return new SidebarItem(Kind.STATUS, null, status, count);
    }

    public static SidebarItem tag(String name, int count) {
        return new SidebarItem(Kind.TAG, name, null, count);
    }

    public static SidebarItem header(Kind kind) {
        return new SidebarItem(kind, null, null, 0);
    }

    public boolean isHeader() {
        return kind == Kind.STATUS_HEADER || kind == Kind.TAGS_HEADER;
    }

    /** Same line regardless of its count (selections survive a refresh). */
    public boolean sameLine(SidebarItem other) {
        return other != null && kind == other.kind && java.util.Objects.equals(name, other.name)
                && status == other.status;
    }
}
