package vn.danvan.workflow.unit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.directive.MemberInCharge;
import vn.danvan.workflow.directive.MemberInChargeRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Changing the tree of units, for the API and the page alike. Who: administrators everywhere; the bodies that
 * oversee an area (Ban Dân vận Huyện ủy oversees the district) below their area, never the area itself. A unit is a
 * Camunda group of the same id: the group is written in the transaction of the row (the engine joins Spring's
 * transaction), and the audit entry too, so the three commit or roll back together.
 */
@Service
public class UnitAdministration {

  static final String KIND = "unit";
  static final String GROUP_TYPE = "UNIT";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final UnitRepository units;
  private final UnitDirectory directory;
  private final MemberInChargeRepository inCharge;
  private final IdentityService identity;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final Audit audit;
  private final Problems texts;

  UnitAdministration(UnitRepository units, UnitDirectory directory, MemberInChargeRepository inCharge,
      IdentityService identity, TaskService tasks, JdbcTemplate jdbc, Audit audit, Problems texts) {
    this.units = units;
    this.directory = directory;
    this.inCharge = inCharge;
    this.identity = identity;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.audit = audit;
    this.texts = texts;
  }

  /** What a caller may change: everything (an administrator) or the areas their bodies oversee, below the area. */
  record Rights(boolean all, Set<String> area, Set<String> areaRoots) {

    boolean mayChange(String unitId) {
      return all || area.contains(unitId) && !areaRoots.contains(unitId);
    }

    boolean mayPlaceUnder(String parentId) {
      return all || parentId != null && area.contains(parentId);
    }

    boolean mayRefer(String unitId) {
      return all || unitId == null || area.contains(unitId);
    }

    boolean any() {
      return all || !area.isEmpty();
    }
  }

  @Transactional(readOnly = true)
  public Rights rights() {
    Caller caller = Caller.current();
    if (caller.isAdmin()) {
      return new Rights(true, Set.of(), Set.of());
    }
    Set<String> roots = new HashSet<>();
    for (Unit body : units.findAllById(caller.groups())) {
      if (body.getOverseesId() != null && !body.isClosed()) {
        roots.add(body.getOverseesId());
      }
    }
    return new Rights(false, roots.isEmpty() ? Set.of() : directory.visibleUnitIds(roots), roots);
  }

  /** The units the caller may read: all for an administrator, else those {@link UnitDirectory} shows them. */
  @Transactional(readOnly = true)
  public List<Unit> readable() {
    Caller caller = Caller.current();
    if (caller.isAdmin()) {
      return units.findAll();
    }
    return units.findAllById(directory.visibleUnitIds(caller.groups()));
  }

  /** The part of the tree the caller may read, each unit marked whether they may change it. */
  @Transactional(readOnly = true)
  public UnitTree tree() {
    Map<String, MemberInCharge> members = new HashMap<>();
    inCharge.findAll().forEach(m -> members.put(m.getUnitId(), m));
    return UnitTree.of(readable(), members, rights(), this::nameOf);
  }

  @Transactional(readOnly = true)
  public Unit find(String id) {
    return units.findById(id).orElseThrow(() -> ApiException.notFound("đơn vị", id));
  }

  /** A unit the caller may read, else 404 (another area's unit is not there for them). */
  @Transactional(readOnly = true)
  public Unit readable(String id) {
    Caller caller = Caller.current();
    Unit unit = find(id);
    if (!caller.isAdmin() && !directory.visibleUnitIds(caller.groups()).contains(id)) {
      throw ApiException.notFound("đơn vị", id);
    }
    return unit;
  }

  @Transactional(readOnly = true)
  public Optional<MemberInCharge> memberInCharge(String unitId) {
    return inCharge.findById(unitId);
  }

  @Transactional
  public Unit create(UnitRequest request) {
    Rights rights = rights();
    String parentId = blankAsNull(request.parentId());
    String overseesId = blankAsNull(request.overseesId());
    String reviewerId = blankAsNull(request.registrationReviewerId());
    if (!rights.mayPlaceUnder(parentId) || !rights.mayRefer(overseesId) || !rights.mayRefer(reviewerId)) {
      throw ApiException.forbidden();
    }
    String id = request.id().strip();
    if (units.existsById(id) || identity.createGroupQuery().groupId(id).count() > 0) {
      throw new ApiException(HttpStatus.CONFLICT, "unit-exists", id);
    }
    openUnit(parentId);
    knownUnit(overseesId);
    knownUnit(reviewerId);
    Unit unit = units.save(new Unit(id, request.name().strip(), request.kind(), parentId)
        .oversees(overseesId).reviewedBy(reviewerId));
    keepGroup(unit);
    audit.created(KIND, id, snapshot(unit));
    return unit;
  }

  @Transactional
  public Unit change(String id, UnitChange request) {
    Rights rights = rights();
    Unit unit = find(id);
    if (!rights.mayChange(id)) {
      throw ApiException.forbidden();
    }
    String parentId = blankAsNull(request.parentId());
    String overseesId = blankAsNull(request.overseesId());
    String reviewerId = blankAsNull(request.registrationReviewerId());
    if (!Objects.equals(parentId, unit.getParentId())) {
      if (!rights.mayPlaceUnder(parentId)) {
        throw ApiException.forbidden();
      }
      openUnit(parentId);
      refuseCycle(id, parentId);
    }
    if (!Objects.equals(overseesId, unit.getOverseesId())) {
      referable(rights, overseesId);
    }
    if (!Objects.equals(reviewerId, unit.getRegistrationReviewerId())) {
      referable(rights, reviewerId);
    }
    Map<String, Object> before = snapshot(unit);
    String name = request.name().strip();
    boolean renamed = !name.equals(unit.getName());
    unit.rename(name).moveTo(parentId).oversees(overseesId).reviewedBy(reviewerId);
    units.save(unit);
    if (renamed) {
      keepGroup(unit);
    }
    Map<String, Object> after = snapshot(unit);
    if (!after.equals(before)) {
      audit.updated(KIND, id, before, after);
    }
    return unit;
  }

  /**
   * Closes a unit (it stays, with its group, for history). Refused with 409 naming what blocks it: open units
   * below it, open tasks of its group or of its models.
   */
  @Transactional
  public Unit close(String id, UnitClosing request) {
    Rights rights = rights();
    Unit unit = find(id);
    if (!rights.mayChange(id)) {
      throw ApiException.forbidden();
    }
    if (unit.isClosed()) {
      throw new ApiException(HttpStatus.CONFLICT, "unit-closed", unit.getName());
    }
    String successorId = blankAsNull(request.successorId());
    if (successorId != null) {
      if (successorId.equals(id)) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "unit-successor-self", unit.getName());
      }
      referable(rights, successorId);
      openUnit(successorId);
    }
    List<String> blockers = blockers(unit);
    if (!blockers.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "unit-close-blocked", unit.getName(), String.join("; ", blockers));
    }
    Map<String, Object> before = snapshot(unit);
    units.save(unit.close(request.closedOn(), successorId));
    audit.updated(KIND, id, before, snapshot(unit));
    return unit;
  }

  @Transactional
  public MemberInCharge putInCharge(String unitId, InChargeRequest request) {
    Rights rights = rights();
    Unit unit = find(unitId);
    if (!rights.mayChange(unitId)) {
      throw ApiException.forbidden();
    }
    String userId = request.userId().strip();
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-user", userId);
    }
    String fullName = blankAsNull(request.fullName());
    if (fullName == null) {
      fullName = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
    }
    Map<String, Object> before = snapshot(unit);
    MemberInCharge saved = inCharge.save(new MemberInCharge(unitId, userId, fullName, request.title().strip()));
    inCharge.flush();
    Map<String, Object> after = snapshot(unit);
    if (!after.equals(before)) {
      audit.updated(KIND, unitId, before, after);
    }
    return saved;
  }

  @Transactional
  public void removeInCharge(String unitId) {
    Rights rights = rights();
    Unit unit = find(unitId);
    if (!rights.mayChange(unitId)) {
      throw ApiException.forbidden();
    }
    if (inCharge.existsById(unitId)) {
      Map<String, Object> before = snapshot(unit);
      inCharge.deleteById(unitId);
      inCharge.flush();
      audit.updated(KIND, unitId, before, snapshot(unit));
    }
  }

  /** What keeps a unit open, in words: open units below it, open tasks. Empty when it may close. */
  List<String> blockers(Unit unit) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> blockers = new ArrayList<>();
    List<String> openBelow = units.findAll().stream()
        .filter(u -> unit.getId().equals(u.getParentId()) && !u.isClosed()).map(Unit::getName).sorted().toList();
    if (!openBelow.isEmpty()) {
      blockers.add(texts.text("unit.blocker.units", locale, openBelow.size(), String.join(", ", openBelow)));
    }
    long openTasks = openTasks(unit.getId());
    if (openTasks > 0) {
      blockers.add(texts.text("unit.blocker.tasks", locale, openTasks));
    }
    return blockers;
  }

  /** Open tasks offered to the unit's group, and those on its models or reports (task_view's unit). */
  private long openTasks(String unitId) {
    Set<String> ids = new LinkedHashSet<>();
    tasks.createTaskQuery().taskCandidateGroup(unitId).includeAssignedTasks().list().stream().map(Task::getId)
        .forEach(ids::add);
    ids.addAll(jdbc.queryForList("select task_id from task_view where unit_id = ?", String.class, unitId));
    return ids.size();
  }

  /** The Camunda group of the unit, made or renamed (the engine writes in the current transaction). */
  private void keepGroup(Unit unit) {
    Group group = identity.createGroupQuery().groupId(unit.getId()).singleResult();
    if (group == null) {
      group = identity.newGroup(unit.getId());
      group.setType(GROUP_TYPE);
    }
    group.setName(unit.getName());
    identity.saveGroup(group);
  }

  private void refuseCycle(String id, String newParentId) {
    Set<String> seen = new HashSet<>();
    for (String at = newParentId; at != null && seen.add(at);
        at = units.findById(at).map(Unit::getParentId).orElse(null)) {
      if (at.equals(id)) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "unit-cycle", id, newParentId);
      }
    }
  }

  private void referable(Rights rights, String unitId) {
    if (!rights.mayRefer(unitId)) {
      throw ApiException.forbidden();
    }
    knownUnit(unitId);
  }

  private void knownUnit(String unitId) {
    if (unitId != null && !units.existsById(unitId)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", unitId);
    }
  }

  private void openUnit(String unitId) {
    knownUnit(unitId);
    if (unitId != null && units.findById(unitId).map(Unit::isClosed).orElse(false)) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "unit-target-closed", unitId);
    }
  }

  /** The unit as the record keeps it, names beside ids (names change; the record should not). */
  private Map<String, Object> snapshot(Unit unit) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", unit.getName());
    fields.put("kind", unit.getKind());
    fields.put("parentId", unit.getParentId());
    fields.put("parentName", nameOf(unit.getParentId()));
    fields.put("overseesId", unit.getOverseesId());
    fields.put("overseesName", nameOf(unit.getOverseesId()));
    fields.put("registrationReviewerId", unit.getRegistrationReviewerId());
    fields.put("registrationReviewerName", nameOf(unit.getRegistrationReviewerId()));
    fields.put("closedOn", unit.getClosedOn() == null ? null : DAY.format(unit.getClosedOn()));
    fields.put("successorId", unit.getSuccessorId());
    fields.put("successorName", nameOf(unit.getSuccessorId()));
    Optional<MemberInCharge> member = inCharge.findById(unit.getId());
    fields.put("memberInChargeUserId", member.map(MemberInCharge::getUserId).orElse(null));
    fields.put("memberInChargeName", member.map(MemberInCharge::getFullName).orElse(null));
    fields.put("memberInChargeTitle", member.map(MemberInCharge::getTitle).orElse(null));
    return fields;
  }

  private String nameOf(String unitId) {
    return unitId == null ? null : units.findById(unitId).map(Unit::getName).orElse(null);
  }

  static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
