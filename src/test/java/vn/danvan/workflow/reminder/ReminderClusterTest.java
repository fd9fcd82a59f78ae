package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Camunda's cluster model: two application nodes, job executor on both, one PostgreSQL. 1,000 reminders fall due
 * at the same instant; each is e-mailed, recorded and notified exactly once, and both nodes take part.
 */
class ReminderClusterTest {

  private static final int REMINDERS = 1_000;

  @Test
  void twoNodesOnOnePostgresSendEachOfAThousandDueRemindersExactlyOnce() throws Exception {
    // the nodes need neither the web apps nor engine-rest, nor full history, to fire reminders: faster start
    try (ReminderLoad load = new ReminderLoad("reminder_cluster", 2, "--camunda.bpm.history-level=audit",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")) {
      load.createOverdueTasks(REMINDERS, 4);
      assertThat(load.received()).isZero();

      Duration took = load.deliverAll(REMINDERS, Duration.ofSeconds(60));
      Thread.sleep(1_500); // a duplicate would arrive now

      assertThat(load.received()).as("e-mails after %s", took).isEqualTo(REMINDERS);
      assertThat(load.duplicateMessages()).isZero();
      assertThat(load.count("select count(*) from reminder_log")).isEqualTo(REMINDERS);
      assertThat(load.count("select count(distinct task_id) from reminder_log")).isEqualTo(REMINDERS);
      assertThat(load.count("select count(*) from notification where recipient_user like 'officer%'"))
          .isEqualTo(REMINDERS);
      assertThat(load.count("select count(*) from act_ru_job where handler_type_ = 'danvan-reminder'")).isZero();
      assertThat(load.count("select count(*) from act_ru_incident")).isZero();
      assertThat(load.sentByNode().values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
      assertThat(load.sentByNode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(REMINDERS);
      System.out.printf("ReminderClusterTest: %d reminders delivered in %d ms, by node %s%n", REMINDERS,
          took.toMillis(), load.sentByNode());
    }
  }
}
