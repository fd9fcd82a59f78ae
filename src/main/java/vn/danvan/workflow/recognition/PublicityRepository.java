package vn.danvan.workflow.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicityRepository extends JpaRepository<Publicity, Long> {

  List<Publicity> findByModelIdOrderByPublishedOnDescIdDesc(Long modelId);
}
