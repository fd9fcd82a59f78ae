package vn.danvan.workflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Adding an evidence file to a model, for the API and the portal alike: uploaded by its unit or by whoever holds a
 * task on it; size and type checked on the bytes, not on what the browser says; the file is removed again if the
 * row is never committed.
 */
@Component
public class EvidenceUploads {

  private final EvidenceRepository files;
  private final EvidenceStore store;
  private final ModelAccess access;
  private final DataSize maxSize;

  EvidenceUploads(EvidenceRepository files, EvidenceStore store, ModelAccess access,
      EvidenceSettings settings) {
    this.files = files;
    this.store = store;
    this.access = access;
    this.maxSize = settings.maxSize();
  }

  @Transactional
  public EvidenceFile add(Caller caller, long modelId, MultipartFile file, EvidenceStage stage, DocumentKind kind,
      Instant at) {
    MobilizationModel model = access.visible(modelId);
    if (!mayAdd(caller, model)) {
      throw ApiException.forbidden();
    }
    if (file.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "evidence-empty");
    }
    if (file.getSize() > maxSize.toBytes()) {
      throw tooLarge();
    }
    String name = fileName(file.getOriginalFilename());
    try {
      EvidenceTypes.Type type;
      try (InputStream in = file.getInputStream()) {
        type = EvidenceTypes.of(name, in.readNBytes(8)).orElseThrow(
            () -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type", EvidenceTypes.ALLOWED));
      }
      EvidenceStore.Stored stored;
      try (InputStream in = file.getInputStream()) {
        stored = store.put(modelId, in);
      }
      removeIfRolledBack(stored.key());
      return files.save(new EvidenceFile(modelId, stage, kind, name, type.contentType(), stored,
          caller.username(), at));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its unit, whoever holds a task on it, and administrators add files to a model. */
  public boolean mayAdd(Caller caller, MobilizationModel model) {
    return caller.isAdmin() || caller.belongsTo(model.getUnitId()) || access.holdsTask(caller, model.getId());
  }

  /** A model's files, oldest first (the caller has been checked to see the model). */
  public java.util.List<EvidenceFile> list(long modelId) {
    return files.findByModelIdOrderByUploadedAtAscIdAsc(modelId);
  }

  /** The largest file accepted, as the refusals word it (10 MB). */
  public String maxSizeText() {
    return maxSize.toMegabytes() > 0 ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " KB";
  }

  public long maxSizeBytes() {
    return maxSize.toBytes();
  }

  /** What a file may be said to be, in the order the upload form offers them. */
  public static DocumentKind[] documentKinds() {
    return DocumentKind.values();
  }

  /** The extensions accepted, for a file input's accept attribute (.pdf,.jpg,...). */
  public static String acceptedExtensions() {
    return EvidenceTypes.BY_EXTENSION.keySet().stream().sorted().map(ext -> "." + ext)
        .collect(java.util.stream.Collectors.joining(","));
  }

  ApiException tooLarge() {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large", maxSizeText());
  }

  /** A file stored for a row that is never committed is removed again. */
  private void removeIfRolledBack(String key) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            store.delete(key);
          }
        }
      });
    }
  }

  /** The name as the user sees it: no folders, no control characters, at most 255 characters. */
  static String fileName(String original) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "tep-minh-chung";
    }
    return name.length() <= 255 ? name : name.substring(name.length() - 255);
  }
}
