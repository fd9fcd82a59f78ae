package vn.danvan.workflow.reminder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.danvan.workflow.reminder.RecipientDirectory.Person;
import vn.danvan.workflow.reminder.RecipientDirectory.Team;

/**
 * Who is told: users and groups (a reviewing body, a unit, its leaders). A group gets one in-app notification
 * that all its members see, and an e-mail to each member that has an address.
 */
record Recipients(List<String> users, List<String> groups) {

  /** Whoever holds the task: its assignee, else its candidate users and groups. */
  static Recipients holdersOf(TaskEntity task) {
    if (task.getAssignee() != null) {
      return new Recipients(List.of(task.getAssignee()), List.of());
    }
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    return new Recipients(users.stream().distinct().sorted().toList(), groups.stream().distinct().sorted().toList());
  }

  /**
   * "a, b, user:c" as written in {@code reminder.escalateTo} once its expression is evaluated: groups, and users
   * marked {@link ReminderPolicy#USER}.
   */
  static Recipients parse(String commaSeparated) {
    List<String> ids = Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .distinct().toList();
    return new Recipients(
        ids.stream().filter(id -> id.startsWith(ReminderPolicy.USER))
            .map(id -> id.substring(ReminderPolicy.USER.length()).trim()).filter(id -> !id.isEmpty()).toList(),
        ids.stream().filter(id -> !id.startsWith(ReminderPolicy.USER)).toList());
  }

  boolean isEmpty() {
    return users.isEmpty() && groups.isEmpty();
  }

  /** E-mail addresses of the users and of every member of the groups, each once. */
  List<String> emailAddresses(RecipientDirectory directory) {
    Set<String> addresses = new LinkedHashSet<>();
    users.forEach(user -> directory.person(user).map(Person::email).ifPresent(addresses::add));
    groups.forEach(group -> directory.team(group).ifPresent(team -> team.members().stream().map(Person::email)
        .filter(Objects::nonNull).forEach(addresses::add)));
    return List.copyOf(addresses);
  }

  /** How a letter addresses them: full names and group names. */
  String names(RecipientDirectory directory) {
    List<String> names = new ArrayList<>();
    users.forEach(user -> names.add(directory.person(user).map(Person::name).orElse(user)));
    groups.forEach(group -> names.add(directory.team(group).map(Team::name).orElse(group)));
    return String.join(", ", names);
  }
}
