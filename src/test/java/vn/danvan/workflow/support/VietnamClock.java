package vn.danvan.workflow.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine clock in Hà Nội time, for process tests that move it across working days, weekends and holidays:
 * {@code VietnamClock.set("2026-02-12T10:00")}. {@link ProcessTestEngine} resets it after each test.
 */
public final class VietnamClock {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamClock() {
  }

  public static void set(String localTime) {
    ClockUtil.setCurrentTime(at(localTime));
  }

  public static Date at(String localTime) {
    return Date.from(LocalDateTime.parse(localTime).atZone(VIETNAM).toInstant());
  }

  /** The activities whose timers in this instance are due at the engine's current time. */
  public static List<String> dueTimers(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().list().stream()
        .map(job -> managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
            .singleResult().getActivityId())
        .toList();
  }
}
