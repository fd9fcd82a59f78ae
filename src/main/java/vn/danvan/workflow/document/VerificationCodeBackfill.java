package vn.danvan.workflow.document;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, documents issued before their verification code was kept (V80) get it back from their own PDF, where
 * it is printed: every code-like word of the text is hashed and the one matching the stored hash is kept. One
 * transaction per document; a PDF that cannot be read keeps no code (it is verified as before, only not linked).
 */
@Component
@Order(40)
class VerificationCodeBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(VerificationCodeBackfill.class);
  private static final Pattern CODE_LIKE = Pattern.compile("[a-z2-7][a-z2-7-]{25,31}");

  private final IssuedDocumentRepository documents;
  private final TransactionTemplate transaction;

  VerificationCodeBackfill(IssuedDocumentRepository documents, PlatformTransactionManager transactions) {
    this.documents = documents;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Long id : documents.idsWithoutCode()) {
      try {
        transaction.executeWithoutResult(status -> documents.findById(id).ifPresent(VerificationCodeBackfill::readBack));
      } catch (RuntimeException e) {
        log.warn("The verification code of document {} was not read back from its PDF", id, e);
      }
    }
  }

  static void readBack(IssuedDocument document) {
    String text;
    try (PDDocument pdf = Loader.loadPDF(document.getPdf())) {
      text = new PDFTextStripper().getText(pdf);
    } catch (IOException e) {
      log.warn("Document {}: its PDF cannot be read, its code stays unknown", document.getId(), e);
      return;
    }
    Matcher words = CODE_LIKE.matcher(text);
    while (words.find()) {
      String candidate = VerificationCode.normalise(words.group());
      if (VerificationCode.wellFormed(candidate)
          && VerificationCode.hash(candidate).equals(document.getCodeHash())) {
        document.codeReadBack(candidate);
        return;
      }
    }
    log.warn("Document {}: no code matching its hash in its PDF", document.getId());
  }
}
