package vn.danvan.workflow.citizen;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * The bodies a citizen may address a petition to: the communes and the government bodies that are open (a unit
 * closed by the 2025 reform is not offered; its successor is). Communes first, each group in Vietnamese order.
 */
@Component
class PublicUnits {

  private static final Set<UnitKind> RECEIVING = Set.of(UnitKind.COMMUNE, UnitKind.GOVERNMENT_BODY);

  record Choice(String id, String name) {
  }

  private final UnitRepository units;

  PublicUnits(UnitRepository units) {
    this.units = units;
  }

  List<Choice> open() {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    return units.findAll().stream()
        .filter(PublicUnits::receives)
        .sorted(Comparator.comparing((Unit u) -> u.getKind() == UnitKind.COMMUNE ? 0 : 1)
            .thenComparing(Unit::getName, vietnamese))
        .map(u -> new Choice(u.getId(), u.getName()))
        .toList();
  }

  Optional<Choice> open(String id) {
    return id == null || id.isBlank() ? Optional.empty()
        : units.findById(id).filter(PublicUnits::receives).map(u -> new Choice(u.getId(), u.getName()));
  }

  private static boolean receives(Unit unit) {
    return !unit.isClosed() && RECEIVING.contains(unit.getKind());
  }
}
