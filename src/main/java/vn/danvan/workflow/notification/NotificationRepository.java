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
}
