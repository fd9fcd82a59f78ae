package vn.danvan.workflow.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.danvan.workflow.security.SignInBarrier;

/**
 * Table {@code user_deactivation}: users who may no longer sign in. The Camunda user stays (history and
 * {@code DisplayNames} name them); the login asks here ({@link SignInBarrier}) before it checks the password.
 */
@Repository
class DeactivatedUsers implements SignInBarrier {

  private final JdbcTemplate jdbc;

  DeactivatedUsers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean barred(String username) {
    Long count = jdbc.queryForObject("select count(*) from user_deactivation where user_id = ?", Long.class,
        username);
    return count != null && count > 0;
  }

  /** Which of {@code userIds} are deactivated. */
  Set<String> among(List<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(",", userIds.stream().map(id -> "?").toList());
    return new HashSet<>(jdbc.queryForList("select user_id from user_deactivation where user_id in (" + marks + ")",
        String.class, userIds.toArray()));
  }

  void record(String userId, Instant at, String by) {
    jdbc.update("insert into user_deactivation (user_id, deactivated_at, deactivated_by) values (?, ?, ?)", userId,
        Timestamp.from(at), by);
  }
}
