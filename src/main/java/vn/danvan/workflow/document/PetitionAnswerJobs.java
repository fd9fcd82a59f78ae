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
 * A petition's answer letter as an engine job, as {@link RewardLetterJobs}: written in the settling transaction,
 * rendered by the job executor, retried as every job is and an incident in Cockpit when it keeps failing. Issuing
 * is keyed by the petition, so a retry or a download that came first leaves one letter.
 */
@Component
class PetitionAnswerJobs extends AbstractProcessEnginePlugin {

  static final String TYPE = "danvan-petition-answer";

  /** The answers need the documents, which need the engine: asked for when a job runs, not now. */
  private final ObjectProvider<PetitionAnswers> answers;

  PetitionAnswerJobs(ObjectProvider<PetitionAnswers> answers) {
    this.answers = answers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new Handler());
    configuration.setCustomJobHandlers(handlers);
  }

  /** Adds the letter's job to the command (and so the transaction) that is running. */
  static void schedule(CommandContext command, long petitionId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfigurationRaw(String.valueOf(petitionId));
    command.getJobManager().send(job);
  }

  record PetitionId(long id) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return String.valueOf(id);
    }
  }

  private final class Handler implements JobHandler<PetitionId> {

    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public void execute(PetitionId petition, ExecutionEntity execution, CommandContext commandContext,
        String tenantId) {
      answers.getObject().issue(petition.id());
    }

    @Override
    public PetitionId newConfiguration(String canonicalString) {
      return new PetitionId(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(PetitionId petition, JobEntity jobEntity) {
      // nothing kept outside the job
    }
  }
}
