package vn.danvan.workflow.petition;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionerIdentityRepository extends JpaRepository<PetitionerIdentity, Long> {
}
