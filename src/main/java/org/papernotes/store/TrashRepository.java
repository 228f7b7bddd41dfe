package org.papernotes.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.papernotes.model.TrashedPaper;
import org.papernotes.store.search.SearchIndex;

/**
 * The trash: a deleted paper's rows, of every table that refers to papers (found through the schema's foreign keys,
 * so that tables added later, attachments for one, go along without this class knowing them), are kept in one row
 * of {@code trash} until it is restored or the trash is emptied; its versions move with it. Only emptying the trash
 * (or {@link #deleteForever}) removes a paper for good, and the window asks before either.
 */
public final class TrashRepository {

    /** Tables not dumped with the paper: its versions move by reference, its tags are kept by name. */
    private static final List<String> NOT_DUMPED = List.of("paper_versions", "paper_tags", "trash");

    private final Database database;
    private final SearchIndex searchIndex;
    private final VersionRepository versions;

    TrashRepository(Database database, SearchIndex searchIndex, VersionRepository versions) {
        this.database = database;
        this.searchIndex = searchIndex;
        this.versions = versions;
    }

    /** Moves the papers to the trash, all or none; returns their trash entries in the same order. */
    public List<TrashedPaper> moveToTrash(Collection<Long> paperIds) {
        return database.inTransaction(connection -> {
            List<TrashedPaper> result = new ArrayList<>();
            Instant now = database.now();
            for (long id : paperIds) {
                result.add(moveOne(connection, id, now));
            }
            TagRepository.dropUnused(connection);
            return result;
        });
    }

    private TrashedPaper moveOne(Connection connection, long id, Instant now) throws SQLException {
        String title;
        try (PreparedStatement statement = connection.prepareStatement("SELECT title FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new PaperNotFoundException(id);
                }
                title = rows.getString(1);
            }
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.name FROM paper_tags pt "
                + "JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ? ORDER BY pt.position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        byte[] dump = dump(connection, id);
        long trashId;
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO trash (paper_id, title, deleted_at, tags, rows) VALUES (?, ?, ?, ?, ?)")) {
            statement.setLong(1, id);
            statement.setString(2, title);
            statement.setLong(3, now.toEpochMilli());
            statement.setString(4, String.join("\n", tags));
            statement.setBytes(5, dump);
            statement.executeUpdate();
        }
        trashId = lastId(connection);
        AttachmentRepository.holdForTrash(connection, id, trashId); // the images' bytes outlive the rows moved here
        versions.moveToTrash(connection, id, trashId);
        searchIndex.remove(connection, id);
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
        return new TrashedPaper(trashId, id, title, tags, now);
    }

    /** What the trash holds, most recently deleted first. */
    public List<TrashedPaper> list() {
        return database.read(connection -> {
            List<TrashedPaper> result = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id, paper_id, title, tags, deleted_at FROM trash ORDER BY deleted_at DESC, id DESC")) {
                while (rows.next()) {
                    String tags = rows.getString(4);
                    result.add(new TrashedPaper(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
                            Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
            return result;
        });
    }

    public int count() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM trash")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /**
     * Puts papers back with everything they had (note, tags, blog post, history), under their old ids when those
     * are free; returns their ids now, in the given order. Entries no longer in the trash are skipped.
     */
    public List<Long> restore(Collection<Long> trashIds) {
        return database.inTransaction(connection -> {
            List<Long> restored = new ArrayList<>();
            for (long trashId : trashIds) {
                Long id = restoreOne(connection, trashId);
                if (id != null) {
                    restored.add(id);
                }
            }
            return restored;
        });
    }

    private Long restoreOne(Connection connection, long trashId) throws SQLException {
        long oldId;
        String tags;
        byte[] dump;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT paper_id, tags, rows FROM trash WHERE id = ?")) {
            statement.setLong(1, trashId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                oldId = rows.getLong(1);
                tags = rows.getString(2);
                dump = rows.getBytes(3);
            }
        }
        long id = isFree(connection, oldId) ? oldId : nextPaperId(connection);
        undump(connection, dump, id);
        int position = 0;
        for (String tag : tags.isEmpty() ? List.<String>of() : Arrays.asList(tags.split("\n"))) {
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id, position) VALUES (?, ?, ?)")) {
                link.setLong(1, id);
                link.setLong(2, TagRepository.ensureTag(connection, tag));
                link.setInt(3, position++);
                link.executeUpdate();
            }
        }
        versions.moveFromTrash(connection, trashId, id);
        delete(connection, trashId);
        searchIndex.update(connection, id);
        return id;
    }

    /** Removes trash entries for good, with their versions. */
    public void deleteForever(Collection<Long> trashIds) {
        database.inTransaction(connection -> {
            for (long trashId : trashIds) {
                delete(connection, trashId);
            }
            return null;
        });
    }

    /** Removes everything in the trash for good; returns how many papers that was. */
    public int empty() {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM trash")) {
                int count = rows.next() ? rows.getInt(1) : 0;
                statement.execute("DELETE FROM trash");
                return count;
            }
        });
    }

    private static void delete(Connection connection, long trashId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM trash WHERE id = ?")) {
            statement.setLong(1, trashId);
            statement.executeUpdate();
        }
    }

    // ---- the paper's rows, of whatever tables refer to it

    /** Each table holding rows of a paper, with the column that names the paper: papers itself first. */
    private static Map<String, String> paperTables(Connection connection) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("papers", "id");
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String table : names) {
            if (NOT_DUMPED.contains(table) || table.equals("papers")) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet keys = statement.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
                while (keys.next()) {
                    if (keys.getString("table").equals("papers")) {
                        tables.put(table, keys.getString("from"));
                        break;
                    }
                }
            }
        }
        return tables;
    }

    private static byte[] dump(Connection connection, long id) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            Map<String, String> tables = paperTables(connection);
            out.writeInt(tables.size());
            for (Map.Entry<String, String> table : tables.entrySet()) {
                out.writeUTF(table.getKey());
                out.writeUTF(table.getValue());
                List<Object[]> rowValues = new ArrayList<>();
                List<String> columns = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM \"" + table.getKey() + "\" WHERE \"" + table.getValue() + "\" = ?")) {
                    statement.setLong(1, id);
                    try (ResultSet rows = statement.executeQuery()) {
                        int count = rows.getMetaData().getColumnCount();
                        for (int c = 1; c <= count; c++) {
                            columns.add(rows.getMetaData().getColumnName(c));
                        }
                        while (rows.next()) {
                            Object[] values = new Object[count];
                            for (int c = 1; c <= count; c++) {
                                values[c - 1] = rows.getObject(c);
                            }
                            rowValues.add(values);
                        }
                    }
                }
                out.writeInt(columns.size());
                for (String column : columns) {
                    out.writeUTF(column);
                }
                out.writeInt(rowValues.size());
                for (Object[] values : rowValues) {
                    for (Object value : values) {
                        writeValue(out, value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void undump(Connection connection, byte[] dump, long id) throws SQLException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(dump)))) {
            int tables = in.readInt();
            for (int t = 0; t < tables; t++) {
                String table = in.readUTF();
                String paperColumn = in.readUTF();
                int columnCount = in.readInt();
                List<String> columns = new ArrayList<>();
                for (int c = 0; c < columnCount; c++) {
                    columns.add(in.readUTF());
                }
                int rowCount = in.readInt();
                List<String> existing = columns(connection, table);
                String rowKey = integerKey(connection, table);
                for (int r = 0; r < rowCount; r++) {
                    List<String> names = new ArrayList<>();
                    List<Object> values = new ArrayList<>();
                    for (int c = 0; c < columnCount; c++) {
                        Object value = readValue(in);
                        String column = columns.get(c);
                        // A column dropped since is left out; one added since takes its default.
                        boolean keyTaken = column.equals(rowKey) && !column.equals(paperColumn)
                                && value != null && rowExists(connection, table, column, value);
                        if (existing.contains(column) && !keyTaken) { // a taken row id: SQLite gives a new one
                            names.add(column);
                            values.add(column.equals(paperColumn) ? (Object) id : value);
                        }
                    }
                    if (!existing.isEmpty()) {
                        insert(connection, table, names, values);
                    }
                }
            }
        } catch (IOException e) {
            throw new LibraryException("A paper in the trash cannot be read back: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, String table, List<String> names, List<Object> values)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\" (");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
        }
        sql.append(") VALUES (").append("?, ".repeat(Math.max(0, names.size() - 1))).append(names.isEmpty() ? "" : "?")
                .append(')');
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    /** The table's INTEGER PRIMARY KEY column (its row id), or null. */
    private static String integerKey(Connection connection, String table) throws SQLException {
        String key = null;
        int keys = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rows.next()) {
                if (rows.getInt("pk") > 0) {
                    keys++;
                    key = "INTEGER".equalsIgnoreCase(rows.getString("type")) ? rows.getString("name") : null;
                }
            }
        }
        return keys == 1 ? key : null;
    }

    private static boolean rowExists(Connection connection, String table, String column, Object value)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM \"" + table + "\" WHERE \"" + column + "\" = ?")) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(0);
        } else if (value instanceof Integer || value instanceof Long) {
            out.writeByte(1);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Number number) {
            out.writeByte(2);
            out.writeDouble(number.doubleValue());
        } else if (value instanceof byte[] blob) {
            out.writeByte(3);
            out.writeInt(blob.length);
            out.write(blob);
        } else {
            byte[] text = value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeByte(4);
            out.writeInt(text.length);
            out.write(text);
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int type = in.readByte();
        switch (type) {
            case 0:
                return null;
            case 1:
                return in.readLong();
            case 2:
                return in.readDouble();
            case 3: {
                byte[] blob = new byte[in.readInt()];
                in.readFully(blob);
                return blob;
            }
            default: {
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                return new String(text, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private static boolean isFree(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return !rows.next();
            }
        }
    }

    private static long nextPaperId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM papers")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long lastId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
