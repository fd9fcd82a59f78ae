package vn.danvan.workflow.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuerRepository extends JpaRepository<Issuer, String> {
}
