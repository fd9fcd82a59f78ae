package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issuing with a PKCS#12 keystore configured, as the service does it: rendered, signed over the template's visible
 * block, stored with its hash and the signer; the verification of its code finds it valid, signature included.
 */
class SignedIssueTest {

  private static final Instant NOW = Instant.parse("2026-12-20T03:00:00Z");

  @Test
  void aDocumentIssuedWithAKeystoreIsSignedStoredAndVerifiable(@TempDir Path folder) throws Exception {
    Path keystore = TestKeystore.create(folder);
    DocumentSettings settings = new DocumentSettings("https://danvan.example.vn/xac-thuc/", "", keystore.toString(),
        TestKeystore.PASSWORD, "", "https://danvan.example.vn");
    Signer signer = new DocumentSigning().documentSigner(settings);
    IssuedDocumentRepository repository = mock(IssuedDocumentRepository.class);
    when(repository.findByKindAndSourceKey(any(), any())).thenReturn(Optional.empty());
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    Documents documents = new Documents(repository, null, new DocumentRenderer(settings), signer, settings, null, null,
        null, null, null, null, mock(PlatformTransactionManager.class), Clock.fixed(NOW, ZoneOffset.UTC));

    IssuedDocument issued = documents.issued(new Documents.Source(DocumentKind.RECOGNITION_CERTIFICATE,
        "round:1/model:7", 7L, SamplePapers::recognitionCertificate));

    byte[] pdf = issued.getPdf();
    assertThat(issued.getSha256()).isEqualTo(VerificationCode.sha256(pdf));
    assertThat(issued.getSignedBy()).contains("CN=Huyện ủy Xuân Trường (thử nghiệm)");
    assertThat(issued.getIssuedAt()).isEqualTo(NOW);
    PadesSignature.Report signature = PadesSignature.check(pdf);
    assertThat(signature.valid()).as(signature.problem()).isTrue();
    assertThat(signature.signedAt()).isEqualTo(NOW);
    assertThat(PdfPages.text(pdf)).contains("Văn bản đã được ký số", "Người ký: Huyện ủy Xuân Trường (thử nghiệm)",
        "Thời gian ký: 20/12/2026 10:00").doesNotContain("chưa ký số");
    DocumentRendererTest.pdfA(pdf);
    PdfPages.png(pdf, 0, Path.of("docs", "documents", "giay-chung-nhan-ky-so.png"));

    String url = PdfPages.qrCodes(pdf, 0).get(0);
    assertThat(url).startsWith("https://danvan.example.vn/xac-thuc/");
    String code = url.substring(url.lastIndexOf('/') + 1);
    assertThat(issued.getCodeHash()).isEqualTo(VerificationCode.hash(code));
    assertThat(issued.getVerificationCode()).as("the code printed, kept to link to its page").isEqualTo(code);
    IssuedDocumentRepository lookups = mock(IssuedDocumentRepository.class);
    when(lookups.findByCodeHash(any())).thenReturn(Optional.empty());
    when(lookups.findByCodeHash(VerificationCode.hash(code))).thenReturn(Optional.of(issued));
    assertThat(new Verification(lookups).of(code).state()).isEqualTo(Verification.State.VALID);
  }
}
