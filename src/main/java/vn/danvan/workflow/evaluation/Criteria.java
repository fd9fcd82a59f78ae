package vn.danvan.workflow.evaluation;

/** The criteria's Vietnamese names, for history and forms. */
final class Criteria {

  private Criteria() {
  }

  static String describe(Scores scores, Integer bonus) {
    return "Sáng tạo " + scores.creativity() + ", hiệu quả " + scores.effectiveness() + ", đồng thuận "
        + scores.consensus() + ", bền vững " + scores.sustainability() + " (thang 10)"
        + (bonus == null ? "" : "; cộng " + bonus + " điểm");
  }
}
