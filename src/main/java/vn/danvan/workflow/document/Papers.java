package vn.danvan.workflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RecordedDecision;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.recognition.RecognitionCandidate;
import vn.danvan.workflow.recognition.RecognitionRound;
import vn.danvan.workflow.reward.RewardProposal;

/** The papers a recorded decision gives: what each template is filled with, read from the recorded decision. */
@Component
class Papers {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String MOVEMENT = "“Dân vận khéo”";

  private final Letterheads letterheads;
  private final ModelRepository models;
  private final UnitRepository units;
  private final AuthorityRepository authorities;

  Papers(Letterheads letterheads, ModelRepository models, UnitRepository units, AuthorityRepository authorities) {
    this.letterheads = letterheads;
    this.models = models;
    this.units = units;
    this.authorities = authorities;
  }

  /** The recognition decision and its annex: every model the round recognised. */
  Paper recognitionDecision(RecognitionRound round, List<RecognitionCandidate> recognised) {
    List<Paper.AnnexRow> annex = new ArrayList<>();
    for (RecognitionCandidate candidate : recognised) {
      MobilizationModel model = models.findById(candidate.getModelId()).orElseThrow();
      annex.add(new Paper.AnnexRow(annex.size() + 1, model.getName(), model.getKind().label(),
          unitName(model.getUnitId()), model.getField().label(), candidate.getRatingLabel()));
    }
    RecordedDecision decision = round.getDecision();
    return new Paper(DocumentKind.RECOGNITION_DECISION, null, recognitionIssuer(round), round.getDeciderTitle(),
        decision.getNumber(), decision.getDate(),
        "Về việc công nhận mô hình, điển hình " + MOVEMENT + " " + round.getLevelName() + " năm " + round.getYear(),
        proposer(round), minutes(round), decision.getSigner(), round.getYear(), round.getLevelName(), null, null, null,
        null, annex);
  }

  /** One recognised model's certificate. */
  Paper recognitionCertificate(RecognitionRound round, RecognitionCandidate candidate) {
    MobilizationModel model = models.findById(candidate.getModelId()).orElseThrow();
    String kind = model.getKind().label();
    String recognition = kind + " " + MOVEMENT + " " + round.getLevelName() + " năm " + round.getYear();
    RecordedDecision decision = round.getDecision();
    return new Paper(DocumentKind.RECOGNITION_CERTIFICATE, model.getId(), recognitionIssuer(round),
        round.getDeciderTitle(), decision.getNumber(), decision.getDate(), recognition, proposer(round), null,
        decision.getSigner(), round.getYear(), round.getLevelName(), model.getName(), unitName(model.getUnitId()),
        "Đã được công nhận là " + recognition.toLowerCase(VIETNAMESE).charAt(0) + recognition.substring(1)
            + (candidate.isOutstanding() ? ", được lựa chọn tiêu biểu để tuyên truyền, nhân rộng" : ""),
        null, List.of());
  }

  /** The reward decision: every proposal granted by the same paper (number, date, authority) is in its annex. */
  Paper rewardDecision(List<RewardProposal> samePaper) {
    RewardProposal first = samePaper.get(0);
    List<Paper.AnnexRow> annex = new ArrayList<>();
    for (RewardProposal proposal : samePaper) {
      MobilizationModel model = models.findById(proposal.getModelId()).orElseThrow();
      annex.add(new Paper.AnnexRow(annex.size() + 1, model.getName(), model.getKind().label(),
          unitName(model.getUnitId()), model.getField().label(), null));
    }
    RecordedDecision decision = first.getDecision();
    Authority authority = authority(first);
    return new Paper(DocumentKind.REWARD_DECISION, null, rewardIssuer(first, authority), first.getAuthorityTitle(),
        decision.getNumber(), decision.getDate(), "Về việc tặng " + first.getRewardFormName(),
        authority == null || authority.getProposerTitle() == null ? "Hội đồng Thi đua - Khen thưởng"
            : authority.getProposerTitle(), null,
        decision.getSigner(), first.getYear(), first.getAuthorityLevel(), null, null, null, first.getRewardFormName(),
        annex);
  }

  /** The Giấy khen (Bằng khen, ...) of one rewarded model. */
  Paper rewardCertificate(RewardProposal proposal) {
    MobilizationModel model = models.findById(proposal.getModelId()).orElseThrow();
    RecordedDecision decision = proposal.getDecision();
    Authority authority = authority(proposal);
    String form = proposal.getRewardFormName();
    int of = form.indexOf(" của ");
    String title = (of > 0 ? form.substring(0, of) : form).toUpperCase(VIETNAMESE);
    return new Paper(DocumentKind.REWARD_CERTIFICATE, model.getId(), rewardIssuer(proposal, authority),
        proposal.getAuthorityTitle(), decision.getNumber(), decision.getDate(), title,
        authority == null ? null : authority.getProposerTitle(), null, decision.getSigner(), proposal.getYear(),
        proposal.getAuthorityLevel(), model.getName(), unitName(model.getUnitId()),
        "Đã có thành tích xuất sắc trong phong trào thi đua " + MOVEMENT + " năm " + proposal.getYear(), form,
        List.of());
  }

  /**
   * The answer to a petition from the unit that received it: a "Văn bản trả lời" for a kiến nghị or phản ánh, a
   * "Thông báo kết quả giải quyết" for a khiếu nại or tố cáo. The subject goes in {@code basis}, the answer in
   * {@code achievement}, the addressee ("ông/bà …", none for a tố cáo) in {@code recipientUnit}; {@code recipient}
   * stays empty, since the public verification page shows it.
   */
  Paper petitionAnswer(Petition petition, String petitionerName) {
    String unitName = unitName(petition.getReceivingUnitId());
    boolean feedback = petition.getKind() == PetitionKind.KIEN_NGHI || petition.getKind() == PetitionKind.PHAN_ANH;
    String title = feedback ? "Văn bản trả lời " + petition.getKind().label().toLowerCase(VIETNAMESE)
        : "Thông báo kết quả giải quyết đơn " + petition.getKind().label().toLowerCase(VIETNAMESE);
    return new Paper(DocumentKind.PETITION_ANSWER, null,
        letterheads.of(petition.getReceivingUnitId(), unitName, areaOf(petition.getReceivingUnitId())), unitName,
        petition.getTrackingCode(), petition.getSettledOn(), title, null, petition.getSubject(), "",
        petition.getSettledOn().getYear(), petition.getKind().label(), null,
        petitionerName == null ? null : "ông/bà " + petitionerName, petition.getOutcome(), null, List.of());
  }

  /** The area a body belongs to, for the place before the date: "UBND huyện Xuân Trường" is in "Huyện Xuân Trường". */
  private String areaOf(String unitId) {
    Unit unit = units.findById(unitId).orElse(null);
    for (int up = 0; unit != null && up < 5; up++) {
      for (String word : Letterheads.AREA_WORDS) {
        if (unit.getName().startsWith(word)) {
          return unit.getId();
        }
      }
      unit = unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null);
    }
    return unitId;
  }

  private Letterhead recognitionIssuer(RecognitionRound round) {
    return letterheads.of(round.getDeciderGroup(), round.getDeciderTitle(), round.getAreaId());
  }

  private Letterhead rewardIssuer(RewardProposal proposal, Authority authority) {
    String group = authority == null ? "" : authority.getActorGroup();
    String area = authority == null ? proposal.getCouncilAreaId() : authority.getAreaId();
    return letterheads.of(group, proposal.getAuthorityTitle(), area);
  }

  private Authority authority(RewardProposal proposal) {
    return proposal.getAuthorityId() == null ? null : authorities.findById(proposal.getAuthorityId()).orElse(null);
  }

  private static String proposer(RecognitionRound round) {
    return round.getProposerTitle() == null ? "Ban Chỉ đạo phong trào" : round.getProposerTitle();
  }

  /** "Biên bản số 03/BB-BCĐ ngày 10/12/2026 của …": the proposal the decision rests on. */
  private static String minutes(RecognitionRound round) {
    return round.getMinutesNumber() == null ? null : "Biên bản số " + round.getMinutesNumber()
        + (round.getMinutesDate() == null ? "" : " ngày " + VietnamTime.format(round.getMinutesDate()))
        + " của " + proposer(round);
  }

  private String unitName(String unitId) {
    return units.findById(unitId).map(Unit::getName).orElse(unitId);
  }
}
