package vn.danvan.workflow.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PlainText;

/**
 * Receiving petitions (the desk and the public form) and what the public may see of one. The petition, its
 * petitioner and its process commit together or not at all.
 */
@Component
public class Petitions {

  static final int NAME_MAX = 255;
  static final int CONTACT_MAX = 255;
  static final int ADDRESS_MAX = 500;
  static final int SUBJECT_MAX = 255;
  static final int CONTENT_MAX = 10_000;

  private final PetitionRepository petitions;
  private final PetitionerIdentityRepository identities;
  private final UnitRepository units;
  private final PetitionProcess process;
  private final PetitionClocks clocks;
  private final Clock clock;

  Petitions(PetitionRepository petitions, PetitionerIdentityRepository identities, UnitRepository units,
      PetitionProcess process, PetitionClocks clocks, Clock clock) {
    this.petitions = petitions;
    this.identities = identities;
    this.units = units;
    this.process = process;
    this.clocks = clocks;
    this.clock = clock;
  }

  /** Stores the petition, starts its process, returns the stored petition; throws web.ApiException (4xx) on bad input. */
  @Transactional
  public Petition receive(PetitionReceipt receipt) {
    if (receipt == null || receipt.kind() == null) {
      throw invalid("kind");
    }
    if (receipt.channel() == null) {
      throw invalid("channel");
    }
    Unit unit = receipt.unitId() == null ? null : units.findById(receipt.unitId()).orElse(null);
    if (unit == null || unit.isClosed()) {
      throw invalid("unitId");
    }
    String name = text(receipt.petitionerName(), "petitionerName", NAME_MAX, true);
    String contact = text(receipt.petitionerContact(), "petitionerContact", CONTACT_MAX, false);
    String address = text(receipt.petitionerAddress(), "petitionerAddress", ADDRESS_MAX, false);
    String subject = text(receipt.subject(), "subject", SUBJECT_MAX, true);
    String content = text(receipt.content(), "content", CONTENT_MAX, true);
    Instant now = clock.instant();
    LocalDate today = VietnamTime.dayOf(now);
    String code = TrackingCodes.next();
    while (petitions.existsByTrackingCode(code)) {
      code = TrackingCodes.next();
    }
    Petition petition = petitions.save(new Petition(code, receipt.kind(), receipt.channel(), unit.getId(), subject,
        content, now, today, clocks.acceptDue(receipt.kind(), today)));
    identities.save(new PetitionerIdentity(petition.getId(), name, contact, address));
    petition.started(process.start(petition, unit.getName(), departments(unit), duplicates(petition)));
    return petition;
  }

  public Optional<PetitionStatus> publicStatus(String trackingCode) {
    String code = TrackingCodes.normalise(trackingCode);
    if (code == null) {
      return Optional.empty();
    }
    return petitions.findByTrackingCode(code).map(p -> new PetitionStatus(p.getTrackingCode(), p.getKind(),
        p.getReceivedOn(), p.getStage().label(),
        p.currentDueOn() != null ? p.currentDueOn() : p.getSettleDueOn(), p.getStage() == PetitionStage.SETTLED));
  }

  /** The petitions received by or assigned to these units, newest first. */
  public List<Petition> ofUnits(Collection<String> unitIds, int limit) {
    return unitIds.isEmpty() ? List.of() : petitions.ofUnits(unitIds, PageRequest.of(0, limit));
  }

  public Optional<Petition> find(long id) {
    return petitions.findById(id);
  }

  /** Who may handle it: the receiving unit itself and the units directly under it. */
  private List<FormOptions.Option> departments(Unit unit) {
    List<FormOptions.Option> options = new ArrayList<>();
    options.add(new FormOptions.Option(unit.getName(), unit.getId()));
    petitions.unitsUnder(unit.getId()).stream().filter(u -> !u.isClosed())
        .forEach(u -> options.add(new FormOptions.Option(u.getName(), u.getId())));
    return options;
  }

  /** The open petitions of the same unit and kind, newest first, that this one may duplicate. */
  private List<FormOptions.Option> duplicates(Petition petition) {
    return petitions.openOfUnit(petition.getReceivingUnitId(), petition.getKind(), petition.getId(),
        PageRequest.of(0, 30)).stream()
        .map(p -> new FormOptions.Option(p.getTrackingCode() + " – " + p.getSubject(), p.getTrackingCode())).toList();
  }

  private static String text(String value, String field, int max, boolean required) {
    String text = value == null ? null : value.strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        throw invalid(field);
      }
      return null;
    }
    if (text.length() > max || !PlainText.Validator.isPlain(text)) {
      throw invalid(field);
    }
    return text;
  }

  private static ApiException invalid(String field) {
    return new ApiException(HttpStatus.BAD_REQUEST, "petition-invalid", field);
  }
}
