package vn.danvan.workflow.directive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

  List<UnitReport> findByDirectiveIdOrderByDueOnAscUnitIdAsc(Long directiveId);

  List<UnitReport> findByDirectiveIdAndPeriod(Long directiveId, String period);

  Optional<UnitReport> findByDirectiveIdAndUnitIdAndPeriod(Long directiveId, String unitId, String period);
}
