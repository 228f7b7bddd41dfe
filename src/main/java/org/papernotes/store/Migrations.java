package org.papernotes.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema as numbered scripts from {@code notes-db/migrations}, packaged into the jar. Script N brings a
 * library from {@code user_version} N-1 to N; each runs in its own transaction together with the version bump.
 */
public final class Migrations {

    /** In order; a test checks that this list and the folder agree. */
    static final List<String> SCRIPTS = List.of(
            "001_init.sql",
            "002_search.sql",
            "003_bibliography.sql",
            "004_blog_post_origin.sql",
            "005_attachments.sql",
            "006_history_versions.sql",
            "007_trash_keeps_images.sql",
            "008_blog_image_files.sql");

    private static final String RESOURCE_DIR = "/org/papernotes/store/migrations/";

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Applies the scripts after the library's current version up to {@code target}. */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = userVersion(connection);
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(version))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line, outside {@code BEGIN … END} trigger
     * bodies; comment lines are dropped. The scripts are ours, so this small grammar is enough.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTriggerBody = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTriggerBody = true;
            }
            if (trimmed.endsWith(";") && (!inTriggerBody || upper.equals("END;"))) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTriggerBody = false;
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
