package vn.danvan.workflow.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.recognition.CandidateStatus;
import vn.danvan.workflow.recognition.RecognitionCandidate;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRound;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.recognition.RoundStatus;
import vn.danvan.workflow.reward.RewardProposal;
import vn.danvan.workflow.reward.RewardStatus;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * The documents a recorded decision gives, with the same access rules as the decision's data: a recognition
 * decision for whoever sees the round's area or one of its recognised models, a certificate or a reward decision
 * for whoever sees the model ({@link ModelAccess}); others get 404. A document is made the first time someone
 * asks for it, then kept byte for byte (its SHA-256 and verification code never change); revoking it is an
 * administrator's, with a reason.
 */
@Service
public class Documents {

  private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(VietnamTime.ZONE);

  private final IssuedDocumentRepository documents;
  private final Papers papers;
  private final DocumentRenderer renderer;
  private final Signer signer;
  private final DocumentSettings settings;
  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final GrantedRewards rewards;
  private final ModelAccess access;
  private final ModelRepository models;
  private final UnitDirectory directory;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  Documents(IssuedDocumentRepository documents, Papers papers, DocumentRenderer renderer, Signer signer,
      DocumentSettings settings, RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      GrantedRewards rewards, ModelAccess access, ModelRepository models, UnitDirectory directory,
      PlatformTransactionManager transactions, Clock clock) {
    this.documents = documents;
    this.papers = papers;
    this.renderer = renderer;
    this.signer = signer;
    this.settings = settings;
    this.rounds = rounds;
    this.candidates = candidates;
    this.rewards = rewards;
    this.access = access;
    this.models = models;
    this.directory = directory;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** What a document is made from, once the caller may see it: its kind, a stable key, and its paper. */
  record Source(DocumentKind kind, String key, Long modelId, Supplier<Paper> paper) {
  }

  Source recognitionDecision(long roundId) {
    RecognitionRound round = decidedRound(roundId);
    List<RecognitionCandidate> recognised = recognised(roundId);
    Caller caller = Caller.current();
    boolean sees = caller.isAdmin() || directory.visibleUnitIds(caller.groups()).contains(round.getAreaId())
        || recognised.stream().anyMatch(c -> models.findById(c.getModelId())
        .filter(model -> access.maySee(caller, model)).isPresent());
    if (!sees) {
      throw ApiException.notFound("quyết định công nhận", roundId);
    }
    return new Source(DocumentKind.RECOGNITION_DECISION, "round:" + roundId, null,
        () -> papers.recognitionDecision(round, recognised));
  }

  Source recognitionCertificate(long roundId, long modelId) {
    access.visible(modelId);
    RecognitionRound round = decidedRound(roundId);
    RecognitionCandidate candidate = recognised(roundId).stream().filter(c -> c.getModelId() == modelId).findFirst()
        .orElseThrow(() -> ApiException.notFound("giấy chứng nhận của mô hình", modelId));
    return new Source(DocumentKind.RECOGNITION_CERTIFICATE, "round:" + roundId + "/model:" + modelId, modelId,
        () -> papers.recognitionCertificate(round, candidate));
  }

  Source rewardDecision(long proposalId) {
    RewardProposal proposal = grantedVisible(proposalId);
    List<RewardProposal> samePaper = samePaper(proposal);
    return new Source(DocumentKind.REWARD_DECISION, "reward:" + samePaper.get(0).getId(), null,
        () -> papers.rewardDecision(samePaper));
  }

  Source rewardCertificate(long proposalId) {
    return rewardCertificateOf(grantedVisible(proposalId));
  }

  private Source rewardCertificateOf(RewardProposal proposal) {
    return new Source(DocumentKind.REWARD_CERTIFICATE, "reward:" + proposal.getId(), proposal.getModelId(),
        () -> papers.rewardCertificate(proposal));
  }

  /**
   * The Giấy khen of a reward just granted, for the letter to its unit: the service's own doing, after the
   * decision is recorded, so no caller's access applies. Empty when the proposal is not (or no longer) granted.
   */
  Optional<IssuedDocument> rewardCertificateForLetter(long proposalId) {
    return rewards.findById(proposalId)
        .filter(p -> p.getStatus() == RewardStatus.GRANTED && p.getDecision().getNumber() != null)
        .map(proposal -> issued(rewardCertificateOf(proposal)));
  }

  /** A document of a model, as its page and the API list it: issued already or made on first download. */
  public record Listed(DocumentKind kind, String title, String number, java.time.LocalDate date, String apiPath,
      String pagePath, IssuedDocument issued) {
  }

  /** Every document the model's recognitions and rewards give, for a caller who sees the model. */
  public List<Listed> ofModel(long modelId) {
    access.visible(modelId);
    List<Listed> listed = new ArrayList<>();
    for (RecognitionCandidate candidate : candidates.findByModelIdOrderByIdDesc(modelId)) {
      Optional<RecognitionRound> round = rounds.findById(candidate.getRoundId())
          .filter(r -> r.getStatus() == RoundStatus.DECIDED);
      if (candidate.getStatus() != CandidateStatus.RECOGNISED || round.isEmpty()) {
        continue;
      }
      RecognitionRound r = round.get();
      String what = "“Dân vận khéo” " + r.getLevelName() + " năm " + r.getYear();
      listed.add(new Listed(DocumentKind.RECOGNITION_DECISION, "Quyết định công nhận " + what,
          r.getDecision().getNumber(), r.getDecision().getDate(),
          "/api/documents/recognition-rounds/" + r.getId() + "/decision.pdf",
          "/van-ban/cong-nhan/" + r.getId() + "/quyet-dinh.pdf",
          documents.findByKindAndSourceKey(DocumentKind.RECOGNITION_DECISION, "round:" + r.getId()).orElse(null)));
      listed.add(new Listed(DocumentKind.RECOGNITION_CERTIFICATE, "Giấy chứng nhận " + what,
          r.getDecision().getNumber(), r.getDecision().getDate(),
          "/api/documents/recognition-rounds/" + r.getId() + "/models/" + modelId + "/certificate.pdf",
          "/van-ban/cong-nhan/" + r.getId() + "/mo-hinh/" + modelId + "/giay-chung-nhan.pdf",
          documents.findByKindAndSourceKey(DocumentKind.RECOGNITION_CERTIFICATE,
              "round:" + r.getId() + "/model:" + modelId).orElse(null)));
    }
    for (RewardProposal proposal : rewards.findByModelIdAndStatusOrderByIdAsc(modelId, RewardStatus.GRANTED)) {
      if (proposal.getDecision().getNumber() == null) {
        continue;
      }
      long first = samePaper(proposal).get(0).getId();
      listed.add(new Listed(DocumentKind.REWARD_DECISION, "Quyết định tặng " + proposal.getRewardFormName(),
          proposal.getDecision().getNumber(), proposal.getDecision().getDate(),
          "/api/documents/reward-proposals/" + proposal.getId() + "/decision.pdf",
          "/van-ban/khen-thuong/" + proposal.getId() + "/quyet-dinh.pdf",
          documents.findByKindAndSourceKey(DocumentKind.REWARD_DECISION, "reward:" + first).orElse(null)));
      listed.add(new Listed(DocumentKind.REWARD_CERTIFICATE, proposal.getRewardFormName(),
          proposal.getDecision().getNumber(), proposal.getDecision().getDate(),
          "/api/documents/reward-proposals/" + proposal.getId() + "/certificate.pdf",
          "/van-ban/khen-thuong/" + proposal.getId() + "/giay-khen.pdf",
          documents.findByKindAndSourceKey(DocumentKind.REWARD_CERTIFICATE, "reward:" + proposal.getId())
              .orElse(null)));
    }
    return listed;
  }

  /** The document of that source: the one issued before, or a new one (rendered, signed, stored) now. */
  IssuedDocument issued(Source source) {
    Optional<IssuedDocument> existing = documents.findByKindAndSourceKey(source.kind(), source.key());
    if (existing.isPresent()) {
      return existing.get();
    }
    IssuedDocument made = make(source);
    try {
      return newTransaction.execute(status -> documents.saveAndFlush(made));
    } catch (DataIntegrityViolationException issuedMeanwhile) {
      // someone asked for the same document at the same moment: theirs was stored first, and stands
      return documents.findByKindAndSourceKey(source.kind(), source.key()).orElseThrow(() -> issuedMeanwhile);
    }
  }

  /** The PDF of a document still standing; a revoked one is gone (410). */
  byte[] pdf(IssuedDocument document) {
    if (document.getStatus() == DocumentStatus.REVOKED) {
      throw new ApiException(HttpStatus.GONE, "document-revoked", document.getRevocationReason());
    }
    return document.getPdf();
  }

  private IssuedDocument make(Source source) {
    Paper paper = source.paper().get();
    String code = VerificationCode.generate();
    String url = settings.verifyUrl() + code;
    Instant now = clock.instant();
    Optional<X509Certificate> certificate = signer.certificate();
    String signerName = certificate.map(Documents::commonName).orElse(null);
    DocumentRenderer.Verification verification = new DocumentRenderer.Verification(VerificationCode.grouped(code),
        url, QrCode.dataUri(url), signerName, certificate.isPresent() ? SIGNED_AT.format(now) : null);
    DocumentRenderer.Rendered rendered = renderer.render(paper, verification);
    byte[] pdf = rendered.pdf();
    if (certificate.isPresent()) {
      try {
        pdf = PadesSignature.sign(pdf, signer, rendered.signatureBlock(), signerName, paper.issuer().place(), now);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot sign " + source.kind() + " " + source.key(), e);
      }
    }
    return new IssuedDocument(code, source.kind(), source.key(), paper, pdf,
        VerificationCode.sha256(pdf), certificate.map(c -> c.getSubjectX500Principal().getName()).orElse(null), now);
  }

  /** An administrator revokes a document, saying why; the verification page shows it from then on. */
  public IssuedDocument revoke(long id, String reason) {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    IssuedDocument document = documents.findById(id).orElseThrow(() -> ApiException.notFound("văn bản", id));
    if (document.getStatus() == DocumentStatus.REVOKED) {
      throw new ApiException(HttpStatus.CONFLICT, "document-already-revoked", id);
    }
    document.revoke(reason.strip(), caller.username(), clock.instant());
    return newTransaction.execute(status -> documents.save(document));
  }

  RecognitionRound decidedRound(long roundId) {
    return rounds.findById(roundId).filter(round -> round.getStatus() == RoundStatus.DECIDED
            && round.getDecision().getNumber() != null)
        .orElseThrow(() -> ApiException.notFound("quyết định công nhận", roundId));
  }

  List<RecognitionCandidate> recognised(long roundId) {
    return candidates.findByRoundIdOrderByModelIdAsc(roundId).stream()
        .filter(c -> c.getStatus() == CandidateStatus.RECOGNISED).toList();
  }

  RewardProposal grantedVisible(long proposalId) {
    RewardProposal proposal = rewards.findById(proposalId)
        .filter(p -> p.getStatus() == RewardStatus.GRANTED && p.getDecision().getNumber() != null)
        .orElseThrow(() -> ApiException.notFound("quyết định khen thưởng", proposalId));
    access.visible(proposal.getModelId());
    return proposal;
  }

  /** The proposals one reward decision granted: the same number, date and authority. */
  List<RewardProposal> samePaper(RewardProposal proposal) {
    return rewards.findByDecisionNumberAndDecisionDateAndStatusOrderByIdAsc(proposal.getDecision().getNumber(),
            proposal.getDecision().getDate(), RewardStatus.GRANTED).stream()
        .filter(p -> java.util.Objects.equals(p.getAuthorityTitle(), proposal.getAuthorityTitle())).toList();
  }

  private static String commonName(X509Certificate certificate) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] cn = name.getRDNs(BCStyle.CN);
    return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
  }
}
