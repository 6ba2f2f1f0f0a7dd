package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sitrep.store.StoreException;

class StoreWriterTest {
  @Test
  void a_value_the_database_refuses_is_the_documents_fault_a_lost_connection_is_not() {
    assertThat(StoreWriter.causedByData(new StoreException("cannot store x",
        new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")))).isTrue();
    assertThat(StoreWriter.causedByData(new StoreException("cannot store x",
        new SQLException("duplicate key", "23505")))).isTrue();
    assertThat(StoreWriter.causedByData(new StoreException("cannot store x",
        new SQLException("connection refused", "08001")))).isFalse();
    assertThat(StoreWriter.causedByData(new StoreException("cannot store x",
        new SQLException("database is locked")))).isFalse();
  }
}
