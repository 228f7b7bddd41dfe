package org.papernotes.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the library's connection, inside a transaction or a read. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
