package vn.danvan.workflow.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  Optional<IssuedDocument> findByCodeHash(String codeHash);

  Optional<IssuedDocument> findByKindAndSourceKey(DocumentKind kind, String sourceKey);

  List<IssuedDocument> findByModelIdOrderByIdAsc(Long modelId);

  List<IssuedDocument> findBySourceKeyInOrderByIdAsc(List<String> sourceKeys);
}
