package vn.danvan.workflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.danvan.workflow.calendar.VietnamTime;

/**
 * PAdES baseline B on an issued PDF: an incremental update adds a signature field whose widget lies over the
 * template's visible signature block, and the CMS the {@link Signer} makes over the ByteRange (the whole file but
 * the signature's own /Contents). The check does the reverse with BouncyCastle.
 */
final class PadesSignature {

  static final COSName SUB_FILTER = COSName.getPDFName("ETSI.CAdES.detached");

  /** Where the template drew the visible block: page (0-based) and rectangle in PDF points from the bottom left. */
  record Box(int page, float x, float y, float width, float height) {
  }

  private PadesSignature() {
  }

  static byte[] sign(byte[] pdf, Signer signer, Box box, String signerName, String location, Instant at)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(SUB_FILTER);
      signature.setName(signerName);
      signature.setLocation(location);
      signature.setReason("Phát hành văn bản");
      signature.setSignDate(GregorianCalendar.from(at.atZone(VietnamTime.ZONE)));
      options.setPage(box.page());
      options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
      document.addSignature(signature, signer::sign, options);
      visible(document, box);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** PDFBox places a non-visual signature at [0 0 0 0]: its widget goes over the block, with an (empty) appearance. */
  private static void visible(PDDocument document, Box box) throws IOException {
    List<PDSignatureField> fields = document.getSignatureFields();
    PDAnnotationWidget widget = fields.get(fields.size() - 1).getWidgets().get(0);
    widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
    PDAppearanceStream appearance = new PDAppearanceStream(document);
    appearance.setBBox(new PDRectangle(box.width(), box.height()));
    PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
    dictionary.setNormalAppearance(appearance);
    widget.setAppearance(dictionary);
    widget.setPrinted(true);
  }

  /** What a signature check found. */
  record Report(boolean present, boolean valid, String signer, Instant signedAt, String problem) {

    static Report none() {
      return new Report(false, false, null, null, null);
    }

    static Report invalid(String problem) {
      return new Report(true, false, null, null, problem);
    }
  }

  /**
   * The last signature of the PDF: it covers the whole file but its own /Contents, its sub-filter is
   * ETSI.CAdES.detached, the CMS's message digest is that of exactly the ByteRange's bytes and its signature
   * verifies with the certificate it names, which signing-certificate-v2 binds, and no signing-time is claimed.
   */
  static Report check(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Report.none();
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range.length != 4 || range[0] != 0 || range[1] >= range[2] || (long) range[2] + range[3] != pdf.length) {
        return Report.invalid("ByteRange does not cover the file: " + Arrays.toString(range));
      }
      if (!SUB_FILTER.getName().equals(signature.getSubFilter())) {
        return Report.invalid("sub-filter " + signature.getSubFilter());
      }
      byte[] signed = signature.getSignedContent(pdf);
      CMSSignedData cms = cms(signed, signature.getContents(pdf));
      SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
      if (matches.isEmpty()) {
        return Report.invalid("the signing certificate is not in the CMS");
      }
      X509CertificateHolder holder = matches.iterator().next();
      if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
        return Report.invalid("the signature does not verify");
      }
      AttributeTable attributes = info.getSignedAttributes();
      if (attributes.get(CMSAttributes.signingTime) != null) {
        return Report.invalid("a signing-time attribute (PAdES wants /M)");
      }
      Attribute certificateV2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
      if (certificateV2 == null || !Arrays.equals(SigningCertificateV2.getInstance(certificateV2.getAttrValues()
          .getObjectAt(0)).getCerts()[0].getCertHash(), sha256(holder.getEncoded()))) {
        return Report.invalid("signing-certificate-v2 missing or not the signer's certificate");
      }
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
      return new Report(true, true, certificate.getSubjectX500Principal().getName(), at, null);
    } catch (IOException | CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
      return Report.invalid(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The CMS of /Contents: the reserved room after the DER is zeros, which BouncyCastle's strict parse refuses. */
  static CMSSignedData cms(byte[] signedContent, byte[] contents) throws IOException, CMSException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      return new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
