package org.papernotes.store;

import java.util.Optional;

/** Per-library preferences (for example the blog folder last exported to). */
public final class SettingsRepository {

    private final Database database;

    SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                statement.setString(1, key);
                try (var rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void remove(String key) {
        database.inTransaction(connection -> {
            try (var statement = connection.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                statement.setString(1, key);
                return statement.executeUpdate();
            }
        });
    }

    public void put(String key, String value) {
        database.inTransaction(connection -> {
            try (var statement = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                statement.setString(1, key);
                statement.setString(2, value);
                return statement.executeUpdate();
            }
        });
    }
}
