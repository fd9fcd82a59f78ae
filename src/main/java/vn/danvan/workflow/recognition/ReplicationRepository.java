package vn.danvan.workflow.recognition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplicationRepository extends JpaRepository<Replication, Long> {

  List<Replication> findByModelIdOrderByAdoptedOnAscIdAsc(Long modelId);
}
