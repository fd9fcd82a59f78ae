package vn.danvan.workflow.notification;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query("""
      select n from Notification n
      where (n.recipientUser = :user or n.recipientGroup in :groups)
        and (:unreadOnly = false or n.readAt is null)
      order by n.createdAt desc, n.id desc""")
  Page<Notification> forRecipient(@Param("user") String user, @Param("groups") Collection<String> groups,
      @Param("unreadOnly") boolean unreadOnly, Pageable page);

  /** The caller's notifications (theirs or one of their groups'), newest first; the API's and the portal's list. */
  default Page<Notification> forCaller(vn.danvan.workflow.security.Caller caller, boolean unreadOnly, Pageable page) {
    // an empty IN list is not portable SQL: a group id nobody can have stands in
    Collection<String> groups = caller.groups().isEmpty() ? java.util.List.of("\u0000") : caller.groups();
    return forRecipient(caller.username(), groups, unreadOnly, page);
  }

  /** One notification the caller may read and mark: addressed to them or to one of their groups. */
  default java.util.Optional<Notification> findForCaller(long id, vn.danvan.workflow.security.Caller caller) {
    return findById(id)
        .filter(n -> caller.username().equals(n.getRecipientUser()) || caller.belongsTo(n.getRecipientGroup()));
  }
}
