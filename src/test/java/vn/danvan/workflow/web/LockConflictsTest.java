package vn.danvan.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class LockConflictsTest {

  @Test
  void anH2LockTimeoutInsideCamundasExceptionsIsAConflict() {
    SQLException timeout = new SQLTimeoutException("Timeout trying to lock table \"ACT_RU_TASK\"", "HYT00", 50200);
    assertThat(LockConflicts.isLockConflict(new ProcessEngineException("flush failed",
        new PersistenceException("update", timeout)))).isTrue();
  }

  @Test
  void aPostgresDeadlockVictimIsAConflict() {
    assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("value too long", "22001"))))
        .isFalse();
    assertThat(LockConflicts.isLockConflict(new SQLException("no state"))).isFalse();
    assertThat(LockConflicts.isLockConflict(new IllegalStateException("no cause"))).isFalse();
  }
}
