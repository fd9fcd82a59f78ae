package vn.danvan.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.support.MutableClock;

/** Who sees which units, from a tree that is read once and kept for a while. */
class UnitDirectoryTest {

  private final UnitRepository units = mock(UnitRepository.class);
  private final List<Unit> rows = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T01:00:00Z"));
  private final UnitDirectory directory = new UnitDirectory(units, Duration.ofMinutes(1), clock);

  @BeforeEach
  void seedsDistrict() {
    when(units.findAll()).thenAnswer(call -> List.copyOf(rows));
    rows.add(new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, null));
    rows.add(new Unit("ban-dan-van-huyen", "Ban Dân vận Huyện ủy", UnitKind.PARTY_BODY, "huyen-xuan-truong")
        .oversees("huyen-xuan-truong"));
    rows.add(new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong"));
    rows.add(new Unit("thon-1", "Chi hội Nông dân thôn 1", UnitKind.MASS_ORGANISATION, "xa-xuan-hong"));
    rows.add(new Unit("xa-xuan-ninh", "Xã Xuân Ninh", UnitKind.COMMUNE, "huyen-xuan-truong"));
  }

  @Test
  void aCommuneSeesItselfAndWhatIsBelowItButNotItsNeighbour() {
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).containsExactlyInAnyOrder("xa-xuan-hong", "thon-1");
  }

  @Test
  void aBodySeesTheWholeAreaItOversees() {
    assertThat(directory.visibleUnitIds(List.of("ban-dan-van-huyen"))).containsExactlyInAnyOrder("ban-dan-van-huyen",
        "huyen-xuan-truong", "xa-xuan-hong", "thon-1", "xa-xuan-ninh");
  }

  @Test
  void groupsThatAreNoUnitSeeNothing() {
    assertThat(directory.visibleUnitIds(List.of("camunda-admin", "nobody"))).isEmpty();
  }

  @Test
  void theTreeIsReadOnceAndAgainOnlyAfterItsTimeToLive() {
    directory.visibleUnitIds(List.of("xa-xuan-hong"));
    rows.add(new Unit("thon-2", "Chi hội Nông dân thôn 2", UnitKind.MASS_ORGANISATION, "xa-xuan-hong"));
    clock.advance(Duration.ofSeconds(59));
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).doesNotContain("thon-2");
    verify(units, times(1)).findAll();

    clock.advance(Duration.ofSeconds(2));
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).contains("thon-2");
    verify(units, times(2)).findAll();
  }

  @Test
  void aUnitWrittenThroughTheApplicationIsSeenAtOnce() {
    directory.visibleUnitIds(List.of("xa-xuan-hong"));
    rows.add(new Unit("thon-2", "Chi hội Nông dân thôn 2", UnitKind.MASS_ORGANISATION, "xa-xuan-hong"));
    directory.unitsChanged();
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).contains("thon-2");
  }

  @Test
  void aTreeReadWhileAUnitChangedIsNotKept() {
    rows.add(new Unit("thon-2", "Chi hội Nông dân thôn 2", UnitKind.MASS_ORGANISATION, "xa-xuan-hong"));
    List<Unit> before = List.copyOf(rows.subList(0, rows.size() - 1));
    when(units.findAll()).thenAnswer(call -> {
      directory.unitsChanged(); // thon-2's transaction ends while this read still sees the table without it
      return before;
    }).thenAnswer(call -> List.copyOf(rows));

    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).doesNotContain("thon-2");
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).contains("thon-2");
    verify(units, times(2)).findAll();
  }
}
