package vn.danvan.workflow.directive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, Long> {

  List<ConsolidatedReport> findByDirectiveIdOrderBySentAt(Long directiveId);

  Optional<ConsolidatedReport> findByDirectiveIdAndPeriod(Long directiveId, String period);
}
