package vn.danvan.workflow.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<EvidenceFile, Long> {

  List<EvidenceFile> findByModelIdOrderByUploadedAtAscIdAsc(Long modelId);
}
