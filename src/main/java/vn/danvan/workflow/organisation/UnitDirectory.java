package vn.danvan.workflow.organisation;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers "which units may this person see": their own units, everything below a unit they belong to,
 * and everything below the area a body of theirs oversees. Every task list and model list asks this, so the
 * tree (a province has a few thousand units) is read whole once and kept: a change through JPA drops it at
 * once (see {@link UnitChanges}), a change made directly in the table is seen after
 * {@code danvan.organisation.tree-cache} (1 minute).
 */
@Component
public class UnitDirectory {

  private record Tree(Map<String, List<String>> children, Map<String, String> overseen, Instant loadedAt) {
  }

  private final UnitRepository units;
  private final Duration ttl;
  private final Clock clock;
  private volatile Tree tree;
  /** Counts changes, so that a tree read while a change was being written is used once but not kept. */
  private final AtomicLong changes = new AtomicLong();

  @Autowired
  public UnitDirectory(UnitRepository units, OrganisationSettings settings, Clock clock) {
    this(units, settings.treeCache(), clock);
  }

  UnitDirectory(UnitRepository units, Duration ttl, Clock clock) {
    this.units = units;
    this.ttl = ttl;
    this.clock = clock;
  }

  public Set<String> visibleUnitIds(Collection<String> groupIds) {
    Tree current = tree();
    ArrayDeque<String> pending = new ArrayDeque<>();
    for (String groupId : groupIds) {
      if (current.overseen().containsKey(groupId)) {
        pending.add(groupId);
        String overseen = current.overseen().get(groupId);
        if (overseen != null) {
          pending.add(overseen);
        }
      }
    }
    Set<String> visible = new HashSet<>();
    while (!pending.isEmpty()) {
      String id = pending.pop();
      if (visible.add(id)) {
        pending.addAll(current.children().getOrDefault(id, List.of()));
      }
    }
    return visible;
  }

  /** Whether one of these groups is a body overseeing an area (a Ban Dân vận): it manages the units of that area. */
  public boolean overseesAnArea(Collection<String> groupIds) {
    Map<String, String> overseen = tree().overseen();
    return groupIds.stream().anyMatch(groupId -> overseen.get(groupId) != null);
  }

  private Tree tree() {
    Tree current = tree;
    if (current == null || current.loadedAt().plus(ttl).isBefore(clock.instant())) {
      long changesBefore = changes.get();
      current = load();
      if (changes.get() == changesBefore) {
        tree = current;
      }
    }
    return current;
  }

  private Tree load() {
    Instant now = clock.instant();
    Map<String, List<String>> children = new HashMap<>();
    Map<String, String> overseen = new HashMap<>(); // every unit id, with the area it oversees or null
    for (Unit unit : units.findAll()) {
      overseen.put(unit.getId(), unit.getOverseesId());
      if (unit.getParentId() != null) {
        children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>()).add(unit.getId());
      }
    }
    return new Tree(children, overseen, now);
  }

  /** Drops the tree now and again when the writing transaction ends (readers in between saw the old one). */
  void unitsChanged() {
    changes.incrementAndGet();
    tree = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          changes.incrementAndGet();
          tree = null;
        }
      });
    }
  }

  /**
   * {@link Unit}'s entity listener. Hibernate makes its own instance through Spring, before the repositories
   * exist: hence the provider.
   */
  static class UnitChanges {

    private final ObjectProvider<UnitDirectory> directory;

    UnitChanges(ObjectProvider<UnitDirectory> directory) {
      this.directory = directory;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Unit unit) {
      directory.getObject().unitsChanged();
    }
  }
}
