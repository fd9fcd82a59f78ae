package vn.danvan.workflow.model;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.web.FieldRefused;

/**
 * A decision as its paper states it: number, date and who signed (a recognition, a reward). Recorded from the
 * task that entered it, whose form names the fields decisionNumber, decisionDate and signer.
 */
public record SignedDecision(String number, LocalDate date, String signer) {

  public static final String NUMBER = "decisionNumber";
  public static final String DATE = "decisionDate";
  public static final String SIGNER = "signer";
  /** The form fields a signed decision is read from. */
  public static final List<String> FIELDS = List.of(NUMBER, DATE, SIGNER);

  /** The paper entered on the task; all three fields are required ("what": "công nhận", "khen thưởng"). */
  public static SignedDecision of(DelegateExecution execution, String what) {
    String number = required(execution, NUMBER, what);
    LocalDate date = date(required(execution, DATE, what));
    return new SignedDecision(number, date, required(execution, SIGNER, what));
  }

  /** "Quyết định số 125-QĐ/HU ngày 20/12/2026, Phạm Minh Tuấn ký", as the model's history shows it. */
  public String summary() {
    return "Quyết định số " + number + " ngày " + VietnamTime.format(date) + ", " + signer + " ký";
  }

  private static LocalDate date(String text) {
    try {
      return FormValues.date(text);
    } catch (java.time.DateTimeException e) {
      throw new FieldRefused(DATE, "task.field.date");
    }
  }

  private static String required(DelegateExecution execution, String name, String what) {
    String value = FormValues.text(execution.getVariable(name));
    if (value == null) {
      throw new FieldRefused(name, "task.field.required");
    }
    return value;
  }
}
