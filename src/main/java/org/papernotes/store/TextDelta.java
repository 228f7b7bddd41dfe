package org.papernotes.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A compact, exact description of how one text becomes another: the edits {@link TextDiff} finds, as (skip, delete,
 * insert) operations written with variable-length numbers, deflated when that makes them smaller, with as much of the
 * old text around the edits as the deflater's window holds as its dictionary (typed words mostly repeat words of the
 * note). {@link #encode(String, String)} with an empty {@code from} is the whole text. Every character
 * is written on its own (as modified UTF-8 does), so that a change splitting a surrogate pair is still stored
 * exactly.
 */
final class TextDelta {

    private static final int RAW = 0;
    private static final int DEFLATED = 1;
    /** Deflated with a stretch of the old text (start, length) as the preset dictionary: words found there cost little. */
    private static final int DEFLATED_AGAINST_OLD = 2;
    /** The deflater's window: a longer dictionary would not be reached. */
    private static final int DICTIONARY_BYTES = 32 * 1024;
    private static final int DEFLATE_FROM = 48;
    /** Set on a delta's first byte when another delta follows it, applied to what it made (see {@link #chained}). */
    private static final int FOLLOWED = 0x80;

    private TextDelta() {
    }

    /** The delta that turns {@code from} into {@code to}. */
    static byte[] encode(String from, String to) {
        List<TextDiff.Edit> edits = TextDiff.between(from, to);
        Writer out = new Writer();
        out.number(edits.size());
        int at = 0;
        for (TextDiff.Edit edit : edits) {
            out.number(edit.at() - at);
            out.number(edit.deleted());
            out.number(edit.inserted());
            out.characters(to, edit.toAt(), edit.toAt() + edit.inserted());
            at = edit.at() + edit.deleted();
        }
        return pack(out.bytes(), from, edits);
    }

    /** {@code from} with {@code delta} applied. */
    static String apply(String from, byte[] delta) {
        return walk(from, delta, null);
    }

    /**
     * The deltas {@code delta} is made of: itself, unless {@link #chained} made it of several. {@code from} is the
     * text it applies to.
     */
    static List<byte[]> parts(String from, byte[] delta) {
        List<byte[]> parts = new ArrayList<>();
        walk(from, delta, parts);
        return parts;
    }

    /**
     * One delta made of {@code parts}, each applied to what the one before made, in exactly their bytes: so a version
     * whose elder is thinned out can be stored as the deltas that made it, never bigger than they were.
     */
    static byte[] chained(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            out.write(i + 1 < parts.size() ? part[0] | FOLLOWED : part[0]);
            out.write(part, 1, part.length - 1);
        }
        return out.toByteArray();
    }

    /** Applies each part of {@code delta} in turn (collecting them into {@code parts} unless it is null). */
    private static String walk(String from, byte[] delta, List<byte[]> parts) {
        String text = from;
        int at = 0;
        while (true) {
            if (at >= delta.length) {
                throw new IllegalStateException("Truncated version data");
            }
            Part part = unpack(delta, at, text);
            text = applyOperations(text, part.operations);
            if (parts != null) {
                byte[] copy = Arrays.copyOfRange(delta, at, part.end);
                copy[0] &= ~FOLLOWED;
                parts.add(copy);
            }
            boolean more = (delta[at] & FOLLOWED) != 0;
            at = part.end;
            if (!more) {
                if (at != delta.length) {
                    throw new IllegalStateException("Damaged version data");
                }
                return text;
            }
        }
    }

    private static String applyOperations(String from, byte[] operations) {
        Reader in = new Reader(operations);
        int count = in.number();
        StringBuilder result = new StringBuilder(from.length() + 64);
        int at = 0;
        for (int i = 0; i < count; i++) {
            int skip = in.number();
            int deleted = in.number();
            int inserted = in.number();
            result.append(from, at, at + skip);
            at += skip + deleted;
            in.characters(inserted, result);
        }
        result.append(from, at, from.length());
        return result.toString();
    }

    private static byte[] pack(byte[] raw, String from, List<TextDiff.Edit> edits) {
        byte[] best = new byte[raw.length + 1];
        best[0] = RAW;
        System.arraycopy(raw, 0, best, 1, raw.length);
        if (raw.length < DEFLATE_FROM && from.isEmpty()) {
            return best;
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream(raw.length / 2 + 16);
        plain.write(DEFLATED);
        deflate(raw, null, plain);
        if (plain.size() < best.length) {
            best = plain.toByteArray();
        }
        if (!from.isEmpty() && !edits.isEmpty()) {
            TextDiff.Edit last = edits.get(edits.size() - 1);
            int[] stretch = around(from, (edits.get(0).at() + last.at() + last.deleted()) / 2);
            Writer header = new Writer();
            header.number(stretch[0]);
            header.number(stretch[1] - stretch[0]);
            ByteArrayOutputStream withOld = new ByteArrayOutputStream(raw.length / 2 + 16);
            withOld.write(DEFLATED_AGAINST_OLD);
            withOld.writeBytes(header.bytes());
            deflate(raw, dictionary(from, stretch[0], stretch[1]), withOld);
            if (withOld.size() < best.length) {
                best = withOld.toByteArray();
            }
        }
        return best;
    }

    /** The stretch {start, end} of {@code text} around {@code middle} that fills the deflater's window. */
    private static int[] around(String text, int middle) {
        int start = middle;
        int end = middle;
        int room = DICTIONARY_BYTES;
        boolean grown = true;
        while (grown) {
            grown = false;
            if (start > 0 && Writer.size(text.charAt(start - 1)) <= room) {
                room -= Writer.size(text.charAt(--start));
                grown = true;
            }
            if (end < text.length() && Writer.size(text.charAt(end)) <= room) {
                room -= Writer.size(text.charAt(end++));
                grown = true;
            }
        }
        return new int[] {start, end};
    }

    /**
     * The bytes {@link Writer#characters} writes for {@code text[start, end)}, into an array of their own: a version
     * read applies one delta after another, each with its dictionary, so this is on the path of every read.
     */
    private static byte[] dictionary(String text, int start, int end) {
        byte[] bytes = new byte[3 * (end - start)];
        int at = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xc0 | (c >> 6));
                bytes[at++] = (byte) (0x80 | (c & 0x3f));
            } else {
                bytes[at++] = (byte) (0xe0 | (c >> 12));
                bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return Arrays.copyOf(bytes, at);
    }

    private static void deflate(byte[] raw, byte[] dictionary, ByteArrayOutputStream out) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
    }

    /** A part of a delta read: its operations, and where it ends in the delta. */
    private record Part(byte[] operations, int end) {
    }

    private static Part unpack(byte[] packed, int at, String from) {
        switch (packed[at] & 0xff & ~FOLLOWED) {
            case RAW: {
                Reader operations = new Reader(packed);
                operations.at = at + 1;
                operations.skipOperations();
                return new Part(Arrays.copyOfRange(packed, at + 1, operations.at), operations.at);
            }
            case DEFLATED:
                return inflate(packed, at + 1, null);
            case DEFLATED_AGAINST_OLD: {
                Reader header = new Reader(packed);
                header.at = at + 1;
                int start = header.number();
                int length = header.number();
                return inflate(packed, header.at, dictionary(from, start, start + length));
            }
            default:
                throw new IllegalStateException("Unknown version data format " + packed[at]);
        }
    }

    private static Part inflate(byte[] packed, int offset, byte[] dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            if (dictionary != null) {
                inflater.setDictionary(dictionary);
            }
            inflater.setInput(packed, offset, packed.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("Truncated version data");
                }
                out.write(buffer, 0, n);
            }
            return new Part(out.toByteArray(), packed.length - inflater.getRemaining());
        } catch (DataFormatException e) {
            throw new IllegalStateException("Damaged version data", e);
        } finally {
            inflater.end();
        }
    }

    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void number(int value) {
            int v = value;
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        /** The bytes {@link #characters} writes for {@code c}. */
        static int size(char c) {
            return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        void characters(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
            }
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static final class Reader {
        private final byte[] data;
        private int at;

        Reader(byte[] data) {
            this.data = data;
        }

        int number() {
            int result = 0;
            int shift = 0;
            while (true) {
                int b = data[at++] & 0xff;
                result |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        /** Reads past a list of operations, to where it ends. */
        void skipOperations() {
            int count = number();
            for (int i = 0; i < count; i++) {
                number();
                number();
                int inserted = number();
                for (int c = 0; c < inserted; c++) {
                    int b = data[at] & 0xff;
                    at += b < 0x80 ? 1 : b < 0xe0 ? 2 : 3;
                }
            }
        }

        void characters(int count, StringBuilder into) {
            for (int i = 0; i < count; i++) {
                int b = data[at++] & 0xff;
                if (b < 0x80) {
                    into.append((char) b);
                } else if (b < 0xe0) {
                    into.append((char) (((b & 0x1f) << 6) | (data[at++] & 0x3f)));
                } else {
                    int second = data[at++] & 0x3f;
                    into.append((char) (((b & 0x0f) << 12) | (second << 6) | (data[at++] & 0x3f)));
                }
            }
        }
    }
}
