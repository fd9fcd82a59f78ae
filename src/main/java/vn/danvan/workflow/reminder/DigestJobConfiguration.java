package vn.danvan.workflow.reminder;

import java.util.List;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * A digest job's configuration as stored: the day ({@code 2026-03-16}) of a day's timer, or the users and the day
 * ({@code head,reviewer|2026-03-16}) of a batch of users' digests (user ids hold neither ',' nor '|': Camunda's
 * user id pattern in application.yaml). A job of one user, as they were made before batches, reads the same.
 */
record DigestJobConfiguration(String raw) implements JobHandlerConfiguration {

  List<String> users() {
    return List.of(raw.substring(0, raw.lastIndexOf(DigestJobs.SEPARATOR)).split(DigestJobs.USER_SEPARATOR));
  }

  String day() {
    return raw.substring(raw.lastIndexOf(DigestJobs.SEPARATOR) + 1);
  }

  @Override
  public String toCanonicalString() {
    return raw;
  }
}
