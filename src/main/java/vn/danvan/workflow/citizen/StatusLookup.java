package vn.danvan.workflow.citizen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.petition.PetitionStatus;
import vn.danvan.workflow.petition.Petitions;

/** A petition's public status by its tracking code, for the page and its JSON twin. */
@Component
class StatusLookup {

  /** Tracking codes are letters, digits and dashes; anything else is not looked up. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{4,64}");

  private final Petitions petitions;

  StatusLookup(Petitions petitions) {
    this.petitions = petitions;
  }

  /** By the code as typed, then in capitals (typed from paper in small letters). */
  Optional<PetitionStatus> byCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    Optional<PetitionStatus> found = petitions.publicStatus(code);
    String upper = code.toUpperCase(Locale.ROOT);
    return found.isPresent() || upper.equals(code) ? found : petitions.publicStatus(upper);
  }
}
