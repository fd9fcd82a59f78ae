package vn.danvan.workflow.reminder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

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

  /** "a, b" as written in {@code reminder.escalateTo} once its expression is evaluated. */
  static Recipients groups(String commaSeparated) {
    return new Recipients(List.of(), Arrays.stream(commaSeparated.split(",")).map(String::trim)
        .filter(id -> !id.isEmpty()).distinct().toList());
  }

  boolean isEmpty() {
    return users.isEmpty() && groups.isEmpty();
  }

  /** E-mail addresses of the users and of every member of the groups, each once. */
  List<String> emailAddresses() {
    CommandContext commandContext = Context.getCommandContext();
    ReadOnlyIdentityProvider identity = commandContext.getReadOnlyIdentityProvider();
    Set<String> addresses = new LinkedHashSet<>();
    for (String userId : users) {
      User user = identity.findUserById(userId);
      if (user != null) {
        addresses.add(user.getEmail());
      }
    }
    for (String groupId : groups) {
      identity.createUserQuery(commandContext).memberOfGroup(groupId).orderByUserId().asc().list()
          .forEach(user -> addresses.add(user.getEmail()));
    }
    return addresses.stream().filter(Objects::nonNull).filter(address -> !address.isBlank()).toList();
  }

  /** How a letter addresses them: full names and group names. */
  String names() {
    CommandContext commandContext = Context.getCommandContext();
    ReadOnlyIdentityProvider identity = commandContext.getReadOnlyIdentityProvider();
    List<String> names = new ArrayList<>();
    for (String userId : users) {
      User user = identity.findUserById(userId);
      names.add(user == null ? userId : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim());
    }
    for (String groupId : groups) {
      Group group = identity.findGroupById(groupId);
      names.add(group == null || group.getName() == null ? groupId : group.getName());
    }
    return String.join(", ", names);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
