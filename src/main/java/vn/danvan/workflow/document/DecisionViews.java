package vn.danvan.workflow.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.recognition.RecognitionCandidate;
import vn.danvan.workflow.recognition.RecognitionRound;
import vn.danvan.workflow.reward.RewardProposal;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * A recorded decision as its page shows it: number, date, signer, issuing body, the annexed list, and the
 * documents the caller may download. The rules are the API's ({@link Documents}): the decision for whoever may
 * download its PDF (else 404), whose annex names every model it concerns, as the PDF does (a decision is
 * publicised); a certificate only for whoever sees its model, and a model links to its page only for them.
 */
@Component
public class DecisionViews {

  /** The two kinds of decision, as their pages' addresses name them. */
  public enum Kind {
    RECOGNITION("cong-nhan"), REWARD("khen-thuong");

    private final String segment;

    Kind(String segment) {
      this.segment = segment;
    }

    static Kind of(String segment) {
      for (Kind kind : values()) {
        if (kind.segment.equals(segment)) {
          return kind;
        }
      }
      throw ApiException.notFound("quyết định", segment);
    }

    String page(long id) {
      return "/quyet-dinh/" + segment + "/" + id;
    }
  }

  /** A document of the decision: the decision itself or a certificate; {@code issued} null until first downloaded. */
  public record Item(DocumentKind kind, String title, String pdfPath, IssuedDocument issued) {

    public boolean revoked() {
      return issued != null && issued.getStatus() == DocumentStatus.REVOKED;
    }

    /** The public verification page, once issued and still standing. */
    public String verifyPath() {
      return issued == null || revoked() || issued.getVerificationCode() == null ? null
          : "/xac-thuc/" + issued.getVerificationCode();
    }
  }

  /** One model of the annexed list; {@code modelId} null when the caller may not open its page. */
  public record Line(int order, Long modelId, String name, String kind, String unit, String field, String result) {
  }

  public record View(Kind kind, long id, String path, String label, String title, String number, LocalDate date,
      String signer, String issuingBody, String authority, List<Line> annex, List<Item> documents) {

    public Optional<Item> document(long issuedId) {
      return documents.stream().filter(item -> item.issued() != null && item.issued().getId() == issuedId)
          .findFirst();
    }

    public boolean rated() {
      return annex.stream().anyMatch(line -> line.result() != null);
    }
  }

  private final Documents documents;
  private final Papers papers;
  private final IssuedDocumentRepository issued;
  private final ModelRepository models;
  private final ModelAccess access;

  DecisionViews(Documents documents, Papers papers, IssuedDocumentRepository issued, ModelRepository models,
      ModelAccess access) {
    this.documents = documents;
    this.papers = papers;
    this.issued = issued;
    this.models = models;
    this.access = access;
  }

  @Transactional(readOnly = true)
  View of(Kind kind, long id) {
    return kind == Kind.RECOGNITION ? recognition(id) : reward(id);
  }

  private View recognition(long roundId) {
    documents.recognitionDecision(roundId); // 404 unless the caller may have the decision
    RecognitionRound round = documents.decidedRound(roundId);
    List<RecognitionCandidate> recognised = documents.recognised(roundId);
    Paper paper = papers.recognitionDecision(round, recognised);
    List<Long> modelIds = recognised.stream().map(RecognitionCandidate::getModelId).toList();
    List<Item> items = new ArrayList<>();
    items.add(new Item(DocumentKind.RECOGNITION_DECISION, "Quyết định số " + paper.number(),
        "/van-ban/cong-nhan/" + roundId + "/quyet-dinh.pdf",
        issued(DocumentKind.RECOGNITION_DECISION, "round:" + roundId)));
    List<Line> annex = annex(paper, modelIds, (index, modelId, name) -> items.add(new Item(
        DocumentKind.RECOGNITION_CERTIFICATE, "Giấy chứng nhận – " + name,
        "/van-ban/cong-nhan/" + roundId + "/mo-hinh/" + modelId + "/giay-chung-nhan.pdf",
        issued(DocumentKind.RECOGNITION_CERTIFICATE, "round:" + roundId + "/model:" + modelId))));
    return view(Kind.RECOGNITION, roundId, paper, annex, items);
  }

  private View reward(long proposalId) {
    RewardProposal proposal = documents.grantedVisible(proposalId); // 404 unless the caller sees its model
    List<RewardProposal> samePaper = documents.samePaper(proposal);
    Paper paper = papers.rewardDecision(samePaper);
    List<Item> items = new ArrayList<>();
    items.add(new Item(DocumentKind.REWARD_DECISION, "Quyết định số " + paper.number(),
        "/van-ban/khen-thuong/" + proposalId + "/quyet-dinh.pdf",
        issued(DocumentKind.REWARD_DECISION, "reward:" + samePaper.get(0).getId())));
    List<Long> modelIds = samePaper.stream().map(RewardProposal::getModelId).toList();
    List<Line> annex = annex(paper, modelIds, (index, modelId, name) -> {
      RewardProposal its = samePaper.get(index);
      items.add(new Item(DocumentKind.REWARD_CERTIFICATE, its.getRewardFormName() + " – " + name,
          "/van-ban/khen-thuong/" + its.getId() + "/giay-khen.pdf",
          issued(DocumentKind.REWARD_CERTIFICATE, "reward:" + its.getId())));
    });
    return view(Kind.REWARD, proposalId, paper, annex, items);
  }

  private interface Visible {
    void certificate(int index, long modelId, String name);
  }

  /** The annexed list in the paper's order (that of {@code modelIds}), the caller's own models linked. */
  private List<Line> annex(Paper paper, List<Long> modelIds, Visible visible) {
    Caller caller = Caller.current();
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < paper.annex().size(); i++) {
      Paper.AnnexRow row = paper.annex().get(i);
      long modelId = modelIds.get(i);
      boolean sees = models.findById(modelId).map(model -> access.maySee(caller, model)).orElse(false);
      lines.add(new Line(row.order(), sees ? modelId : null, row.name(), row.kind(), row.unit(), row.field(),
          row.result()));
      if (sees) {
        visible.certificate(i, modelId, row.name());
      }
    }
    return lines;
  }

  private IssuedDocument issued(DocumentKind kind, String sourceKey) {
    return issued.findByKindAndSourceKey(kind, sourceKey).orElse(null);
  }

  private static View view(Kind kind, long id, Paper paper, List<Line> annex, List<Item> items) {
    return new View(kind, id, kind.page(id), paper.kind().label(), paper.title(), paper.number(), paper.date(),
        paper.signerName(), paper.issuer().issuingBody(), paper.authority(), annex, items);
  }
}
