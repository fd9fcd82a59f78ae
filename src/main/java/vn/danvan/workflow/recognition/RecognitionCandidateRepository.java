package vn.danvan.workflow.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionCandidateRepository extends JpaRepository<RecognitionCandidate, Long> {

  List<RecognitionCandidate> findByRoundIdOrderByModelIdAsc(Long roundId);

  List<RecognitionCandidate> findByModelIdOrderByIdDesc(Long modelId);
}
