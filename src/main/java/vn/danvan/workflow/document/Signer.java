package vn.danvan.workflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Who signs issued documents (ký số). The PKCS#12 keystore of the settings is one; a USB token (PKCS#11) or a
 * Vietnamese CA's remote-signing service can take its place by implementing this: it is given the bytes the PDF
 * signature covers and returns the CMS. Without a keystore, {@link Unsigned}.
 */
public interface Signer {

  /** The signing certificate; empty: documents are issued unsigned and say so. */
  Optional<X509Certificate> certificate();

  /**
   * A detached CMS SignedData (DER) over the content, as PAdES baseline B wants it (sub-filter ETSI.CAdES.detached):
   * signed attributes content-type, message-digest and signing-certificate-v2, no signing-time (the PDF's /M
   * holds the time), the certificate included.
   */
  byte[] sign(InputStream content) throws IOException;

  /** No keystore configured: nothing is signed. */
  final class Unsigned implements Signer {

    @Override
    public Optional<X509Certificate> certificate() {
      return Optional.empty();
    }

    @Override
    public byte[] sign(InputStream content) {
      throw new IllegalStateException("No signing key is configured (danvan.documents.keystore)");
    }
  }
}
