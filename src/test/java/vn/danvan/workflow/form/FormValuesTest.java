package vn.danvan.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** A task's values read the same whether Tasklist (form-js), engine-rest or our API completed it. */
class FormValuesTest {

  @Test
  void aChecklistIsReadFromTasklistJsonAJavaListOrASingleValue() {
    assertThat(FormValues.strings(Spin.JSON("[\"12\", \"13\"]"))).containsExactly("12", "13");
    assertThat(FormValues.strings(List.of("a", "b"))).containsExactly("a", "b");
    assertThat(FormValues.strings("a")).containsExactly("a");
    assertThat(FormValues.strings(null)).isEmpty();
    assertThat(FormValues.ids(Spin.JSON("[\"12\", 13, \"x\", \"12\"]"))).containsExactly(12L, 13L);
  }

  @Test
  void aDateIsReadFromFormJsTextAnIsoDateTimeOrADateVariable() {
    assertThat(FormValues.date("2026-12-20")).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(FormValues.date("2026-12-19T18:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 20)); // 01:00 in Hà Nội
    assertThat(FormValues.date(Date.from(java.time.Instant.parse("2026-12-19T18:00:00Z"))))
        .isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(FormValues.date(" ")).isNull();
  }

  @Test
  void numbersAndFlagsComeAsNumbersOrText() {
    assertThat(FormValues.integer(9L)).isEqualTo(9);
    assertThat(FormValues.integer("8")).isEqualTo(8);
    assertThat(FormValues.integer(null)).isNull();
    assertThat(FormValues.bool("true")).isTrue();
    assertThat(FormValues.bool(null)).isFalse();
  }

  @Test
  void whatIsMissingIsOneListOfTheTickedItemsAndTheFreeText() {
    assertThat(FormValues.missingText(List.of("Thiếu tờ trình"), " Bổ sung ảnh ")).isEqualTo("- Thiếu tờ trình\n- Bổ sung ảnh");
    assertThat(FormValues.missingText(null, "")).isNull();
  }
}
