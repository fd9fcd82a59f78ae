package vn.danvan.workflow.directive;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveReminderRepository extends JpaRepository<DirectiveReminder, Long> {

  List<DirectiveReminder> findByDirectiveIdOrderByRemindedAtDesc(Long directiveId);
}
