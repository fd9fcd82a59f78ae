package vn.danvan.workflow.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Answers "who may do this for a model of that unit" by walking the organisation tree upwards from the unit:
 * the nearest area with an authority of that power wins. No level is named in code, so a district, a
 * province with districts or a two-level province all work from their rows.
 */
@Component
public class Authorities {

  private final AuthorityRepository authorities;
  private final UnitRepository units;

  public Authorities(AuthorityRepository authorities, UnitRepository units) {
    this.authorities = authorities;
    this.units = units;
  }

  /** Every authority of that power from the unit up to the root, nearest first. */
  public List<Authority> along(String unitId, Power power) {
    List<Authority> found = new ArrayList<>();
    for (String areaId : pathUp(unitId)) {
      found.addAll(authorities.findByAreaIdAndPowerOrderByIdAsc(areaId, power));
    }
    return found;
  }

  public Optional<Authority> nearest(String unitId, Power power) {
    return along(unitId, power).stream().findFirst();
  }

  /** The nearest authority, from the area upwards, that grants this reward form. */
  public Optional<Authority> granting(String areaId, String rewardForm) {
    return along(areaId, Power.REWARD).stream()
        .filter(authority -> rewardForm.equals(authority.getRewardForm()))
        .findFirst();
  }

  /** The reward forms a council at this area may propose: its own level's and every level above. */
  public List<Authority> rewardForms(String areaId) {
    List<Authority> forms = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Authority authority : along(areaId, Power.REWARD)) {
      if (seen.add(authority.getRewardForm())) {
        forms.add(authority);
      }
    }
    return forms;
  }

  /** The groups who adjust self-assessments of a unit's models: every EVALUATE actor above it. */
  public Set<String> evaluators(String unitId) {
    Set<String> groups = new LinkedHashSet<>();
    along(unitId, Power.EVALUATE).forEach(authority -> groups.add(authority.getActorGroup()));
    return groups;
  }

  /** May a member of these groups open the yearly campaign? */
  public boolean coordinates(List<String> groupIds) {
    return authorities.findByPower(Power.EVALUATE).stream()
        .anyMatch(authority -> groupIds.contains(authority.getActorGroup()));
  }

  /** The unit itself, its parent, ... up to the root. */
  public List<String> pathUp(String unitId) {
    List<String> path = new ArrayList<>();
    String current = unitId;
    while (current != null && !path.contains(current)) {
      path.add(current);
      current = units.findById(current).map(Unit::getParentId).orElse(null);
    }
    return path;
  }
}
