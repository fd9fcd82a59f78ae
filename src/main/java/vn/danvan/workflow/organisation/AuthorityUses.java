package vn.danvan.workflow.organisation;

import java.util.List;

/**
 * What keeps an authority from being deleted: a capability whose records point at one (the reward proposals it
 * granted) says how many and which. Implemented where those records live, so organisation needs no arrow to them.
 */
public interface AuthorityUses {

  /** The records of this capability that use the authority; empty when none. */
  Use of(long authorityId);

  /**
   * How many records of one kind use it, and the names of the first few (e.g. the models). The kind is a message
   * key: {@code authority.use.<kind>} takes the count and the names.
   */
  record Use(String kind, long count, List<String> names) {

    public static Use none(String kind) {
      return new Use(kind, 0, List.of());
    }

    public boolean any() {
      return count > 0;
    }
  }
}
