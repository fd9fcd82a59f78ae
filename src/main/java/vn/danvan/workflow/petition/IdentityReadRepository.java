package vn.danvan.workflow.petition;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the log of identity reads is never changed. */
public interface IdentityReadRepository extends Repository<IdentityRead, Long> {

  IdentityRead save(IdentityRead read);

  List<IdentityRead> findByPetitionIdOrderByReadAtAscIdAsc(Long petitionId);
}
