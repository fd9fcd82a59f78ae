package vn.danvan.workflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is evidence only if its extension is allowed and its first bytes are those of that type. */
class EvidenceTypesTest {

  @Test
  void pdfImagesAndOfficeDocumentsAreRecognisedByTheirBytes() {
    assertThat(EvidenceTypes.of("Biên bản.PDF", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .get().extracting(EvidenceTypes.Type::contentType).isEqualTo("application/pdf");
    assertThat(EvidenceTypes.of("anh.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isPresent();
    assertThat(EvidenceTypes.of("bao-cao.docx", new byte[] {'P', 'K', 3, 4})).isPresent();
    assertThat(EvidenceTypes.of("so-lieu.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1})).isPresent();
  }

  @Test
  void aRenamedOrUnknownFileIsRefused() {
    assertThat(EvidenceTypes.of("bao-cao.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(EvidenceTypes.of("trang.html", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(EvidenceTypes.of("khong-duoi", "%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(EvidenceTypes.of("ngan.pdf", new byte[] {'%'})).isEmpty();
  }

  @Test
  void theNameKeptIsTheBareFileName() {
    assertThat(EvidenceController.fileName("C:\\Users\\a\\Biên bản họp.pdf")).isEqualTo("Biên bản họp.pdf");
    assertThat(EvidenceController.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(EvidenceController.fileName("a\"b\u0007.pdf")).isEqualTo("ab.pdf");
    assertThat(EvidenceController.fileName(null)).isEqualTo("tep-minh-chung");
  }
}
