package org.papernotes.model;

import java.util.Locale;

/** A file size as people read it: {@code 812 bytes}, {@code 245 KB}, {@code 2.3 MB} (units of 1024). */
public final class ByteSize {

    private ByteSize() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes < 100 ? String.format(Locale.ROOT, "%.1f", megabytes) : String.valueOf(Math.round(megabytes)))
                + " MB";
    }
}
