package vn.danvan.workflow.document;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reward letter as an engine job: written in the decision's own transaction, so a decision never commits
 * without its letter to come and a crash between the two loses nothing; sent by the job executor, off the chair's
 * request, on whichever node takes it; a failure (SMTP down) is retried as every job is and ends as an incident an
 * administrator sees in Cockpit. The letter's Message-ID is the proposal's, the same if a retry sends it again.
 */
@Component
class RewardLetterJobs extends AbstractProcessEnginePlugin {

  static final String TYPE = "danvan-reward-letter";

  /** The letters need the documents, which need the engine: asked for when a job runs, not now. */
  private final ObjectProvider<RewardLetters> letters;

  RewardLetterJobs(ObjectProvider<RewardLetters> letters) {
    this.letters = letters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new Handler());
    configuration.setCustomJobHandlers(handlers);
  }

  /** Adds the letter's job to the command (and so the transaction) that is running, or to a new one. */
  static void schedule(CommandContext command, long proposalId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfigurationRaw(String.valueOf(proposalId));
    command.getJobManager().send(job);
  }

  record Proposal(long id) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return String.valueOf(id);
    }
  }

  private final class Handler implements JobHandler<Proposal> {

    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public void execute(Proposal proposal, ExecutionEntity execution, CommandContext commandContext,
        String tenantId) {
      letters.getObject().send(proposal.id());
    }

    @Override
    public Proposal newConfiguration(String canonicalString) {
      return new Proposal(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(Proposal proposal, JobEntity jobEntity) {
      // nothing kept outside the job
    }
  }
}
