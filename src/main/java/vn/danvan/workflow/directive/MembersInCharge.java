package vn.danvan.workflow.directive;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.reminder.ReminderPolicy;

/**
 * Who is in charge of a unit: its own member in charge, else the one of the nearest area above it. The BPMN asks
 * it whom a late plan or report escalates to: {@code reminder.escalateTo=${membersInCharge.escalationTo(unitId,
 * boardGroup)}}.
 */
@Component
public class MembersInCharge {

  private final MemberInChargeRepository members;
  private final UnitRepository units;

  public MembersInCharge(MemberInChargeRepository members, UnitRepository units) {
    this.members = members;
    this.units = units;
  }

  public Optional<MemberInCharge> of(String unitId) {
    Set<String> seen = new HashSet<>();
    String current = unitId;
    while (current != null && seen.add(current)) {
      Optional<MemberInCharge> member = members.findById(current);
      if (member.isPresent()) {
        return member;
      }
      current = units.findById(current).map(Unit::getParentId).orElse(null);
    }
    return Optional.empty();
  }

  /**
   * The recipient of a unit's escalations, as {@code reminder.escalateTo} writes it: the member in charge (a
   * user, {@code user:id}), asked when the escalation goes out; with nobody in charge on record, {@code otherwise}
   * (the coordinating board's group).
   */
  public String escalationTo(String unitId, String otherwise) {
    return of(unitId).map(MemberInCharge::getUserId).filter(user -> !user.isBlank())
        .map(user -> ReminderPolicy.USER + user).orElse(otherwise);
  }
}
