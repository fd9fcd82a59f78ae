package vn.danvan.workflow.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionFixtures;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.RewardFixtures;
import vn.danvan.workflow.reward.RewardProposalRepository;

/**
 * Decisions recorded in the demo district as the processes leave them: a round of the Standing Committee that
 * recognised two models (of Xuân Hồng and Xuân Tân) and not a third, and a Giấy khen of the district chair for the
 * first. Each call makes its own models and numbers, so suites sharing the service do not meet.
 */

class DocumentFixtures {

  static final String DISTRICT = "huyen-xuan-truong";
  private static final Pattern CODE = Pattern.compile("Mã xác thực: ([a-z2-7-]{32})");
  private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
  /** One round per area and year: each call takes a year of its own, far from the campaigns other suites open. */
  private static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2300); // FormCorpusTest takes 2101 on

  record Decided(long roundId, long hong, long tan, long notRecognised, long proposalId, String hongName,
      String tanName, String notName, String number) {
  }

  private final ModelRepository models;
  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final RewardProposalRepository proposals;
  private final AuthorityRepository authorities;

  DocumentFixtures(ModelRepository models, RecognitionRoundRepository rounds,
      RecognitionCandidateRepository candidates, RewardProposalRepository proposals, AuthorityRepository authorities) {
    this.models = models;
    this.rounds = rounds;
    this.candidates = candidates;
    this.proposals = proposals;
    this.authorities = authorities;
  }

  Decided decided(String tag) {
    return decided(tag, "xa-xuan-tan");
  }

  /** The same, the second recognised model belonging to the given unit. */
  Decided decided(String tag, String secondUnit) {
    String hongName = "Dân vận khéo trong dồn điền đổi thửa " + tag;
    String tanName = "Tổ hòa giải “Ấm tình làng nghĩa xóm” " + tag;
    String notName = "Chưa được công nhận " + tag;
    long hong = model("xa-xuan-hong", hongName);
    long tan = model(secondUnit, tanName);
    long not = model("xa-xuan-hong", notName);
    Authority recognise = authorities.findByAreaIdAndPowerOrderByIdAsc(DISTRICT, Power.RECOGNISE).get(0);
    String number = (100 + Math.abs(tag.hashCode() % 900)) + "-QĐ/HU";
    int year = YEARS.incrementAndGet();
    long round = RecognitionFixtures.decided(rounds, candidates, recognise, year, List.of(hong, tan), List.of(not),
        new SignedDecision(number, LocalDate.of(2026, 11, 18), "Phạm Minh Tuấn"), AT).getId();
    Authority reward = authorities.findByAreaIdAndPowerOrderByIdAsc(DISTRICT, Power.REWARD).get(0);
    long proposal = RewardFixtures.granted(proposals, hong, year, DISTRICT, reward,
        new SignedDecision("23" + Math.abs(tag.hashCode() % 100) + "/QĐ-UBND-" + tag, LocalDate.of(2026, 11, 19),
            "Nguyễn Văn Chủ tịch"), AT).getId();
    return new Decided(round, hong, tan, not, proposal, hongName, tanName, notName, number);
  }

  private long model(String unit, String name) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unit, Field.ECONOMY, 2026, "commune1");
    model.describe(new RegistrationDossier(name, "Thực trạng", "Mục tiêu", "Nội dung", "Phạm vi", "Lực lượng", null,
        "Lộ trình", "Kết quả", null));
    model.markRegistered();
    model.markEvaluated();
    model.markRecognised();
    return models.save(model).getId();
  }

  /** The code printed on a PDF, as the text extraction reads it. */
  static String code(byte[] pdf) throws Exception {
    Matcher matcher = CODE.matcher(PdfPages.text(pdf));
    if (!matcher.find()) {
      throw new AssertionError("no verification code in the PDF");
    }
    return matcher.group(1);
  }
}
