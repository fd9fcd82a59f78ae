package vn.danvan.workflow.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  Optional<IssuedDocument> findByCodeHash(String codeHash);

  Optional<IssuedDocument> findByKindAndSourceKey(DocumentKind kind, String sourceKey);

  List<IssuedDocument> findByModelIdOrderByIdAsc(Long modelId);

  List<IssuedDocument> findBySourceKeyInOrderByIdAsc(List<String> sourceKeys);

  /** Documents issued before their code was kept (V80). */
  @Query("select d.id from IssuedDocument d where d.verificationCode is null order by d.id")
  List<Long> idsWithoutCode();
}
