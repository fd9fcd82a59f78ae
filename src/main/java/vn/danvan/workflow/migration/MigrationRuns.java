package vn.danvan.workflow.migration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The migrations started here (table process_migration) and the instances each has moved. */
@Component
class MigrationRuns {

  record Run(long id, String batchId, String batchJobDefinitionId, String processKey, String sourceDefinitionId,
      String targetDefinitionId, DueDates dueDates, String instructions, int instanceCount, String startedBy,
      Instant startedAt) {

    public String versions() {
      return ProcessMigrations.versionOf(sourceDefinitionId) + " → " + ProcessMigrations.versionOf(targetDefinitionId);
    }
  }

  private final NamedParameterJdbcTemplate jdbc;

  MigrationRuns(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String batchId, String batchJobDefinitionId, String processKey, String sourceDefinitionId,
      String targetDefinitionId, DueDates dueDates, String instructions, int instanceCount, String startedBy,
      Instant startedAt) {
    MapSqlParameterSource values = new MapSqlParameterSource()
        .addValue("batchId", batchId).addValue("jobDefinitionId", batchJobDefinitionId)
        .addValue("processKey", processKey).addValue("source", sourceDefinitionId)
        .addValue("target", targetDefinitionId).addValue("dueDates", dueDates.name())
        .addValue("instructions", instructions.length() > 4000 ? instructions.substring(0, 4000) : instructions)
        .addValue("count", instanceCount).addValue("by", startedBy).addValue("at", Timestamp.from(startedAt));
    jdbc.update("""
        insert into process_migration (batch_id, batch_job_definition_id, process_key, source_definition_id,
          target_definition_id, due_dates, instructions, instance_count, started_by, started_at)
        values (:batchId, :jobDefinitionId, :processKey, :source, :target, :dueDates, :instructions, :count, :by, :at)""",
        values);
    return jdbc.queryForObject("select id from process_migration where batch_id = :batchId", values, Long.class);
  }

  /** The migration whose batch created this job definition: how a batch job finds the administrator's choice. */
  Optional<Run> byBatchJobDefinition(String jobDefinitionId) {
    return jdbc.query("select * from process_migration where batch_job_definition_id = :id",
        Map.of("id", jobDefinitionId), MigrationRuns::run).stream().findFirst();
  }

  Optional<Run> byBatch(String batchId) {
    return jdbc.query("select * from process_migration where batch_id = :id", Map.of("id", batchId),
        MigrationRuns::run).stream().findFirst();
  }

  List<Run> latest(int limit) {
    return jdbc.query("select * from process_migration order by started_at desc, id desc limit " + limit,
        MigrationRuns::run);
  }

  /** Inside the migration's own transaction; a second run of the same instance fails on the key. */
  void migrated(long runId, String processInstanceId, Instant at) {
    jdbc.update("""
        insert into process_migration_instance (migration_id, process_instance_id, migrated_at)
        values (:run, :instance, :at)""", new MapSqlParameterSource().addValue("run", runId)
        .addValue("instance", processInstanceId).addValue("at", Timestamp.from(at)));
  }

  long migratedCount(long runId) {
    Long count = jdbc.queryForObject("select count(*) from process_migration_instance where migration_id = :run",
        Map.of("run", runId), Long.class);
    return count == null ? 0 : count;
  }

  private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Run(rs.getLong("id"), rs.getString("batch_id"), rs.getString("batch_job_definition_id"),
        rs.getString("process_key"), rs.getString("source_definition_id"), rs.getString("target_definition_id"),
        DueDates.valueOf(rs.getString("due_dates")), rs.getString("instructions"), rs.getInt("instance_count"),
        rs.getString("started_by"), rs.getTimestamp("started_at").toInstant());
  }
}
