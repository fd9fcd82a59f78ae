package vn.danvan.workflow.petition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

  Optional<Petition> findByTrackingCode(String trackingCode);

  boolean existsByTrackingCode(String trackingCode);

  @Query("select p from Petition p where p.receivingUnitId in :units or p.handlingUnitId in :units"
      + " order by p.receivedAt desc, p.id desc")
  List<Petition> ofUnits(Collection<String> units, Pageable page);

  @Query("select p from Petition p where p.receivingUnitId = :unitId and p.kind = :kind and p.id <> :except"
      + " and p.stage in (vn.danvan.workflow.petition.PetitionStage.RECEIVED,"
      + " vn.danvan.workflow.petition.PetitionStage.ACCEPTED) order by p.receivedAt desc, p.id desc")
  List<Petition> openOfUnit(String unitId, PetitionKind kind, Long except, Pageable page);

  @Query("select u from Unit u where u.parentId = :parentId order by u.name")
  List<vn.danvan.workflow.organisation.Unit> unitsUnder(String parentId);
}
