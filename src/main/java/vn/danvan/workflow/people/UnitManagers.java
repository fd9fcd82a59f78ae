package vn.danvan.workflow.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code unit_manager}: who manages which unit's members (administrators always may, without a row). */
@Repository
class UnitManagers {

  private final JdbcTemplate jdbc;

  UnitManagers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean manages(String userId, String unitId) {
    return count("select count(*) from unit_manager where user_id = ? and unit_id = ?", userId, unitId) > 0;
  }

  boolean managesAny(String userId) {
    return count("select count(*) from unit_manager where user_id = ?", userId) > 0;
  }

  List<String> unitsOf(String userId) {
    return jdbc.queryForList("select unit_id from unit_manager where user_id = ? order by unit_id", String.class,
        userId);
  }

  List<String> managersOf(String unitId) {
    return jdbc.queryForList("select user_id from unit_manager where unit_id = ?", String.class, unitId);
  }

  void appoint(String unitId, String userId, Instant at, String by) {
    jdbc.update("insert into unit_manager (unit_id, user_id, appointed_at, appointed_by) values (?, ?, ?, ?)",
        unitId, userId, Timestamp.from(at), by);
  }

  boolean revoke(String unitId, String userId) {
    return jdbc.update("delete from unit_manager where unit_id = ? and user_id = ?", unitId, userId) > 0;
  }

  private long count(String sql, Object... args) {
    Long count = jdbc.queryForObject(sql, Long.class, args);
    return count == null ? 0 : count;
  }
}
