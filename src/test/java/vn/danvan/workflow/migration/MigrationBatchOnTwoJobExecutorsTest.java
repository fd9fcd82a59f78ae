package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Two job executors (two threads, as two nodes would) both run every migration job of one batch at the same
 * moment: each instance is migrated once, its follow-up done once (one row of process_migration_instance, one
 * reminder per task), the losers' attempts rolled back by the engine's optimistic locking, and no incident.
 */
class MigrationBatchOnTwoJobExecutorsTest extends ServiceOnH2 {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void eachInstanceIsMigratedOnceWhenTwoExecutorsRunTheSameBatch() throws Exception {
    MigrationFixture fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instances.addAll(fixture.oneAtEachStep("Hai máy " + i));
    }
    Map<String, Object> started = Api.as(rest, "admin")
        .post("/api/admin/migrations", fixture.renamedRevisionMapped(DueDates.RECOMPUTE)).getBody();
    String batchId = (String) started.get("batchId");
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    fixture.runJobs(batch.getSeedJobDefinitionId());
    List<String> jobs = management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list().stream()
        .map(Job::getId).toList();
    assertThat(jobs).hasSize(instances.size());

    AtomicInteger ran = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    CountDownLatch together = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      List<String> order = new ArrayList<>(jobs);
      if (node == 1) {
        Collections.reverse(order);
      }
      done.add(nodes.submit(() -> {
        together.await();
        for (String job : order) {
          try {
            management.executeJob(job);
            ran.incrementAndGet();
          } catch (RuntimeException alreadyDoneOrLost) {
            lost.incrementAndGet();
          }
        }
        return null;
      }));
    }
    together.countDown();
    for (Future<?> node : done) {
      node.get();
    }
    nodes.shutdown();

    assertThat(ran.get()).as("each job succeeded exactly once").isEqualTo(jobs.size());
    assertThat(lost.get()).isEqualTo(jobs.size());
    long runId = ((Number) started.get("id")).longValue();
    for (ProcessInstance instance : instances) {
      assertThat(jdbc.queryForObject("""
          select count(*) from process_migration_instance where migration_id = ? and process_instance_id = ?""",
          Long.class, runId, instance.getId())).isEqualTo(1);
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getProcessDefinitionId()).isEqualTo(fixture.target.getId());
      assertThat(fixture.reminderJobs(task.getId())).hasSize(1);
      assertThat(jdbc.queryForObject("select count(*) from task_view where task_id = ?", Long.class, task.getId()))
          .isEqualTo(1);
    }
    assertThat(runtime.createIncidentQuery().jobDefinitionIdIn(batch.getBatchJobDefinitionId()).count()).isZero();
    fixture.runJobs(batch.getMonitorJobDefinitionId());
    assertThat(Api.as(rest, "admin").get("/api/admin/migrations/" + batchId).getBody())
        .containsEntry("finished", true).containsEntry("migrated", instances.size());
  }
}
