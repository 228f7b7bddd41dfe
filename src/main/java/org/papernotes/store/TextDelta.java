package org.papernotes.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A compact, exact description of how one text becomes another: a list of (skip, delete, insert) operations found
 * by java-diff-utils on the characters of the changed middle (on its lines when that middle is large), written with
 * variable-length numbers and deflated when that makes it smaller, with the old text around the change as the
 * deflater's dictionary (typed words mostly repeat words of the note). {@link #encode(String, String)} with an empty
 * {@code from} is the whole text. Every character is written on its own (as modified UTF-8 does), so that a change
 * splitting a surrogate pair is still stored exactly.
 */
final class TextDelta {

    private static final int RAW = 0;
    private static final int DEFLATED = 1;
    /** Deflated with the old text around the change as the preset dictionary: new words found there cost little. */
    private static final int DEFLATED_AGAINST_OLD = 2;
    /** Characters of the old text given to the deflater as its dictionary (its window is 32 KiB; CJK takes 3 bytes). */
    private static final int DICTIONARY_CHARS = 10_000;
    /** Character diffs above this many compared pairs become line diffs (Myers' cost grows with the product). */
    private static final long CHARACTER_DIFF_LIMIT = 4_000_000L;
    private static final int DEFLATE_FROM = 48;

    private TextDelta() {
    }

    /** The delta that turns {@code from} into {@code to}. */
    static byte[] encode(String from, String to) {
        List<int[]> ops = new ArrayList<>(); // {position in from, deleted count, start in to, inserted count}
        int prefix = commonPrefix(from, to);
        int suffix = commonSuffix(from, to, prefix);
        int fromEnd = from.length() - suffix;
        int toEnd = to.length() - suffix;
        int fromLength = fromEnd - prefix;
        int toLength = toEnd - prefix;
        if (fromLength == 0 || toLength == 0 || (long) fromLength * toLength > CHARACTER_DIFF_LIMIT) {
            if (fromLength > 0 && toLength > 0 && (long) fromLength * toLength > CHARACTER_DIFF_LIMIT) {
                lineOps(from, to, prefix, fromEnd, toEnd, ops);
            } else if (fromLength > 0 || toLength > 0) {
                ops.add(new int[] {prefix, fromLength, prefix, toLength});
            }
        } else {
            List<Character> a = characters(from, prefix, fromEnd);
            List<Character> b = characters(to, prefix, toEnd);
            for (AbstractDelta<Character> delta : DiffUtils.diff(a, b).getDeltas()) {
                ops.add(new int[] {prefix + delta.getSource().getPosition(), delta.getSource().size(),
                    prefix + delta.getTarget().getPosition(), delta.getTarget().size()});
            }
        }
        Writer out = new Writer();
        out.number(ops.size());
        int firstChange = ops.isEmpty() ? 0 : ops.get(0)[0];
        int at = 0;
        for (int[] op : ops) {
            out.number(op[0] - at);
            out.number(op[1]);
            out.number(op[3]);
            out.characters(to, op[2], op[2] + op[3]);
            at = op[0] + op[1];
        }
        return pack(out.bytes(), from, firstChange);
    }

    /** {@code from} with {@code delta} applied. */
    static String apply(String from, byte[] delta) {
        Reader in = new Reader(unpack(delta, from));
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

    private static void lineOps(String from, String to, int prefix, int fromEnd, int toEnd, List<int[]> ops) {
        List<String> a = lines(from, prefix, fromEnd);
        List<String> b = lines(to, prefix, toEnd);
        int[] aStarts = starts(a, prefix);
        int[] bStarts = starts(b, prefix);
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            int sourceEnd = sourceAt + delta.getSource().size();
            int targetEnd = targetAt + delta.getTarget().size();
            ops.add(new int[] {aStarts[sourceAt], aStarts[sourceEnd] - aStarts[sourceAt], bStarts[targetAt],
                bStarts[targetEnd] - bStarts[targetAt]});
        }
    }

    /** The pieces of {@code text[start, end)} each ending after a line feed (the last may not). */
    private static List<String> lines(String text, int start, int end) {
        List<String> lines = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < end) {
            lines.add(text.substring(from, end));
        }
        return lines;
    }

    private static int[] starts(List<String> lines, int offset) {
        int[] starts = new int[lines.size() + 1];
        starts[0] = offset;
        for (int i = 0; i < lines.size(); i++) {
            starts[i + 1] = starts[i] + lines.get(i).length();
        }
        return starts;
    }

    private static List<Character> characters(String text, int start, int end) {
        List<Character> result = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            result.add(text.charAt(i));
        }
        return result;
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    private static byte[] pack(byte[] raw, String from, int firstChange) {
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
        if (!from.isEmpty()) {
            int start = Math.max(0, Math.min(firstChange - DICTIONARY_CHARS / 2, from.length() - DICTIONARY_CHARS));
            int end = Math.min(from.length(), start + DICTIONARY_CHARS);
            Writer header = new Writer();
            header.number(start);
            header.number(end - start);
            ByteArrayOutputStream withOld = new ByteArrayOutputStream(raw.length / 2 + 16);
            withOld.write(DEFLATED_AGAINST_OLD);
            withOld.writeBytes(header.bytes());
            deflate(raw, dictionary(from, start, end), withOld);
            if (withOld.size() < best.length) {
                best = withOld.toByteArray();
            }
        }
        return best;
    }

    private static byte[] dictionary(String text, int start, int end) {
        Writer chars = new Writer();
        chars.characters(text, start, end);
        return chars.bytes();
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

    private static byte[] unpack(byte[] packed, String from) {
        if (packed.length == 0) {
            throw new IllegalStateException("Empty version data");
        }
        switch (packed[0]) {
            case RAW:
                return java.util.Arrays.copyOfRange(packed, 1, packed.length);
            case DEFLATED:
                return inflate(packed, 1, null);
            case DEFLATED_AGAINST_OLD: {
                Reader header = new Reader(packed);
                header.at = 1;
                int start = header.number();
                int length = header.number();
                return inflate(packed, header.at, dictionary(from, start, start + length));
            }
            default:
                throw new IllegalStateException("Unknown version data format " + packed[0]);
        }
    }

    private static byte[] inflate(byte[] packed, int offset, byte[] dictionary) {
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
            return out.toByteArray();
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
