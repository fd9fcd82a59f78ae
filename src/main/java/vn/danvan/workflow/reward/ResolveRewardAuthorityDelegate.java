package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;
import vn.danvan.workflow.web.FieldRefused;

/**
 * Who may grant the form the council proposes: the nearest authority granting it, from the council's area up.
 * If it sits above the council's level, the proposal is forwarded upward and its result recorded here.
 */
@Component
class ResolveRewardAuthorityDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final Authorities authorities;
  private final DecisionHistory history;

  ResolveRewardAuthorityDelegate(RewardProposalRepository proposals, Authorities authorities,
      DecisionHistory history) {
    this.proposals = proposals;
    this.authorities = authorities;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String form = FormValues.text(execution.getVariable(Vars.REWARD_FORM));
    String councilArea = (String) execution.getVariable(Vars.COUNCIL_AREA_ID);
    Authority grantor = authorities.granting(councilArea, form == null ? "" : form)
        .orElseThrow(() -> new FieldRefused("rewardForm", "reward.form.no-authority", form));
    boolean forwarded = !grantor.getAreaId().equals(councilArea);
    proposals.of(execution).approved(grantor, forwarded, FormValues.text(execution.getVariable(Vars.COUNCIL_NOTE)));
    execution.setVariable(Vars.GRANTOR_GROUP, grantor.getActorGroup());
    execution.setVariable(Vars.GRANTOR_TITLE, grantor.getActorTitle());
    execution.setVariable(Vars.REWARD_FORM_NAME, grantor.getRewardFormName());
    execution.setVariable(Vars.GRANTOR_LEVEL, grantor.getLevelName());
    execution.setVariable(Vars.FORWARDED, forwarded);
    execution.removeVariable(FormDescription.DECISION); // the authority's own decision comes next
    history.record(execution, RewardProcess.REVIEW_TASK, Decisions.APPROVE,
        "Đề nghị " + grantor.getRewardFormName() + (forwarded ? " (trình " + grantor.getLevelName() + ")" : ""));
  }
}
