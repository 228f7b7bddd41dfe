package org.papernotes.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a version is taken and which versions are kept. Every version of the last week is kept; older ones, the last
 * of each day for three months, then the last of each week; the newest is never thinned out.
 */
final class VersionPolicy {

    /** An edit this long after the one before starts a new editing session: the state before it becomes a version. */
    static final Duration SESSION_PAUSE = Duration.ofMinutes(3);
    /** In a session that does not pause, a version at least this often. */
    static final Duration SESSION_LONGEST = Duration.ofMinutes(15);
    /** A note of at least this many characters that loses half of them at once is kept as a version first. */
    static final int LARGE_DELETION_FROM = 200;
    static final Duration ALL_KEPT = Duration.ofDays(7);
    static final Duration DAILY_KEPT = Duration.ofDays(90);

    private VersionPolicy() {
    }

    /** Whether a write that changes the note from {@code oldLength} to {@code newLength} characters deletes much. */
    static boolean largeDeletion(int oldLength, int newLength) {
        return newLength >= 0 && oldLength >= LARGE_DELETION_FROM && newLength <= oldLength / 2;
    }

    /**
     * Which of the versions taken at {@code times} (oldest first) to keep at {@code now}.
     *
     * @return for each version, whether it stays
     */
    static boolean[] keep(List<Instant> times, Instant now, ZoneId zone) {
        boolean[] keep = new boolean[times.size()];
        Set<Object> periods = new HashSet<>();
        // Newest first: the first version seen of a day or week is that period's last.
        for (int i = times.size() - 1; i >= 0; i--) {
            Instant time = times.get(i);
            Duration age = Duration.between(time, now);
            if (i == times.size() - 1 || age.compareTo(ALL_KEPT) < 0) {
                keep[i] = true;
                continue;
            }
            LocalDate day = time.atZone(zone).toLocalDate();
            Object period = age.compareTo(DAILY_KEPT) < 0 ? day
                    : "w" + day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            keep[i] = periods.add(period);
        }
        return keep;
    }
}
