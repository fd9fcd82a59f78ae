package vn.danvan.workflow.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Who may act for whom today. The rule: an official names as substitute another user who belongs to one of their
 * own units (the same Camunda unit group); one delegation at a time (ranges of one official do not overlap); the
 * range is whole Vietnam days, both included, not ending in the past; "today" is read from the Clock bean. Only
 * the absent official creates and cancels their delegations. A substitute acts for the absent official only, never
 * passes it on (the substitute's own substitute gets nothing of it).
 */
@Component
public class Delegations {

  /** An absent official whose tasks the substitute may take today, with the absent official's groups. */
  public record Absence(String absentUser, Set<String> groups) {
  }

  private final DelegationRepository delegations;
  private final IdentityService identity;
  private final UnitRepository units;
  private final Clock clock;

  Delegations(DelegationRepository delegations, IdentityService identity, UnitRepository units, Clock clock) {
    this.delegations = delegations;
    this.identity = identity;
    this.units = units;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(VietnamTime.ZONE));
  }

  /** The officials {@code substitute} stands in for today, each with their groups (what is offered to them). */
  @Transactional(readOnly = true)
  public List<Absence> absencesCoveredBy(String substitute) {
    return delegations.activeForSubstitute(substitute, today()).stream().map(Delegation::getAbsentUser).distinct()
        .map(absent -> new Absence(absent, groupsOf(absent))).toList();
  }

  /** Whether {@code substitute} may act for {@code absentUser} today (also asked inside engine commands). */
  @Transactional
  public boolean mayActFor(String substitute, String absentUser) {
    return absentUser != null && substitute != null && !absentUser.equals(substitute)
        && !delegations.active(absentUser, substitute, today()).isEmpty();
  }

  @Transactional(readOnly = true)
  public List<Delegation> involving(Caller caller) {
    return delegations.involving(caller.username());
  }

  @Transactional
  public Delegation create(Caller caller, String substitute, LocalDate startsOn, LocalDate endsOn) {
    if (substitute == null || substitute.isBlank() || identity.createUserQuery().userId(substitute).count() == 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "delegation-unknown-user", substitute);
    }
    if (substitute.equals(caller.username())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "delegation-self");
    }
    if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "delegation-dates");
    }
    if (endsOn.isBefore(today())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "delegation-past", VietnamTime.format(today()));
    }
    Set<String> shared = unitsOf(caller.username());
    shared.retainAll(unitsOf(substitute));
    if (shared.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "delegation-not-colleague", substitute);
    }
    if (!delegations.overlapping(caller.username(), startsOn, endsOn).isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "delegation-overlap");
    }
    return delegations.save(new Delegation(caller.username(), substitute, startsOn, endsOn, clock.instant()));
  }

  /** Cancels one's own delegation; another's is 404 (ids do not leak), a cancelled one stays so. */
  @Transactional
  public Delegation cancel(Caller caller, long id) {
    Delegation delegation = delegations.findById(id).filter(d -> d.getAbsentUser().equals(caller.username()))
        .orElseThrow(() -> ApiException.notFound("ủy quyền", id));
    if (delegation.getCancelledAt() == null) {
      delegation.cancel(clock.instant());
    }
    return delegation;
  }

  /**
   * Cancels the delegations not yet over where {@code user} is the absent official or the substitute (a user
   * deactivated: nobody acts for them, they act for nobody); how many.
   */
  @Transactional
  public int cancelAllInvolving(String user) {
    int cancelled = 0;
    for (Delegation delegation : delegations.involving(user)) {
      if (delegation.getCancelledAt() == null && !delegation.getEndsOn().isBefore(today())) {
        delegation.cancel(clock.instant());
        cancelled++;
      }
    }
    return cancelled;
  }

  /** Colleagues one may name: the other members of one's units, by name. */
  @Transactional(readOnly = true)
  public List<User> colleaguesOf(Caller caller) {
    Set<String> seen = new HashSet<>();
    return unitsOf(caller.username()).stream()
        .flatMap(unit -> identity.createUserQuery().memberOfGroup(unit).list().stream())
        .filter(user -> !user.getId().equals(caller.username()) && seen.add(user.getId()))
        .sorted(java.util.Comparator.comparing(Delegations::fullName).thenComparing(User::getId))
        .toList();
  }

  public Optional<Delegation> find(long id) {
    return delegations.findById(id);
  }

  static String fullName(User user) {
    return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
  }

  private Set<String> groupsOf(String user) {
    Set<String> groups = new HashSet<>();
    for (Group group : identity.createGroupQuery().groupMember(user).list()) {
      groups.add(group.getId());
    }
    return groups;
  }

  /** The user's groups that are units (not role groups such as a board's leaders). */
  private Set<String> unitsOf(String user) {
    Set<String> unitIds = new HashSet<>();
    for (Unit unit : units.findAllById(groupsOf(user))) {
      unitIds.add(unit.getId());
    }
    return unitIds;
  }
}
