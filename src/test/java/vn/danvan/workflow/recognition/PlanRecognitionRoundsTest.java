package vn.danvan.workflow.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.evaluation.Evaluation;
import vn.danvan.workflow.evaluation.EvaluationRepository;
import vn.danvan.workflow.evaluation.EvaluationStatus;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Saves;

/** After the evaluations, each well-rated model goes to the round of the nearest body that may recognise it. */
class PlanRecognitionRoundsTest {

  private final EvaluationRepository evaluations = mock(EvaluationRepository.class);
  private final ModelRepository models = mock(ModelRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final AuthorityRepository authorityRows = mock(AuthorityRepository.class);
  private final RecognitionRoundRepository rounds = mock(RecognitionRoundRepository.class);
  private final RecognitionCandidateRepository candidates = mock(RecognitionCandidateRepository.class);
  private final List<RecognitionRound> saved = new ArrayList<>();
  private final List<RecognitionCandidate> listed = new ArrayList<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final List<Evaluation> rated = new ArrayList<>();

  @BeforeEach
  void setUp() {
    when(execution.getVariable("year")).thenReturn(2026);
    when(authorityRows.findByAreaIdAndPowerOrderByIdAsc(any(), any())).thenReturn(List.of());
    when(evaluations.findByYearAndRecognisableTrueAndStatusOrderByModelIdAsc(2026, EvaluationStatus.KEPT))
        .thenReturn(rated);
    when(rounds.save(any())).thenAnswer(call -> {
      RecognitionRound round = call.getArgument(0);
      ReflectionTestUtils.setField(round, "id", 100L + saved.size());
      saved.add(round);
      return round;
    });
    when(candidates.save(any())).thenAnswer(Saves.into(listed));
  }

  @Test
  void districtModelsGoToTheDistrictRoundAndProvinceBodiesModelsToTheProvinceRound() {
    tree(new Unit("tinh-nam-dinh", "Tỉnh Nam Định", UnitKind.PROVINCE, null),
        new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, "tinh-nam-dinh"),
        new Unit("xa-xuan-hong", "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong"),
        new Unit("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", UnitKind.MASS_ORGANISATION, "tinh-nam-dinh"));
    recognise(1L, "huyen-xuan-truong", "cấp huyện", "ban-thuong-vu-huyen");
    recognise(2L, "tinh-nam-dinh", "cấp tỉnh", "ban-thuong-vu-tinh");
    rated(7L, "xa-xuan-hong", "93", "Xuất sắc");
    rated(9L, "hoi-nong-dan-tinh", "80", "Tốt");

    plan();

    assertThat(saved).extracting(RecognitionRound::getAreaId).containsExactly("huyen-xuan-truong", "tinh-nam-dinh");
    assertThat(saved).extracting(RecognitionRound::getDeciderGroup)
        .containsExactly("ban-thuong-vu-huyen", "ban-thuong-vu-tinh");
    assertThat(listed).extracting(RecognitionCandidate::getRoundId, RecognitionCandidate::getModelId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(100L, 7L), org.assertj.core.groups.Tuple.tuple(101L, 9L));
    assertThat(roundIds()).containsExactly("100", "101");
  }

  @Test
  void aTwoLevelProvinceRecognisesCommuneModelsAtTheProvinceWithNoCodeChange() {
    tree(new Unit("tinh-ninh-binh", "Tỉnh Ninh Bình", UnitKind.PROVINCE, null),
        new Unit("xa-xuan-truong", "Xã Xuân Trường", UnitKind.COMMUNE, "tinh-ninh-binh"));
    recognise(1L, "tinh-ninh-binh", "cấp tỉnh", "ban-thuong-vu-tinh-ninh-binh");
    rated(7L, "xa-xuan-truong", "91", "Xuất sắc");

    plan();

    assertThat(saved).singleElement().satisfies(round -> {
      assertThat(round.getAreaId()).isEqualTo("tinh-ninh-binh");
      assertThat(round.getLevelName()).isEqualTo("cấp tỉnh");
      assertThat(round.getProposerGroup()).isEqualTo("ban-dan-van-tinh-ninh-binh");
    });
  }

  @Test
  void aModelNoBodyMayRecogniseIsLeftOutAndNoRoundIsOpened() {
    tree(new Unit("xa-moi", "Xã mới", UnitKind.COMMUNE, null));
    rated(7L, "xa-moi", "95", "Xuất sắc");

    plan();

    assertThat(saved).isEmpty();
    assertThat(roundIds()).isEmpty();
  }

  private void plan() {
    new PlanRecognitionRoundsDelegate(evaluations, models, new Authorities(authorityRows, units), rounds, candidates)
        .execute(execution);
  }

  @SuppressWarnings("unchecked")
  private List<String> roundIds() {
    ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(org.mockito.ArgumentMatchers.eq("roundIds"), value.capture());
    return (List<String>) ((ObjectValue) value.getValue()).getValue();
  }

  private void recognise(long id, String areaId, String level, String decider) {
    Authority authority = new Authority(areaId, level, Power.RECOGNISE, decider, "Ban Thường vụ")
        .proposedBy(decider.replace("thuong-vu", "dan-van"), "Ban Chỉ đạo");
    ReflectionTestUtils.setField(authority, "id", id);
    when(authorityRows.findByAreaIdAndPowerOrderByIdAsc(areaId, Power.RECOGNISE)).thenReturn(List.of(authority));
  }

  private void rated(long modelId, String unitId, String score, String label) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, "u");
    when(models.findById(modelId)).thenReturn(Optional.of(model));
    Evaluation evaluation = mock(Evaluation.class);
    when(evaluation.getModelId()).thenReturn(modelId);
    when(evaluation.getScore()).thenReturn(new BigDecimal(score));
    when(evaluation.getRatingLabel()).thenReturn(label);
    rated.add(evaluation);
  }

  private void tree(Unit... all) {
    for (Unit unit : all) {
      when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
    }
  }
}
