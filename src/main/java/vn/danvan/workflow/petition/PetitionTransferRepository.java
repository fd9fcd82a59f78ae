package vn.danvan.workflow.petition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionTransferRepository extends JpaRepository<PetitionTransfer, Long> {

  List<PetitionTransfer> findByPetitionIdOrderByTransferredAtAsc(Long petitionId);
}
