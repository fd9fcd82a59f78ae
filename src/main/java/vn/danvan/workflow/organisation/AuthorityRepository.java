package vn.danvan.workflow.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorityRepository extends JpaRepository<Authority, Long> {

  List<Authority> findByAreaIdAndPowerOrderByIdAsc(String areaId, Power power);

  List<Authority> findByPower(Power power);
}
