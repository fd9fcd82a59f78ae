package vn.danvan.workflow.recognition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/** The models of a round as the forms show them: "Name – Unit (Xuất sắc, 93 điểm)", value = model id. */
@Component
class RoundModels {

  private final ModelRepository models;
  private final UnitRepository units;

  RoundModels(ModelRepository models, UnitRepository units) {
    this.models = models;
    this.units = units;
  }

  List<Option> options(Collection<RecognitionCandidate> candidates) {
    Map<Long, MobilizationModel> byId = models.findAllById(candidates.stream()
        .map(RecognitionCandidate::getModelId).toList()).stream()
        .collect(Collectors.toMap(MobilizationModel::getId, Function.identity()));
    Map<String, String> unitNames = units.findAllById(byId.values().stream().map(MobilizationModel::getUnitId)
        .distinct().toList()).stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
    return candidates.stream().map(candidate -> {
      MobilizationModel model = byId.get(candidate.getModelId());
      String label = (model == null ? "Mô hình " + candidate.getModelId()
          : model.getName() + " – " + unitNames.getOrDefault(model.getUnitId(), model.getUnitId()))
          + (candidate.getRatingLabel() == null ? ""
          : " (" + candidate.getRatingLabel() + ", " + candidate.getScore().stripTrailingZeros().toPlainString()
              + " điểm)");
      return new Option(label, String.valueOf(candidate.getModelId()));
    }).toList();
  }

  static String text(List<Option> options) {
    return FormOptions.bullets(options.stream().map(Option::label).toList());
  }
}
