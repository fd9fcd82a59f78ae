package vn.danvan.workflow.directive;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveTaskRepository extends JpaRepository<DirectiveTask, Long> {

  List<DirectiveTask> findByDirectiveIdOrderBySectionAscOrdinalAsc(Long directiveId);
}
