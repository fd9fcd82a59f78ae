package vn.danvan.workflow.directive;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  boolean existsByTitle(String title);

  java.util.List<Directive> findByStatusOrderByIdDesc(String status);
}
