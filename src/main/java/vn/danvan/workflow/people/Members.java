package vn.danvan.workflow.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.delegation.Delegations;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.CredentialsChanged;
import vn.danvan.workflow.web.ApiException;

/**
 * A unit's members (Camunda users in the unit's group), for the API and the page alike. A unit's managers
 * ({@code unit_manager}) and administrators change its members; only administrators appoint managers, reset a
 * password or deactivate a user. Each change writes Camunda's identity tables and ours, with its audit entry, in
 * one transaction (the engine joins Spring's).
 */
@Service
public class Members {

  static final String MEMBERSHIP = "membership";
  static final String USER = "user";

  /** A member as the list shows them. */
  public record Member(String userId, String name, String email, boolean manager) {
  }

  /** What a deactivation did: tasks given back to their groups, units left, delegations cancelled. */
  public record Deactivation(String userId, int tasksReturned, List<String> unitsLeft, int delegationsCancelled) {
  }

  private final IdentityService identity;
  private final TaskService tasks;
  private final UnitRepository units;
  private final UnitManagers managers;
  private final DeactivatedUsers deactivated;
  private final Delegations delegations;
  private final Audit audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Members(IdentityService identity, TaskService tasks, UnitRepository units, UnitManagers managers,
      DeactivatedUsers deactivated, Delegations delegations, Audit audit, ApplicationEventPublisher events,
      Clock clock) {
    this.identity = identity;
    this.tasks = tasks;
    this.units = units;
    this.managers = managers;
    this.deactivated = deactivated;
    this.delegations = delegations;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The unit, when the caller manages its members (an administrator, or a manager of this unit); 403 otherwise. */
  @Transactional(readOnly = true)
  public Unit managed(String unitId) {
    Unit unit = units.findById(unitId).orElseThrow(() -> ApiException.notFound("đơn vị", unitId));
    Caller caller = Caller.current();
    if (!caller.isAdmin() && !managers.manages(caller.username(), unitId)) {
      throw ApiException.forbidden();
    }
    return unit;
  }

  /** Whether the caller manages some unit's members (the menu item). */
  @Transactional(readOnly = true)
  public boolean managesAny(Caller caller) {
    return caller.isAdmin() || managers.managesAny(caller.username());
  }

  /** The units whose members the caller manages, by name: every open unit for an administrator. */
  @Transactional(readOnly = true)
  public List<Unit> unitsManagedBy(Caller caller) {
    List<Unit> managed = caller.isAdmin() ? units.findAll().stream().filter(unit -> !unit.isClosed()).toList()
        : units.findAllById(managers.unitsOf(caller.username()));
    return managed.stream().sorted(Comparator.comparing(Unit::getName)).toList();
  }

  @Transactional(readOnly = true)
  public List<Member> list(String unitId) {
    managed(unitId);
    Set<String> unitManagers = Set.copyOf(managers.managersOf(unitId));
    return identity.createUserQuery().memberOfGroup(unitId).list().stream()
        .map(user -> new Member(user.getId(), nameOf(user), user.getEmail(), unitManagers.contains(user.getId())))
        .sorted(Comparator.comparing(Member::name).thenComparing(Member::userId))
        .toList();
  }

  /** Makes an existing, active user a member; 404 for an unknown user, 409 when deactivated or already a member. */
  @Transactional
  public Member add(String unitId, String userId) {
    Unit unit = open(managed(unitId));
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw ApiException.notFound("người dùng", userId);
    }
    if (deactivated.barred(userId)) {
      throw new ApiException(HttpStatus.CONFLICT, "user-deactivated", userId);
    }
    if (isMember(userId, unitId)) {
      throw new ApiException(HttpStatus.CONFLICT, "already-member", nameOf(user), unit.getName());
    }
    identity.createMembership(userId, unitId);
    audit.created(MEMBERSHIP, subject(unitId, userId), membership(unit, user, false));
    events.publishEvent(new CredentialsChanged(userId));
    return new Member(userId, nameOf(user), user.getEmail(), false);
  }

  /** Creates the user (Camunda) and makes them a member; 409 when the id is taken. */
  @Transactional
  public Member create(String unitId, NewMember person) {
    Unit unit = open(managed(unitId));
    if (identity.createUserQuery().userId(person.userId()).count() > 0
        || identity.createGroupQuery().groupId(person.userId()).count() > 0) {
      throw new ApiException(HttpStatus.CONFLICT, "user-exists", person.userId());
    }
    User user = identity.newUser(person.userId());
    user.setFirstName(person.firstName().strip());
    user.setLastName(person.lastName().strip());
    user.setEmail(person.email().strip());
    user.setPassword(person.password());
    identity.saveUser(user);
    identity.createMembership(user.getId(), unitId);
    audit.created(USER, user.getId(), account(user));
    audit.created(MEMBERSHIP, subject(unitId, user.getId()), membership(unit, user, false));
    return new Member(user.getId(), nameOf(user), user.getEmail(), false);
  }

  /** Ends a membership (and the management of that unit with it); 404 when not a member. */
  @Transactional
  public void remove(String unitId, String userId) {
    Unit unit = managed(unitId);
    User user = member(unitId, userId);
    boolean manager = managers.revoke(unitId, userId);
    audit.deleted(MEMBERSHIP, subject(unitId, userId), membership(unit, user, manager));
    identity.deleteMembership(userId, unitId);
    events.publishEvent(new CredentialsChanged(userId));
  }

  /** Administrators appoint a member as a manager of the unit's members (or end it); unchanged is no entry. */
  @Transactional
  public Member appoint(String unitId, String userId, boolean manager) {
    Caller caller = administrator();
    Unit unit = managed(unitId);
    User user = member(unitId, userId);
    boolean was = managers.manages(userId, unitId);
    if (was != manager) {
      if (manager) {
        managers.appoint(unitId, userId, clock.instant(), caller.username());
      } else {
        managers.revoke(unitId, userId);
      }
      audit.updated(MEMBERSHIP, subject(unitId, userId), membership(unit, user, was), membership(unit, user, manager));
    }
    return new Member(userId, nameOf(user), user.getEmail(), manager);
  }

  /** Administrators set a new password (and unlock a user Camunda locked); the audit says only that it was reset. */
  @Transactional
  public void resetPassword(String userId, String password) {
    administrator();
    User user = active(userId);
    user.setPassword(password);
    identity.saveUser(user);
    identity.unlockUser(userId);
    audit.updated(USER, userId, Map.of(), Map.of("password", "RESET"));
    events.publishEvent(new CredentialsChanged(userId));
  }

  /**
   * Administrators deactivate a user: they can no longer sign in anywhere (our table, asked by the login, and a
   * password nobody knows, for the Camunda webapps' own login); their open tasks go back to their groups (a task
   * with no candidate group is offered to the units they leave), tasks they delegated in Camunda come back to
   * the group when resolved, their delegations for absence end, and they leave every group and the units they
   * managed, so no reminder or digest goes to them. The Camunda user stays: history and pages still name them.
   */
  @Transactional
  public Deactivation deactivate(String userId) {
    Caller caller = administrator();
    User user = active(userId);
    if (userId.equals(caller.username())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "deactivate-self");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<Unit> unitsLeft = units.findAllById(groups);
    List<String> unitIds = unitsLeft.stream().map(Unit::getId).sorted().toList();
    int returned = 0;
    for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
      boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
      if (!offered) {
        unitIds.forEach(unit -> tasks.addCandidateGroup(task.getId(), unit));
      }
      tasks.setAssignee(task.getId(), null);
      returned++;
    }
    for (Task task : tasks.createTaskQuery().taskOwner(userId).list()) {
      task.setOwner(null); // TaskService.setOwner refuses null; resolved, the task then goes back to its groups
      tasks.saveTask(task);
    }
    int cancelled = delegations.cancelAllInvolving(userId);
    for (Unit unit : unitsLeft) {
      boolean manager = managers.revoke(unit.getId(), userId);
      audit.deleted(MEMBERSHIP, subject(unit.getId(), userId), membership(unit, user, manager));
    }
    groups.forEach(group -> identity.deleteMembership(userId, group));
    user.setPassword(unknownPassword());
    identity.saveUser(user);
    deactivated.record(userId, clock.instant(), caller.username());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("status", "DEACTIVATED");
    after.put("tasksReturned", returned);
    after.put("unitsLeft", unitsLeft.stream().map(Unit::getName).sorted().collect(Collectors.joining(", ")));
    after.put("delegationsCancelled", cancelled);
    audit.updated(USER, userId, Map.of("status", "ACTIVE"), after);
    events.publishEvent(new CredentialsChanged(userId));
    return new Deactivation(userId, returned, unitIds, cancelled);
  }

  /** Whether the user is deactivated (the page says so). */
  @Transactional(readOnly = true)
  public boolean isDeactivated(String userId) {
    return deactivated.barred(userId);
  }

  @Transactional(readOnly = true)
  public Member find(String unitId, String userId) {
    managed(unitId);
    User user = member(unitId, userId);
    return new Member(userId, nameOf(user), user.getEmail(), managers.manages(userId, unitId));
  }

  static Caller administrator() {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return caller;
  }

  private static Unit open(Unit unit) {
    if (unit.isClosed()) {
      throw new ApiException(HttpStatus.CONFLICT, "members-unit-closed", unit.getName());
    }
    return unit;
  }

  private User active(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw ApiException.notFound("người dùng", userId);
    }
    if (deactivated.barred(userId)) {
      throw new ApiException(HttpStatus.CONFLICT, "user-deactivated", userId);
    }
    return user;
  }

  private User member(String unitId, String userId) {
    User user = identity.createUserQuery().userId(userId).memberOfGroup(unitId).singleResult();
    if (user == null) {
      throw ApiException.notFound("thành viên", userId);
    }
    return user;
  }

  private boolean isMember(String userId, String unitId) {
    return identity.createUserQuery().userId(userId).memberOfGroup(unitId).count() > 0;
  }

  private String unknownPassword() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getEncoder().encodeToString(secret);
  }

  static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String subject(String unitId, String userId) {
    return unitId + "/" + userId;
  }

  /** A membership as the record keeps it, names beside the ids (names change; the record should not). */
  private static Map<String, Object> membership(Unit unit, User user, boolean manager) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("unitId", unit.getId());
    fields.put("unitName", unit.getName());
    fields.put("userId", user.getId());
    fields.put("userName", nameOf(user));
    fields.put("manager", manager);
    return fields;
  }

  /** A new account as the record keeps it: never its password. */
  private static Map<String, Object> account(User user) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("userId", user.getId());
    fields.put("firstName", user.getFirstName());
    fields.put("lastName", user.getLastName());
    fields.put("email", user.getEmail());
    return fields;
  }
}
