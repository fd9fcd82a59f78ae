package vn.danvan.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.workflow.support.ServiceOnH2;

/** A unit saved or removed through JPA reaches the kept unit tree at once (Hibernate calls UnitChanges). */
class UnitChangesTest extends ServiceOnH2 {

  @Autowired
  UnitDirectory directory;

  @Autowired
  UnitRepository units;

  @Test
  void aNewBranchIsVisibleToItsCommuneRightAfterItIsSavedAndGoneRightAfterItIsRemoved() {
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).doesNotContain("thon-moi");

    units.save(new Unit("thon-moi", "Chi hội Nông dân thôn Mới", UnitKind.MASS_ORGANISATION, "xa-xuan-hong"));
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).contains("thon-moi");

    units.deleteById("thon-moi");
    assertThat(directory.visibleUnitIds(List.of("xa-xuan-hong"))).doesNotContain("thon-moi");
  }
}
