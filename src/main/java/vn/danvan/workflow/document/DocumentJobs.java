package vn.danvan.workflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
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
 * Documents made after a decision as engine jobs: written in the decision's own transaction, so a decision never
 * commits without its document to come and a crash between the two loses nothing; done by the job executor, off the
 * official's request, on whichever node takes it; a failure (SMTP down, a rendering error) is retried as every job
 * is and ends as an incident an administrator sees in Cockpit. Each job names its subject by id, and each kind of
 * work is keyed by that id, so a retry leaves one letter.
 */
@Component
class DocumentJobs extends AbstractProcessEnginePlugin {

  /** The reward letter of a granted proposal ({@link RewardLetters#send}); its Message-ID is the proposal's. */
  static final String REWARD_LETTER = "danvan-reward-letter";
  /** A settled petition's answer letter ({@link PetitionAnswers#issue}). */
  static final String PETITION_ANSWER = "danvan-petition-answer";

  /** The work needs the documents, which need the engine: asked for when a job runs, not now. */
  private final ObjectProvider<RewardLetters> letters;
  private final ObjectProvider<PetitionAnswers> answers;

  DocumentJobs(ObjectProvider<RewardLetters> letters, ObjectProvider<PetitionAnswers> answers) {
    this.letters = letters;
    this.answers = answers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new Handler(REWARD_LETTER, id -> letters.getObject().send(id)));
    handlers.add(new Handler(PETITION_ANSWER, id -> answers.getObject().issue(id)));
    configuration.setCustomJobHandlers(handlers);
  }

  /** Adds a job of this type for this subject to the command (and so the transaction) that is running. */
  static void schedule(CommandContext command, String type, long subjectId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(String.valueOf(subjectId));
    command.getJobManager().send(job);
  }

  record Subject(long id) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return String.valueOf(id);
    }
  }

  private record Handler(String type, LongConsumer work) implements JobHandler<Subject> {

    @Override
    public String getType() {
      return type;
    }

    @Override
    public void execute(Subject subject, ExecutionEntity execution, CommandContext commandContext,
        String tenantId) {
      work.accept(subject.id());
    }

    @Override
    public Subject newConfiguration(String canonicalString) {
      return new Subject(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(Subject subject, JobEntity jobEntity) {
      // nothing kept outside the job
    }
  }
}
