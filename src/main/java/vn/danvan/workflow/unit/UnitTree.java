package vn.danvan.workflow.unit;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danvan.workflow.directive.MemberInCharge;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;

/**
 * The tree of the units a caller may read: roots are the readable units whose parent they cannot read. Under each
 * unit, open units first (the district, then communes, bodies, mass organisations: {@link UnitKind}'s order, then by
 * name as Vietnamese sorts it), closed units last.
 */
record UnitTree(List<Node> roots) {

  record InCharge(String userId, String fullName, String title) {
  }

  record Node(String id, String name, UnitKind kind, String parentId, String overseesId, String overseesName,
      String registrationReviewerId, String registrationReviewerName, LocalDate closedOn, String successorId,
      String successorName, InCharge memberInCharge, boolean mayChange, List<Node> children) {

    public boolean closed() {
      return closedOn != null;
    }
  }

  static UnitTree of(List<Unit> readable, Map<String, MemberInCharge> inCharge, UnitAdministration.Rights rights,
      Function<String, String> nameOfOther) {
    Map<String, Unit> byId = readable.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    Function<String, String> name = id -> id == null ? null
        : byId.containsKey(id) ? byId.get(id).getName() : nameOfOther.apply(id);
    Map<String, List<Unit>> children = new HashMap<>();
    List<Unit> roots = new ArrayList<>();
    for (Unit unit : readable) {
      if (unit.getParentId() != null && byId.containsKey(unit.getParentId())) {
        children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>()).add(unit);
      } else {
        roots.add(unit);
      }
    }
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<Unit> order = Comparator.comparing(Unit::isClosed).thenComparing(Unit::getKind)
        .thenComparing(Unit::getName, vietnamese);
    return new UnitTree(nodes(roots, children, inCharge, rights, name, order));
  }

  private static List<Node> nodes(List<Unit> units, Map<String, List<Unit>> children,
      Map<String, MemberInCharge> inCharge, UnitAdministration.Rights rights, Function<String, String> name,
      Comparator<Unit> order) {
    return units.stream().sorted(order).map(u -> {
      MemberInCharge member = inCharge.get(u.getId());
      return new Node(u.getId(), u.getName(), u.getKind(), u.getParentId(), u.getOverseesId(),
          name.apply(u.getOverseesId()), u.getRegistrationReviewerId(), name.apply(u.getRegistrationReviewerId()),
          u.getClosedOn(), u.getSuccessorId(), name.apply(u.getSuccessorId()),
          member == null ? null : new InCharge(member.getUserId(), member.getFullName(), member.getTitle()),
          rights.mayChange(u.getId()), nodes(children.getOrDefault(u.getId(), List.of()), children, inCharge, rights,
              name, order));
    }).toList();
  }

  /** Every node, depth first, with its depth: the page's list of parents to choose from. */
  List<Map.Entry<Node, Integer>> flatten() {
    List<Map.Entry<Node, Integer>> all = new ArrayList<>();
    roots.forEach(root -> flatten(root, 0, all));
    return all;
  }

  private static void flatten(Node node, int depth, List<Map.Entry<Node, Integer>> all) {
    all.add(Map.entry(node, depth));
    node.children().forEach(child -> flatten(child, depth + 1, all));
  }
}
