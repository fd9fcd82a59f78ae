package vn.danvan.workflow.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Answers "which units may this person see": their own units, everything below a unit they belong to,
 * and everything below the area a body of theirs oversees. The tree is small (a province has a few
 * thousand units), so it is read whole per question instead of walked with one query per level.
 */
@Component
public class UnitDirectory {

  private final UnitRepository units;

  public UnitDirectory(UnitRepository units) {
    this.units = units;
  }

  public Set<String> visibleUnitIds(Collection<String> groupIds) {
    List<Unit> all = units.findAll();
    Map<String, List<String>> children = new HashMap<>();
    Map<String, Unit> byId = new HashMap<>();
    for (Unit unit : all) {
      byId.put(unit.getId(), unit);
      if (unit.getParentId() != null) {
        children.computeIfAbsent(unit.getParentId(), k -> new java.util.ArrayList<>()).add(unit.getId());
      }
    }
    Set<String> roots = new HashSet<>();
    for (String groupId : groupIds) {
      Unit unit = byId.get(groupId);
      if (unit == null) {
        continue;
      }
      roots.add(unit.getId());
      if (unit.getOverseesId() != null) {
        roots.add(unit.getOverseesId());
      }
    }
    Set<String> visible = new HashSet<>();
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String id = pending.pop();
      if (visible.add(id)) {
        pending.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return visible;
  }
}
