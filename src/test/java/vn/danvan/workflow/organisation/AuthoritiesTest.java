package vn.danvan.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what is found by walking up the organisation tree: the seed's district (three levels) and a
 * province after the 2025 reform (two levels) are both only rows.
 */
class AuthoritiesTest {

  private final AuthorityRepository rows = mock(AuthorityRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final List<Authority> all = new ArrayList<>();
  private final Authorities authorities = new Authorities(rows, units);

  @BeforeEach
  void lookups() {
    when(rows.findByAreaIdAndPowerOrderByIdAsc(any(), any())).thenAnswer(call -> all.stream()
        .filter(a -> a.getAreaId().equals(call.getArgument(0)) && a.getPower() == call.getArgument(1)).toList());
    when(rows.findByPower(any())).thenAnswer(call -> all.stream()
        .filter(a -> a.getPower() == call.getArgument(0)).toList());
  }

  @Test
  void inTheSeedsDistrictGiayKhenIsTheDistrictChairsAndBangKhenTheProvinceChairs() {
    tree(new Unit("tinh-nam-dinh", "Tỉnh Nam Định", UnitKind.PROVINCE, null),
        new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, "tinh-nam-dinh"),
        new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong"));
    all.add(new Authority("huyen-xuan-truong", "cấp huyện", Power.REWARD, "chu-tich-ubnd-huyen", "Chủ tịch UBND huyện")
        .proposedBy("hoi-dong-tdkt-huyen", "HĐTĐKT huyện").grants("GIAY_KHEN", "Giấy khen"));
    all.add(new Authority("tinh-nam-dinh", "cấp tỉnh", Power.REWARD, "chu-tich-ubnd-tinh", "Chủ tịch UBND tỉnh")
        .proposedBy("hoi-dong-tdkt-tinh", "HĐTĐKT tỉnh").grants("BANG_KHEN", "Bằng khen"));
    all.add(new Authority("huyen-xuan-truong", "cấp huyện", Power.EVALUATE, "ban-dan-van-huyen", "Ban Dân vận"));

    assertThat(authorities.pathUp("xa-xuan-hong")).containsExactly("xa-xuan-hong", "huyen-xuan-truong", "tinh-nam-dinh");
    assertThat(authorities.rewardForms("huyen-xuan-truong")).extracting(Authority::getRewardForm)
        .containsExactly("GIAY_KHEN", "BANG_KHEN");
    assertThat(authorities.granting("huyen-xuan-truong", "GIAY_KHEN")).get()
        .extracting(Authority::getActorGroup).isEqualTo("chu-tich-ubnd-huyen");
    assertThat(authorities.granting("huyen-xuan-truong", "BANG_KHEN")).get()
        .extracting(Authority::getAreaId).isEqualTo("tinh-nam-dinh");
    assertThat(authorities.evaluators("xa-xuan-hong")).containsExactly("ban-dan-van-huyen");
    assertThat(authorities.coordinates(List.of("ban-dan-van-huyen"))).isTrue();
    assertThat(authorities.coordinates(List.of("xa-xuan-hong"))).isFalse();
  }

  @Test
  void aTwoLevelProvinceWorksFromItsRowsAlone() {
    tree(new Unit("tinh-ninh-binh", "Tỉnh Ninh Bình", UnitKind.PROVINCE, null),
        new Unit("xa-xuan-truong", "Xã Xuân Trường", UnitKind.COMMUNE, "tinh-ninh-binh"));
    all.add(new Authority("xa-xuan-truong", "cấp xã", Power.REWARD, "chu-tich-ubnd-xa-xuan-truong",
        "Chủ tịch UBND xã").proposedBy("hoi-dong-tdkt-xa-xuan-truong", "HĐTĐKT xã").grants("GIAY_KHEN", "Giấy khen"));
    all.add(new Authority("tinh-ninh-binh", "cấp tỉnh", Power.REWARD, "chu-tich-ubnd-tinh", "Chủ tịch UBND tỉnh")
        .proposedBy("hoi-dong-tdkt-tinh", "HĐTĐKT tỉnh").grants("BANG_KHEN", "Bằng khen"));
    all.add(new Authority("tinh-ninh-binh", "cấp tỉnh", Power.RECOGNISE, "ban-thuong-vu-tinh", "Ban Thường vụ Tỉnh ủy"));
    all.add(new Authority("tinh-ninh-binh", "cấp tỉnh", Power.EVALUATE, "ban-tuyen-giao-dan-van-tinh",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy"));
    all.add(new Authority("xa-xuan-truong", "cấp xã", Power.EVALUATE, "dang-uy-xa-xuan-truong", "Đảng ủy xã"));

    assertThat(authorities.nearest("xa-xuan-truong", Power.RECOGNISE)).get()
        .extracting(Authority::getLevelName).isEqualTo("cấp tỉnh");
    assertThat(authorities.rewardForms("xa-xuan-truong")).extracting(Authority::getLevelName)
        .containsExactly("cấp xã", "cấp tỉnh");
    assertThat(authorities.granting("xa-xuan-truong", "BANG_KHEN")).get()
        .extracting(Authority::getAreaId).isEqualTo("tinh-ninh-binh");
    assertThat(authorities.evaluators("xa-xuan-truong"))
        .containsExactly("dang-uy-xa-xuan-truong", "ban-tuyen-giao-dan-van-tinh");
  }

  @Test
  void aLoopInTheTreeDoesNotHangTheWalk() {
    tree(new Unit("a", "A", UnitKind.COMMUNE, "b"), new Unit("b", "B", UnitKind.DISTRICT, "a"));
    assertThat(authorities.pathUp("a")).containsExactly("a", "b");
  }

  private void tree(Unit... list) {
    for (Unit unit : list) {
      when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
    }
  }
}
