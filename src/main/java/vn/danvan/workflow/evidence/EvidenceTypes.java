package vn.danvan.workflow.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types accepted as evidence: images, PDF, Word and Excel. A file is accepted by its extension and
 * only if its first bytes are those of that type (the browser's Content-Type is not trusted).
 */
final class EvidenceTypes {

  record Type(String contentType, byte[] magic) {
  }

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  static final Map<String, Type> BY_EXTENSION = Map.of(
      "pdf", new Type("application/pdf", PDF),
      "jpg", new Type("image/jpeg", JPEG),
      "jpeg", new Type("image/jpeg", JPEG),
      "png", new Type("image/png", PNG),
      "docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
      "xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
      "doc", new Type("application/msword", OLE),
      "xls", new Type("application/vnd.ms-excel", OLE));

  static final String ALLOWED = "PDF, JPG, PNG, DOC, DOCX, XLS, XLSX";

  private EvidenceTypes() {
  }

  static Optional<Type> of(String fileName, byte[] head) {
    int dot = fileName.lastIndexOf('.');
    Type type = dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null || head.length < type.magic().length
        || !Arrays.equals(Arrays.copyOf(head, type.magic().length), type.magic())) {
      return Optional.empty();
    }
    return Optional.of(type);
  }
}
