package vn.danvan.workflow.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update, no delete, so the application offers no way to rewrite the record. */
public interface AuditEntries extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable page);

  Page<AuditEntry> findByKindOrderByAtDescIdDesc(String kind, Pageable page);

  List<AuditEntry> findByKindAndSubjectIdOrderByIdAsc(String kind, String subjectId);
}
