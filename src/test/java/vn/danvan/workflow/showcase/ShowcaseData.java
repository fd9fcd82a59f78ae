package vn.danvan.workflow.showcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.recognition.DecidedRounds;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.GrantedRewards;
import vn.danvan.workflow.reward.RewardProposalRepository;

/**
 * One commune of its own (a unique tag in every name, so suites sharing the database do not meet) with models at
 * every stage: recognised in the given year, outstanding and rewarded, registered only, not recognised by the
 * round, named like a script, recognised and later removed; recognised the year before; and one in a round two
 * years before still undecided. Suites use years of their own, so that their lists stay on one page. The
 * people and internal notes behind them are named so a page test can say they never show.
 */
final class ShowcaseData {

  static final String XSS = "<script>alert(1)</script>";

  final String tag = UUID.randomUUID().toString().substring(0, 8);
  final String unitName = "Xã Gương Mẫu " + tag;
  final String creator = "nguoi-dang-ky-" + tag;
  final String signer = "Nguyễn Văn Ký " + tag;
  final String recorder = "thu-ky-" + tag;
  final String internalNote = "Ghi chú nội bộ " + tag;
  final String minutes = "BB-noi-bo-" + tag;
  final String councilNote = "Nhận xét của hội đồng " + tag;
  final String letter = "TTr-" + tag;
  final int year;
  final String decision = "12-QĐ/ĐU-" + tag;
  final String decisionYearBefore = "07-QĐ/ĐU-" + tag;
  final String rewardDecision = "45/QĐ-UBND-" + tag;
  final String rewardForm = "Giấy khen của Chủ tịch UBND xã " + tag;

  MobilizationModel recognised;
  MobilizationModel outstanding;
  MobilizationModel registeredOnly;
  MobilizationModel notRecognised;
  MobilizationModel script;
  MobilizationModel removed;
  MobilizationModel ofYearBefore;
  MobilizationModel awaiting;

  private final UnitRepository units;
  private final ModelRepository models;
  private final DecidedRounds rounds;
  private final GrantedRewards rewards;
  private String unitId;

  ShowcaseData(ApplicationContext context, int year) {
    this.year = year;
    this.units = context.getBean(UnitRepository.class);
    this.models = context.getBean(ModelRepository.class);
    this.rounds = new DecidedRounds(context.getBean(RecognitionRoundRepository.class),
        context.getBean(RecognitionCandidateRepository.class), models);
    this.rewards = new GrantedRewards(context.getBean(RewardProposalRepository.class));
  }

  ShowcaseData create() {
    return create(true);
  }

  /** Without the model named like a script: for the browser test, whose page is a screenshot of the docs. */
  ShowcaseData create(boolean withScript) {
    unitId = units.save(new Unit("guong-" + tag, unitName, UnitKind.COMMUNE, "huyen-xuan-truong")).getId();
    recognised = model("Tổ tự quản đường làng xanh " + tag, Field.CULTURE_SOCIETY, ModelKind.MODEL);
    outstanding = model("Dân vận khéo trong dồn điền đổi thửa " + tag, Field.ECONOMY, ModelKind.MODEL);
    registeredOnly = model("Mô hình mới đăng ký " + tag, Field.ECONOMY, ModelKind.MODEL);
    notRecognised = model("Mô hình chưa được công nhận " + tag, Field.ECONOMY, ModelKind.MODEL);
    script = withScript ? model(XSS + " " + tag, Field.POLITICAL_SYSTEM, ModelKind.EXEMPLAR)
        : model("Điển hình dân vận khéo trong hòa giải ở cơ sở " + tag, Field.POLITICAL_SYSTEM, ModelKind.EXEMPLAR);
    removed = model("Mô hình đã đưa ra khỏi danh sách " + tag, Field.ECONOMY, ModelKind.MODEL);
    ofYearBefore = model("Mô hình công nhận năm " + (year - 1) + " " + tag, Field.DEFENCE_SECURITY, ModelKind.MODEL);
    awaiting = model("Mô hình đang chờ quyết định " + tag, Field.ECONOMY, ModelKind.MODEL);

    rounds.decided(body(), year - 1, minutes, internalNote,
        new SignedDecision(decisionYearBefore, LocalDate.of(year - 1, 12, 15), signer), recorder,
        List.of(ofYearBefore), List.of(), List.of());
    rounds.decided(body(), year, minutes, internalNote,
        new SignedDecision(decision, LocalDate.of(year, 11, 10), signer), recorder,
        List.of(recognised, outstanding, script, removed), List.of(outstanding), List.of(notRecognised));
    rounds.awaitingDecision(body(), year - 2, LocalDate.of(year - 2, 12, 1), List.of(awaiting));
    MobilizationModel stored = models.findById(removed.getId()).orElseThrow();
    stored.markRemoved("Không duy trì " + tag);
    models.save(stored);
    rewards.granted(outstanding.getId(), year, unitId, new Authority(unitId, "cấp xã", Power.REWARD,
            "chu-tich-" + tag, "Chủ tịch UBND xã").grants("GIAY_KHEN_XA", rewardForm), letter, councilNote,
        new SignedDecision(rewardDecision, LocalDate.of(year, 11, 18), signer), recorder);
    return this;
  }

  /** The shown ones, in the page's order: outstanding first, then by name. */
  List<MobilizationModel> shownInYear() {
    return List.of(outstanding, script, recognised);
  }

  List<MobilizationModel> neverShown() {
    return List.of(registeredOnly, notRecognised, removed, awaiting);
  }

  private Authority body() {
    return new Authority(unitId, "cấp xã", Power.RECOGNISE, "ban-thuong-vu-" + tag, "Ban Thường vụ Đảng ủy xã");
  }

  private MobilizationModel model(String name, Field field, ModelKind kind) {
    MobilizationModel model = new MobilizationModel(kind, unitId, field, year - 1, creator);
    model.describe(new RegistrationDossier(name, "Thực trạng " + tag, "Mục tiêu " + tag, "Cán bộ đến từng nhà",
        "Thôn Hạ", "Chi bộ và Hội Nông dân", null, "Từ 3/2025", "Biên bản đồng thuận của 108 hộ", null));
    model.markRegistered();
    return models.save(model);
  }
}
