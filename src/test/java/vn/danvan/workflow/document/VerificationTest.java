package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the verification page is told for a code: valid, revoked (with its reason), altered (the stored PDF or the
 * citizen's file differs by one byte, or its signature fails), unknown; and every lookup, known code or not, is one
 * read by the SHA-256 of the normalised code.
 */
class VerificationTest {

  private static final String CODE = "mfrggzdfmztwq2lknnwg23tpoa";
  private static final Instant AT = Instant.parse("2026-12-20T03:00:00Z");

  @TempDir
  static Path folder;
  static byte[] signedPdf;
  static String signerSubject;

  @BeforeAll
  static void issue() throws Exception {
    Pkcs12Signer signer = new Pkcs12Signer(TestKeystore.create(folder), TestKeystore.PASSWORD.toCharArray(), null);
    signerSubject = signer.certificate().orElseThrow().getSubjectX500Principal().getName();
    DocumentRenderer.Rendered rendered = new DocumentRenderer(new DocumentSettings("", "", "", "", "", ""))
        .render(SamplePapers.recognitionCertificate(), SamplePapers.signedBy(CODE, "Huyện ủy Xuân Trường"));
    signedPdf = PadesSignature.sign(rendered.pdf(), signer, rendered.signatureBlock(), "Huyện ủy", "Xuân Trường", AT);
  }

  private static IssuedDocument issued(byte[] stored, String sha256) {
    return new IssuedDocument(CODE, DocumentKind.RECOGNITION_CERTIFICATE, "round:1/model:7",
        SamplePapers.recognitionCertificate(), stored, sha256, signerSubject, AT);
  }

  private static Verification over(IssuedDocument document) {
    IssuedDocumentRepository repository = mock(IssuedDocumentRepository.class);
    when(repository.findByCodeHash(anyString())).thenReturn(Optional.empty());
    when(repository.findByCodeHash(VerificationCode.hash(CODE))).thenReturn(Optional.ofNullable(document));
    return new Verification(repository);
  }

  @Test
  void anIssuedSignedDocumentIsValidWhateverCaseAndDashesTheCodeIsTypedWith() {
    Verification verification = over(issued(signedPdf, VerificationCode.sha256(signedPdf)));
    Verification.Result result = verification.of(VerificationCode.grouped(CODE).toUpperCase());
    assertThat(result.state()).isEqualTo(Verification.State.VALID);
    assertThat(result.signature().valid()).isTrue();
    assertThat(result.document().getRecipient()).isEqualTo("Dân vận khéo trong dồn điền đổi thửa");
    assertThat(verification.of(CODE, signedPdf.clone()).file()).isTrue();
  }

  @Test
  void aStoredPdfWithOneByteChangedIsAltered() {
    byte[] tampered = signedPdf.clone();
    tampered[tampered.length / 2] ^= 0x01;
    assertThat(over(issued(tampered, VerificationCode.sha256(signedPdf))).of(CODE).state())
        .isEqualTo(Verification.State.ALTERED);
    // even with its hash recomputed (the table changed too), the signature gives it away
    Verification.Result rehashed = over(issued(tampered, VerificationCode.sha256(tampered))).of(CODE);
    assertThat(rehashed.state()).isEqualTo(Verification.State.ALTERED);
    assertThat(rehashed.signature().valid()).isFalse();
  }

  @Test
  void aFileTheCitizenHoldsWithOneByteChangedDoesNotMatch() {
    byte[] tampered = signedPdf.clone();
    tampered[300] ^= 0x01;
    Verification.Result result = over(issued(signedPdf, VerificationCode.sha256(signedPdf))).of(CODE, tampered);
    assertThat(result.file()).isFalse();
    assertThat(result.fileSignature().valid()).isFalse();
    assertThat(result.state()).isEqualTo(Verification.State.ALTERED);
  }

  @Test
  void aRevokedDocumentShowsAsRevokedWithItsReason() {
    IssuedDocument document = issued(signedPdf, VerificationCode.sha256(signedPdf));
    document.revoke("Quyết định bị hủy bỏ do sai tên mô hình", "admin", AT.plusSeconds(3600));
    Verification.Result result = over(document).of(CODE);
    assertThat(result.state()).isEqualTo(Verification.State.REVOKED);
    assertThat(result.document().getRevocationReason()).isEqualTo("Quyết định bị hủy bỏ do sai tên mô hình");
  }

  @Test
  void anUnknownCodeIsUnknownAndCostsTheSameLookupAsAKnownOne() {
    IssuedDocumentRepository repository = mock(IssuedDocumentRepository.class);
    when(repository.findByCodeHash(anyString())).thenReturn(Optional.empty());
    Verification verification = new Verification(repository);
    String unknown = "zzzzzzzzzzzzzzzzzzzzzzzzzz";

    assertThat(verification.of(unknown).state()).isEqualTo(Verification.State.UNKNOWN);
    assertThat(verification.of(unknown).document()).isNull();
    verification.of("not a code at all <script>");
    verification.of(CODE);
    // one read by the hash of the normalised text, whatever it was: no early exit on a malformed code
    verify(repository, times(2)).findByCodeHash(VerificationCode.hash(unknown));
    verify(repository).findByCodeHash(VerificationCode.hash("not a code at all <script>"));
    verify(repository).findByCodeHash(VerificationCode.hash(CODE));
  }

  @Test
  void codesCarry128RandomBitsInTwentySixLetters() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = VerificationCode.generate();
      assertThat(VerificationCode.wellFormed(code)).as(code).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
    assertThat(VerificationCode.normalise(" ABCD-efgh ")).isEqualTo("abcdefgh");
    assertThat(ReflectionTestUtils.getField(VerificationCode.class, "LENGTH")).isEqualTo(26);
  }

  @Test
  void aDocumentIssuedBeforeItsCodeWasKeptGetsItBackFromItsOwnPdf() {
    IssuedDocument before = issued(signedPdf, VerificationCode.sha256(signedPdf));
    ReflectionTestUtils.setField(before, "verificationCode", null); // as V80 finds it
    VerificationCodeBackfill.readBack(before);
    assertThat(before.getVerificationCode()).isEqualTo(CODE);

    // a PDF printing another code than the one hashed: nothing is taken from it
    IssuedDocument other = issued(signedPdf, VerificationCode.sha256(signedPdf));
    ReflectionTestUtils.setField(other, "verificationCode", null);
    ReflectionTestUtils.setField(other, "codeHash", VerificationCode.hash("aaaaaaaaaaaaaaaaaaaaaaaaaa"));
    VerificationCodeBackfill.readBack(other);
    assertThat(other.getVerificationCode()).isNull();
  }
}
