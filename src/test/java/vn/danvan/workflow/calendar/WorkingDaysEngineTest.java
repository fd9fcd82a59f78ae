package vn.danvan.workflow.calendar;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine resolves BPMN deadlines written in working days (reminder/working-days-test.bpmn). */
@Deployment(resources = "reminder/working-days-test.bpmn")
class WorkingDaysEngineTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7); // spelt out so a wrong zone in the code shows

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("reminder/working-days.cfg.xml")
      .build();

  @BeforeEach
  void startTheDayBeforeTetWeek() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(vietnamTime(2026, 2, 12, 9, 30)); // Thursday; Tết off 16-20/2/2026
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void literalWorkingDaysSetTaskDueDateAndReminderTimer() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("working-days-test");

    Task handle = task("handleDossier", instance);
    Assertions.assertThat(handle.getDueDate()).isEqualTo(vietnamTime(2026, 3, 5, 9, 30));
    Assertions.assertThat(job("remindHandle", instance).getDuedate()).isEqualTo(vietnamTime(2026, 3, 3, 9, 30));
    // Plain ISO 8601 still goes to Camunda's own calendar.
    Assertions.assertThat(handle.getFollowUpDate()).isEqualTo(vietnamTime(2026, 2, 12, 13, 30));

    execute(job("remindHandle", instance));
    assertThat(instance).hasPassed("handleReminded").isWaitingAt("handleDossier");
  }

  @Test
  void expressionsGiveDeadlineAndReminderTwoWorkingDaysBefore() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("working-days-test");
    // Wednesday; Giỗ Tổ on Sunday 26/4 is compensated on 27/4, then 30/4 and 1/5.
    ClockUtil.setCurrentTime(vietnamTime(2026, 4, 22, 15, 0));

    complete(task("handleDossier", instance));

    assertThat(instance).isWaitingAt("signDocument");
    Assertions.assertThat(task("signDocument", instance).getDueDate()).isEqualTo(vietnamTime(2026, 5, 4, 15, 0));
    Assertions.assertThat(job("remindSign", instance).getDuedate()).isEqualTo(vietnamTime(2026, 4, 28, 15, 0));
  }

  private static Date vietnamTime(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atOffset(VIETNAM).toInstant());
  }
}
