package vn.danvan.workflow.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The petitions received in a period, by receiving unit and kind: settled on time, settled late, still open and
 * overdue today, closed otherwise (sent on, merged). One grouped query, for the reports (a report may call it:
 * report → petition; this package reads no report).
 */
@Component
public class PetitionCounts {

  /** One unit's petitions of one kind received in the period. */
  public record Row(String unitId, PetitionKind kind, long received, long settledOnTime, long settledLate,
      long overdue, long open, long closedOtherwise) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  PetitionCounts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> count(Collection<String> unitIds, LocalDate from, LocalDate to, LocalDate today) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("""
        select receiving_unit_id, kind, count(*) as received,
          sum(case when (stage = 'SETTLED' and settled_on <= settle_due_on)
                     or (stage = 'NOT_ACCEPTED' and settled_on <= accept_due_on) then 1 else 0 end) as on_time,
          sum(case when (stage = 'SETTLED' and settled_on > settle_due_on)
                     or (stage = 'NOT_ACCEPTED' and settled_on > accept_due_on) then 1 else 0 end) as late,
          sum(case when (stage = 'RECEIVED' and accept_due_on < :today)
                     or (stage = 'ACCEPTED' and settle_due_on < :today) then 1 else 0 end) as overdue,
          sum(case when stage in ('RECEIVED', 'ACCEPTED') then 1 else 0 end) as still_open,
          sum(case when stage in ('TRANSFERRED', 'MERGED') then 1 else 0 end) as closed_otherwise
        from petition
        where receiving_unit_id in (:units) and received_on between :from and :to
        group by receiving_unit_id, kind
        order by receiving_unit_id, kind
        """, new MapSqlParameterSource().addValue("units", unitIds).addValue("from", from).addValue("to", to)
            .addValue("today", today),
        (rs, i) -> new Row(rs.getString("receiving_unit_id"), PetitionKind.valueOf(rs.getString("kind")),
            rs.getLong("received"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue"),
            rs.getLong("still_open"), rs.getLong("closed_otherwise")));
  }
}
