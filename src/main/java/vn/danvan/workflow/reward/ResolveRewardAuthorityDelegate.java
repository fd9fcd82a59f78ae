package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
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
    String form = FormValues.text(execution.getVariable("rewardForm"));
    String councilArea = (String) execution.getVariable("councilAreaId");
    Authority grantor = authorities.granting(councilArea, form == null ? "" : form)
        .orElseThrow(() -> new FieldRefused("rewardForm", "reward.form.no-authority", form));
    boolean forwarded = !grantor.getAreaId().equals(councilArea);
    proposals.of(execution).approved(grantor, forwarded, FormValues.text(execution.getVariable("councilNote")));
    execution.setVariable("grantorGroup", grantor.getActorGroup());
    execution.setVariable("grantorTitle", grantor.getActorTitle());
    execution.setVariable("rewardFormName", grantor.getRewardFormName());
    execution.setVariable("grantorLevel", grantor.getLevelName());
    execution.setVariable("forwarded", forwarded);
    execution.removeVariable("decision"); // the authority's own decision comes next
    history.record(execution, RewardProcess.REVIEW_TASK, "Hội đồng Thi đua - Khen thưởng xét hồ sơ", "APPROVE",
        "Đề nghị " + grantor.getRewardFormName() + (forwarded ? " (trình " + grantor.getLevelName() + ")" : ""));
  }
}
