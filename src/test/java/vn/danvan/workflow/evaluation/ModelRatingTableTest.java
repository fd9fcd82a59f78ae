package vn.danvan.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * processes/model-rating.dmn, one test per rule of the rating table (and the weights of the score), evaluated
 * by the same DMN engine (FEEL) as the process engine uses.
 */
class ModelRatingTableTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision rating;

  @BeforeAll
  static void parseTable() throws IOException {
    rating = DMN.parseDecision("model-rating", table());
  }

  @Test
  void scoreWeighsEffectivenessThreeTimesTheOtherCriteriaTwiceAndAddsTheBonus() {
    DmnDecision score = DMN.parseDecision("model-score", table());
    Object total = DMN.evaluateDecision(score, scores(10, 10, 10, 10, 0)).getSingleEntry();
    assertThat(((Number) total).doubleValue()).isEqualTo(90.0);
    assertThat(((Number) DMN.evaluateDecision(score, scores(1, 2, 3, 4, 5)).getSingleEntry()).doubleValue())
        .isEqualTo(2 * 1 + 3 * 2 + 2 * 3 + 2 * 4 + 5);
  }

  @Test
  void withoutThePeoplesConsensusAModelIsNotAchievedWhateverItsScore() {
    DmnDecisionResultEntries result = rate(10, 10, 4, 10, 10);
    assertThat(((Number) result.get("score")).doubleValue()).isEqualTo(88.0); // would be Tốt
    assertThat(result).containsEntry("rating", "CHUA_DAT").containsEntry("ratingLabel", "Chưa đạt")
        .containsEntry("recognisable", false).containsEntry("needsReview", true);
  }

  @Test
  void ninetyPointsOrMoreIsExcellentAndProposedForRecognition() {
    assertThat(rate(10, 10, 10, 10, 0)).containsEntry("rating", "XUAT_SAC").containsEntry("ratingLabel", "Xuất sắc")
        .containsEntry("recognisable", true).containsEntry("needsReview", false);
    assertThat(rate(9, 9, 10, 9, 8)).containsEntry("rating", "XUAT_SAC"); // 83 + 8 = 91
  }

  @Test
  void fromSeventyFiveToBelowNinetyIsGoodAndProposedForRecognition() {
    assertThat(rate(8, 8, 8, 8, 3)).containsEntry("rating", "TOT").containsEntry("ratingLabel", "Tốt")
        .containsEntry("recognisable", true).containsEntry("needsReview", false); // 72 + 3 = 75
    assertThat(rate(10, 10, 10, 10, 0)).doesNotContainEntry("rating", "TOT"); // 90 is no longer good
    assertThat(rate(9, 9, 9, 9, 8)).containsEntry("rating", "TOT"); // 81 + 8 = 89
  }

  @Test
  void fromSixtyToBelowSeventyFiveIsFairKeptButNotProposed() {
    assertThat(rate(7, 6, 7, 7, 0)).containsEntry("rating", "KHA").containsEntry("ratingLabel", "Khá")
        .containsEntry("recognisable", false).containsEntry("needsReview", false); // 14 + 18 + 14 + 14 = 60
    assertThat(rate(8, 8, 8, 8, 2)).containsEntry("rating", "KHA"); // 74
  }

  @Test
  void belowSixtyIsNotAchievedAndGoesToTheYearlyReview() {
    assertThat(rate(5, 5, 5, 5, 0)).containsEntry("rating", "CHUA_DAT").containsEntry("ratingLabel", "Chưa đạt")
        .containsEntry("recognisable", false).containsEntry("needsReview", true); // 45
    assertThat(rate(7, 6, 7, 6, 1)).containsEntry("rating", "CHUA_DAT"); // 59
  }

  @Test
  void aChangedThresholdChangesTheRatingWithoutCode() throws IOException {
    String xml = new String(table().readAllBytes(), StandardCharsets.UTF_8).replace("&gt;= 90", "&gt;= 95")
        .replace("[75..90[", "[75..95[");
    DmnDecision stricter = DMN.parseDecision("model-rating", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    var variables = scores(10, 10, 10, 10, 2); // 92
    assertThat(DMN.evaluateDecision(rating, variables).getSingleResult().getEntryMap()).containsEntry("rating", "XUAT_SAC");
    assertThat(DMN.evaluateDecision(stricter, variables).getSingleResult().getEntryMap()).containsEntry("rating", "TOT");
  }

  private static DmnDecisionResultEntries rate(int creativity, int effectiveness, int consensus, int sustainability,
      int bonus) {
    return DMN.evaluateDecision(rating, scores(creativity, effectiveness, consensus, sustainability, bonus))
        .getSingleResult();
  }

  private static Map<String, Object> scores(int creativity, int effectiveness, int consensus, int sustainability,
      int bonus) {
    return Variables.createVariables().putValue("creativity", creativity).putValue("effectiveness", effectiveness)
        .putValue("consensus", consensus).putValue("sustainability", sustainability).putValue("bonus", bonus);
  }

  private static InputStream table() {
    return ModelRatingTableTest.class.getClassLoader().getResourceAsStream("processes/model-rating.dmn");
  }
}
