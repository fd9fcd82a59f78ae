package vn.danvan.workflow.directive;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberInChargeRepository extends JpaRepository<MemberInCharge, String> {
}
