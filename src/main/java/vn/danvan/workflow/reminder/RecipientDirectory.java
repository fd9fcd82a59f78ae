package vn.danvan.workflow.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The people reminders and digests go to, read from the engine's identity service and kept for a short while:
 * 10,000 reminders falling due at 07:30 go to a few hundred officials, and without it every one of them would
 * look its people up again in its own transaction. A new address, name or membership shows within {@code ttl}.
 */
final class RecipientDirectory {

  /** A user as a letter addresses them; {@code email} may be null. */
  record Person(String id, String name, String email) {
  }

  /** A group (a unit, a reviewing body, its leaders) with its members. */
  record Team(String id, String name, List<Person> members) {
  }

  private final long ttlNanos;
  private final Map<String, Entry<Optional<Person>>> people = new ConcurrentHashMap<>();
  private final Map<String, Entry<Optional<Team>>> teams = new ConcurrentHashMap<>();
  private final Map<String, Entry<List<String>>> memberships = new ConcurrentHashMap<>();

  RecipientDirectory(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  Optional<Person> person(String userId) {
    return cached(people, userId,
        id -> Optional.ofNullable(identity().findUserById(id)).map(RecipientDirectory::person));
  }

  Optional<Team> team(String groupId) {
    return cached(teams, groupId, id -> {
      CommandContext commandContext = Context.getCommandContext();
      ReadOnlyIdentityProvider identity = commandContext.getReadOnlyIdentityProvider();
      Group group = identity.findGroupById(id);
      List<Person> members = identity.createUserQuery(commandContext).memberOfGroup(id).orderByUserId().asc()
          .list().stream().map(RecipientDirectory::person).toList();
      return group == null && members.isEmpty() ? Optional.empty()
          : Optional.of(new Team(id, group == null || group.getName() == null ? id : group.getName(), members));
    });
  }

  /** Ids of the groups {@code userId} belongs to. */
  List<String> groupsOf(String userId) {
    return cached(memberships, userId, id -> {
      CommandContext commandContext = Context.getCommandContext();
      return commandContext.getReadOnlyIdentityProvider().createGroupQuery(commandContext).groupMember(id).list()
          .stream().map(Group::getId).toList();
    });
  }

  private <T> T cached(Map<String, Entry<T>> cache, String key, Function<String, T> load) {
    long now = System.nanoTime();
    Entry<T> entry = cache.get(key);
    if (entry == null || now - entry.loadedAt() > ttlNanos) {
      entry = new Entry<>(load.apply(key), now); // two threads may both load; the later one is kept
      if (ttlNanos > 0) {
        cache.put(key, entry);
      }
    }
    return entry.value();
  }

  private static ReadOnlyIdentityProvider identity() {
    return Context.getCommandContext().getReadOnlyIdentityProvider();
  }

  private static Person person(User user) {
    String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name, email);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private record Entry<T>(T value, long loadedAt) {
  }
}
