package vn.danvan.workflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Signs with the key and certificate chain of a PKCS#12 file ({@code danvan.documents.keystore}). */
final class Pkcs12Signer implements Signer {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final List<Certificate> chain;

  Pkcs12Signer(Path keystore, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String chosen = alias == null || alias.isBlank() ? firstKey(store) : alias;
      if (!store.isKeyEntry(chosen)) {
        throw new IllegalStateException("No key " + chosen + " in " + keystore);
      }
      this.key = (PrivateKey) store.getKey(chosen, password);
      this.chain = Arrays.asList(store.getCertificateChain(chosen));
      this.certificate = (X509Certificate) chain.get(0);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the signing keystore " + keystore + ": " + e.getMessage(), e);
    }
  }

  private static String firstKey(KeyStore store) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new IllegalStateException("The signing keystore holds no key");
  }

  @Override
  public Optional<X509Certificate> certificate() {
    return Optional.of(certificate);
  }

  @Override
  public byte[] sign(InputStream content) throws IOException {
    try {
      String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
      ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(key);
      AttributeTable signingCertificate = new AttributeTable(signingCertificateV2());
      JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
          new JcaDigestCalculatorProviderBuilder().build());
      // PAdES baseline: the claimed signing time is the signature dictionary's /M, never a signing-time attribute
      info.setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator(signingCertificate)
          .getAttributes(parameters).remove(CMSAttributes.signingTime));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(info.build(contentSigner, certificate));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
      throw new IOException("Signing failed: " + e.getMessage(), e);
    }
  }

  /** ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the signing certificate and its issuer and serial. */
  private Attribute signingCertificateV2() throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
    ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
    return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
  }
}
