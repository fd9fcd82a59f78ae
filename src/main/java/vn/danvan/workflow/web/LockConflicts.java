package vn.danvan.workflow.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * A database that gave up waiting for another transaction's lock, or chose this one as a deadlock victim. Camunda
 * wraps such errors in its own exceptions, untranslated, so they are recognised here by their SQL state: the
 * request changed nothing and meets someone else's work, as an optimistic-locking conflict does (409, not 500).
 */
public final class LockConflicts {

  /** H2 lock timeout; deadlock or serialisation failure (SQL standard, both databases); PostgreSQL lock not available. */
  private static final Set<String> STATES = Set.of("HYT00", "40001", "40P01", "55P03");

  private LockConflicts() {
  }

  public static boolean isLockConflict(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
