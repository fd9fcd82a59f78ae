package vn.danvan.workflow.document;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed signing key made at test time in a temporary folder: no private key is ever committed. */
final class TestKeystore {

  static final String PASSWORD = "mat-khau-thu";
  static final String SUBJECT = "CN=Huyện ủy Xuân Trường (thử nghiệm),O=Huyện ủy Xuân Trường,C=VN";

  private TestKeystore() {
  }

  static Path create(Path folder) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name subject = new X500Name(SUBJECT);
    // a fixed validity: tests read no clock
    Date from = Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    Date to = Date.from(java.time.Instant.parse("2031-01-01T00:00:00Z"));
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
        subject, BigInteger.valueOf(20261220L), from, to, subject, pair.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("ky-so", pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
    Path file = folder.resolve("ky-so.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }
}
