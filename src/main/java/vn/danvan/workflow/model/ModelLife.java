package vn.danvan.workflow.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's life after registration, as the later stages tell it (each a {@link ModelStage}): the latest rating,
 * the recognition and reward decisions, the tasks open on it now. Shown by {@code GET /api/models/{id}}.
 */
public final class ModelLife {

  /** The latest yearly rating and what the yearly review made of it. */
  public record Rating(int year, String rating, String label, BigDecimal score, String evaluationStatus) {
  }

  /**
   * A recognition or reward decision: number, date, signer, the body and level that took it, the form; {@code sourceId}
   * is what the decision's page is found by: the recognition round's id, or the reward proposal's.
   */
  public record Decision(int year, String number, LocalDate date, String signer, String authority, String level,
      String form, String formName, Boolean outstanding, Long sourceId) {
  }

  /** A task open on the model now: what, for whom, until when. */
  public record OpenTask(String id, String name, String step, String processKey, List<String> candidateGroups,
      String assignee, Instant due) {
  }

  private Rating rating;
  private final List<Decision> recognitions = new ArrayList<>();
  private final List<Decision> rewards = new ArrayList<>();
  private final List<OpenTask> openTasks = new ArrayList<>();

  public void rating(Rating latest) { this.rating = latest; }

  public void recognition(Decision decision) { recognitions.add(decision); }

  public void reward(Decision decision) { rewards.add(decision); }

  public void openTask(OpenTask task) {
    if (openTasks.stream().noneMatch(open -> open.id().equals(task.id()))) {
      openTasks.add(task);
    }
  }

  public Rating rating() { return rating; }

  public List<Decision> recognitions() { return List.copyOf(recognitions); }

  public List<Decision> rewards() { return List.copyOf(rewards); }

  public List<OpenTask> openTasks() { return List.copyOf(openTasks); }

  /** The open tasks' names, or where the model stands when nothing is open on it. */
  public String currentStep(ModelStatus status) {
    if (!openTasks.isEmpty()) {
      return String.join("; ", openTasks.stream().map(OpenTask::name).distinct().toList());
    }
    return switch (status) {
      case SUBMITTED -> "Đã gửi đăng ký, chờ thẩm định";
      case RETURNED -> "Đã trả lại, chờ đơn vị bổ sung";
      case REJECTED -> "Không được chấp nhận đăng ký";
      case REGISTERED -> "Đã đăng ký, chờ đợt đánh giá hằng năm";
      case EVALUATED -> "Đã đánh giá, xếp loại";
      case RECOGNISED -> "Đã được công nhận";
      case REWARDED -> "Đã được khen thưởng";
      case REMOVED -> "Đã đưa ra khỏi danh sách";
    };
  }
}
