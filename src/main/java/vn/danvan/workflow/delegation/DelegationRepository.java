package vn.danvan.workflow.delegation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

  @Query("""
      select d from Delegation d where d.substitute = ?1 and d.cancelledAt is null
        and d.startsOn <= ?2 and d.endsOn >= ?2 order by d.absentUser""")
  List<Delegation> activeForSubstitute(String substitute, LocalDate day);

  @Query("""
      select d from Delegation d where d.absentUser = ?1 and d.substitute = ?2 and d.cancelledAt is null
        and d.startsOn <= ?3 and d.endsOn >= ?3""")
  List<Delegation> active(String absentUser, String substitute, LocalDate day);

  @Query("""
      select d from Delegation d where d.absentUser = ?1 and d.cancelledAt is null
        and d.startsOn <= ?3 and d.endsOn >= ?2""")
  List<Delegation> overlapping(String absentUser, LocalDate from, LocalDate to);

  @Query("""
      select d from Delegation d where d.absentUser = ?1 or d.substitute = ?1
      order by d.startsOn desc, d.id desc""")
  List<Delegation> involving(String user);
}
