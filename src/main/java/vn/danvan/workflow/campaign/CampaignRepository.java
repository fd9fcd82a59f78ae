package vn.danvan.workflow.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  Optional<Campaign> findByYear(int year);

  boolean existsByYear(int year);

  List<Campaign> findAllByOrderByYearDesc();
}
