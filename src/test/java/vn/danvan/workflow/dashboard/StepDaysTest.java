package vn.danvan.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.dashboard.Dashboard.StepDuration;

class StepDaysTest {

  @Test
  void percentilesAreTheDaysATaskReallyTookByNearestRank() {
    StepDays verification = new StepDays("p/verify").add("Thẩm định", 14, 1).add("Thẩm định", 4, 2);
    assertThat(verification.duration()).isEqualTo(new StepDuration("p/verify", "Thẩm định", 3, 4, 14));

    StepDays twoAndFour = new StepDays("p/s").add(null, 2, 1).add(null, 4, 1);
    assertThat(twoAndFour.percentile(0.5)).isEqualTo(2);

    StepDays oneToTen = new StepDays("p/t");
    for (int days = 10; days >= 1; days--) {
      oneToTen.add(null, days, 1);
    }
    assertThat(oneToTen.percentile(0.5)).isEqualTo(5);
    assertThat(oneToTen.percentile(0.9)).isEqualTo(9);
  }

  @Test
  void countedDaysGiveTheSamePercentilesAsEveryTaskSorted() {
    Random random = new Random(19);
    for (int round = 0; round < 500; round++) {
      StepDays step = new StepDays("p/s");
      List<Long> tasks = new ArrayList<>();
      for (int group = random.nextInt(12) + 1; group > 0; group--) {
        long days = random.nextInt(40);
        long count = random.nextInt(50) + 1;
        step.add(null, days, count);
        tasks.addAll(Collections.nCopies((int) count, days));
      }
      Collections.sort(tasks);
      for (double fraction : new double[] {0.5, 0.9}) {
        long position = (long) Math.ceil(fraction * tasks.size()); // percentile_disc's rule
        assertThat(step.percentile(fraction)).as("%s of %s", fraction, tasks).isEqualTo(tasks.get((int) position - 1));
      }
    }
  }

  @Test
  void theSlowestComeFirstByNinetiethPercentileThenMedianThenName() {
    StepDays slowTail = new StepDays("p/a").add("Báo cáo", 1, 8).add("Báo cáo", 30, 2);
    StepDays steady = new StepDays("p/b").add("Thẩm định", 10, 10);
    StepDays sameAsSteadyB = new StepDays("p/c").add("Phê duyệt", 10, 10);
    StepDays unnamed = new StepDays("p/d").add(null, 10, 10);
    StepDays quick = new StepDays("p/e").add("Gửi", 0, 4);

    assertThat(StepDays.slowest(List.of(quick, unnamed, steady, sameAsSteadyB, slowTail), 4))
        .extracting(StepDuration::name).containsExactly("Báo cáo", "Phê duyệt", "Thẩm định", "d");
  }

  @Test
  void theGreatestNameOfAStepIsItsName() {
    assertThat(new StepDays("p/s").add("Bước A", 1, 1).add(null, 2, 1).add("Bước B", 3, 1).duration().name())
        .isEqualTo("Bước B");
  }
}
