package vn.danvan.workflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The evidence folder (danvan.evidence.dir, DATA_DIR/evidence by default): one sub-folder per model, files
 * named by a random id, written to a temporary file and moved in place so a crash never leaves half a file.
 */
@Component
class EvidenceStore {

  record Stored(String key, long size, String sha256) {
  }

  private final Path root;

  EvidenceStore(EvidenceSettings settings) {
    this.root = Path.of(settings.dir()).toAbsolutePath().normalize();
  }

  Stored put(long modelId, InputStream content) {
    try {
      Path folder = Files.createDirectories(root.resolve(String.valueOf(modelId)));
      String name = UUID.randomUUID().toString();
      Path temporary = folder.resolve(name + ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(temporary)) {
        size = in.transferTo(out);
      }
      Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return new Stored(modelId + "/" + name, size, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store evidence of model " + modelId, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path path(String key) {
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("Bad evidence key " + key);
    }
    return file;
  }

  void delete(String key) {
    try {
      Files.deleteIfExists(path(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
