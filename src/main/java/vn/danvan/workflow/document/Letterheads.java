package vn.danvan.workflow.document;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * The letterhead of a deciding group: its row in document_issuer, or one made from what the authority row knows
 * (its title in capitals, the area's name as the place) until an administrator enters the proper one.
 */
@Component
class Letterheads {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final String[] AREA_WORDS = {"Thành phố ", "Thị trấn ", "Thị xã ", "Huyện ", "Tỉnh ", "Quận ",
      "Phường ", "Xã "};

  private final IssuerRepository issuers;
  private final UnitRepository units;

  Letterheads(IssuerRepository issuers, UnitRepository units) {
    this.issuers = issuers;
    this.units = units;
  }

  Letterhead of(String actorGroup, String actorTitle, String areaId) {
    return issuers.findById(actorGroup).map(Issuer::letterhead).orElseGet(() -> {
      String title = Paper.nfc(actorTitle).toUpperCase(VIETNAMESE);
      return new Letterhead(null, title, title, place(areaId), null, title);
    });
  }

  /** "Huyện Xuân Trường" is dated "Xuân Trường, ngày …". */
  private String place(String areaId) {
    String name = units.findById(areaId).map(Unit::getName).orElse(areaId);
    for (String word : AREA_WORDS) {
      if (name.startsWith(word)) {
        return name.substring(word.length());
      }
    }
    return name;
  }
}
