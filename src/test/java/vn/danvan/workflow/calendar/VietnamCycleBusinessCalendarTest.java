package vn.danvan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A timer cycle means Vietnam's time whatever the server's zone; Camunda still says which expressions are valid. */
class VietnamCycleBusinessCalendarTest {

  private static final TimeZone SERVER_ZONE = TimeZone.getDefault();
  private static final Date MARCH_1 = Date.from(Instant.parse("2026-03-01T01:00:00Z")); // 08:00 in Việt Nam

  private final VietnamCycleBusinessCalendar cycle = new VietnamCycleBusinessCalendar();

  @AfterEach
  void serverZoneBack() {
    TimeZone.setDefault(SERVER_ZONE);
  }

  @ParameterizedTest(name = "JVM default zone {0}")
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh"})
  void cronIsEvaluatedInVietnam(String serverZone) {
    TimeZone.setDefault(TimeZone.getTimeZone(serverZone));

    assertThat(cycle.resolveDuedate("0 0 7 15 11 ?", MARCH_1)).isEqualTo(Date.from(Instant.parse("2026-11-15T00:00:00Z")));
    // Monday to Friday at 07:30: from Friday 08:00 in Việt Nam, next Monday 07:30
    assertThat(cycle.resolveDuedate("0 30 7 ? * MON-FRI", Date.from(Instant.parse("2026-03-06T01:00:00Z"))))
        .isEqualTo(Date.from(Instant.parse("2026-03-09T00:30:00Z")));
  }

  @Test
  void anIsoRepetitionStartingAtALocalTimeStartsAtThatTimeInVietnam() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

    assertThat(cycle.resolveDuedate("R3/2026-11-15T07:00/P1D", MARCH_1))
        .isEqualTo(Date.from(Instant.parse("2026-11-15T00:00:00Z")));
    assertThat(VietnamCycleBusinessCalendar.withVietnamOffset("R/2026-11-15T07:00:00/P1Y"))
        .isEqualTo("R/2026-11-15T07:00:00+07:00/P1Y");
    assertThat(VietnamCycleBusinessCalendar.withVietnamOffset("R/2026-11-15T07:00:00Z/P1Y"))
        .isEqualTo("R/2026-11-15T07:00:00Z/P1Y");
    assertThat(cycle.resolveDuedate("R3/PT1H", MARCH_1)).isEqualTo(Date.from(Instant.parse("2026-03-01T02:00:00Z")));
  }

  @Test
  void whatCamundaRefusesIsRefused() {
    assertThatThrownBy(() -> cycle.resolveDuedate("0 0 7 31 2 ? 2026", MARCH_1))
        .isInstanceOf(ProcessEngineException.class);
    assertThatThrownBy(() -> cycle.resolveDuedate("every morning", MARCH_1))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(cycle).isInstanceOf(CycleBusinessCalendar.class); // the engine casts to it for the next cycle
  }
}
