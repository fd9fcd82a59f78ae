package vn.danvan.workflow.document;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionDesk;
import vn.danvan.workflow.petition.PetitionRepository;
import vn.danvan.workflow.petition.PetitionSettled;
import vn.danvan.workflow.petition.PetitionStage;
import vn.danvan.workflow.petition.Petitioners;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * The answer letter of a settled petition ({@link DocumentKind#PETITION_ANSWER}): issued by an engine job written
 * in the settling transaction ({@link DocumentJobs}), so rendering is off the officer's request and retried
 * when it fails; served to whoever sees the petition at the desk ({@link PetitionDesk}, others 404), issued then if
 * the job has not run yet. A denunciation's letter names nobody.
 */
@Component
class PetitionAnswers {

  private final Documents documents;
  private final Papers papers;
  private final PetitionRepository petitions;
  private final PetitionDesk desk;
  private final Petitioners petitioners;
  private final ProcessEngineConfigurationImpl engine;

  PetitionAnswers(Documents documents, Papers papers, PetitionRepository petitions, PetitionDesk desk,
      Petitioners petitioners, ProcessEngineConfigurationImpl engine) {
    this.documents = documents;
    this.papers = papers;
    this.petitions = petitions;
    this.desk = desk;
    this.petitioners = petitioners;
    this.engine = engine;
  }

  /** In the settling command: the letter's job commits with the settlement or not at all. */
  @EventListener
  void settled(PetitionSettled settled) {
    engine.getCommandExecutorTxRequired().execute(command -> {
      DocumentJobs.schedule(command, DocumentJobs.PETITION_ANSWER, settled.petitionId());
      return null;
    });
  }

  /** The job's work: the service's own doing, so no caller's access applies. */
  void issue(long petitionId) {
    petitions.findById(petitionId).filter(PetitionAnswers::settled).ifPresent(p -> documents.issued(source(p)));
  }

  /** The letter for a caller who sees the petition; an unsettled one has none (404). */
  IssuedDocument forCaller(long petitionId) {
    Petition petition = desk.visible(petitionId, Caller.current());
    if (!settled(petition)) {
      throw ApiException.notFound("văn bản trả lời đơn", petitionId);
    }
    return documents.issued(source(petition));
  }

  byte[] pdf(IssuedDocument document) {
    return documents.pdf(document);
  }

  private Documents.Source source(Petition petition) {
    return new Documents.Source(DocumentKind.PETITION_ANSWER, "petition:" + petition.getId(), null,
        () -> papers.petitionAnswer(petition, petitioners.nameForAnswerLetter(petition).orElse(null)));
  }

  private static boolean settled(Petition petition) {
    return petition.getStage() == PetitionStage.SETTLED && petition.getSettledOn() != null;
  }
}
