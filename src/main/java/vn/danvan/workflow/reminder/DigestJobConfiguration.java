package vn.danvan.workflow.reminder;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * A digest job's configuration as stored: the day ({@code 2026-03-16}) of a day's timer, or the user and the day
 * ({@code reviewer|2026-03-16}) of one user's digest.
 */
record DigestJobConfiguration(String raw) implements JobHandlerConfiguration {

  String user() {
    return raw.substring(0, raw.lastIndexOf(DigestJobs.SEPARATOR));
  }

  String day() {
    return raw.substring(raw.lastIndexOf(DigestJobs.SEPARATOR) + 1);
  }

  @Override
  public String toCanonicalString() {
    return raw;
  }
}
