package vn.danvan.workflow.reward;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/**
 * Opens a reward proposal for a model recognised at an area: the council that reviews it is the one of the
 * nearest reward authority at or above that area; the forms it may propose are that level's and those above.
 */
@Component
class OpenRewardProposalDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final UnitRepository units;
  private final Authorities authorities;
  private final RewardProposalRepository proposals;

  OpenRewardProposalDelegate(ModelRepository models, UnitRepository units, Authorities authorities,
      RewardProposalRepository proposals) {
    this.models = models;
    this.units = units;
    this.authorities = authorities;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MobilizationModel model = models.byBusinessKey(execution.getProcessBusinessKey());
    Unit unit = units.findById(model.getUnitId()).orElseThrow();
    String areaId = FormValues.text(execution.getVariable(Vars.AREA_ID));
    List<Authority> forms = authorities.rewardForms(areaId != null ? areaId : unit.getId());
    Authority council = forms.isEmpty() ? null : forms.get(0);
    String councilGroup = council == null || council.getProposerGroup() == null ? "camunda-admin"
        : council.getProposerGroup();
    proposals.save(new RewardProposal(model.getId(),
        FormValues.integer(execution.getVariable(Vars.YEAR)), council == null ? unit.getId() : council.getAreaId(),
        councilGroup, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant()));
    Map<String, Object> variables = ModelVariables.of(model, unit);
    variables.put(Vars.COUNCIL_GROUP, councilGroup);
    variables.put(Vars.COUNCIL_TITLE, council == null ? "Quản trị hệ thống" : council.getProposerTitle());
    variables.put(Vars.COUNCIL_AREA_ID, council == null ? unit.getId() : council.getAreaId());
    variables.put(Vars.REVIEWER_GROUP, councilGroup);
    variables.put(Vars.REWARD_FORM_OPTIONS, FormOptions.of(forms.stream()
        .map(form -> new Option(form.getRewardFormName(), form.getRewardForm())).toList()));
    execution.setVariables(variables);
  }
}
