package vn.danvan.workflow.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionRoundRepository extends JpaRepository<RecognitionRound, Long> {

  List<RecognitionRound> findByYearOrderByIdAsc(int year);

  default RecognitionRound of(Object roundId) {
    return findById(Long.valueOf(String.valueOf(roundId)))
        .orElseThrow(() -> new IllegalStateException("No recognition round " + roundId));
  }
}
