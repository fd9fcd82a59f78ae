package vn.danvan.workflow.document;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public verification page answers for a code: the document's essentials and whether it stands. The
 * lookup is the same work for every code: the typed text is hashed whatever it is (well-formed or not) and one
 * indexed read by that hash follows, with no comparison of the code itself that could stop early; a code that
 * exists is then checked (the stored PDF against its SHA-256 and its signature), which tells nothing the page does
 * not say anyway. With 128 random bits a code cannot be guessed, so "unknown" is all an unknown code ever learns.
 */
@Service
public class Verification {

  /** The answer, in the page's words: Hợp lệ, Đã thu hồi, Không khớp / đã bị sửa đổi, Không tìm thấy. */
  public enum State {
    VALID, REVOKED, ALTERED, UNKNOWN
  }

  /**
   * @param document the issued document; null when the code is unknown
   * @param signature what the check of the stored PDF's signature found
   * @param file for a file the citizen brought: whether it is the issued PDF byte for byte (null: none brought)
   * @param fileSignature that file's own signature check (null: none brought)
   */
  public record Result(State state, IssuedDocument document, PadesSignature.Report signature, Boolean file,
      PadesSignature.Report fileSignature) {
  }

  private final IssuedDocumentRepository documents;

  Verification(IssuedDocumentRepository documents) {
    this.documents = documents;
  }

  @Transactional(readOnly = true)
  public Result of(String typedCode) {
    return check(find(typedCode), null);
  }

  /** The same, and whether the file the citizen holds is exactly the issued one (a changed byte: it is not). */
  @Transactional(readOnly = true)
  public Result of(String typedCode, byte[] file) {
    return check(find(typedCode), file);
  }

  private Optional<IssuedDocument> find(String typedCode) {
    return documents.findByCodeHash(VerificationCode.hash(typedCode));
  }

  private static Result check(Optional<IssuedDocument> found, byte[] file) {
    if (found.isEmpty()) {
      return new Result(State.UNKNOWN, null, PadesSignature.Report.none(), null, null);
    }
    IssuedDocument document = found.get();
    byte[] pdf = document.getPdf();
    boolean intact = VerificationCode.sha256(pdf).equals(document.getSha256());
    PadesSignature.Report signature = document.getSignedBy() == null ? PadesSignature.Report.none()
        : PadesSignature.check(pdf);
    boolean signatureHolds = document.getSignedBy() == null
        || (signature.valid() && document.getSignedBy().equals(signature.signer()));
    Boolean sameFile = file == null ? null : Arrays.equals(VerificationCode.sha256(file).getBytes(),
        document.getSha256().getBytes());
    PadesSignature.Report fileSignature = file == null ? null : PadesSignature.check(file);
    State state;
    if (!intact || !signatureHolds || Boolean.FALSE.equals(sameFile)) {
      state = State.ALTERED;
    } else if (document.getStatus() == DocumentStatus.REVOKED) {
      state = State.REVOKED;
    } else {
      state = State.VALID;
    }
    return new Result(state, document, signature, sameFile, fileSignature);
  }
}
