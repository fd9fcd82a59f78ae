package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PAdES baseline B with a PKCS#12 key made at test time: the CMS signs exactly the ByteRange's bytes, which are the
 * whole file but the signature itself; the widget lies over the visible block; PDF/A stays declared; one byte
 * changed anywhere and the check fails.
 */
class PadesSignatureTest {

  private static final Instant AT = Instant.parse("2026-12-20T03:00:00Z");
  private static final DocumentRenderer RENDERER = new DocumentRenderer(new DocumentSettings("", "", "", "", "", ""));

  @TempDir
  static Path folder;
  static Signer signer;
  static byte[] signed;
  static PadesSignature.Box block;

  @BeforeAll
  static void signACertificate() throws Exception {
    signer = new Pkcs12Signer(TestKeystore.create(folder), TestKeystore.PASSWORD.toCharArray(), "");
    DocumentRenderer.Rendered rendered = RENDERER.render(SamplePapers.recognitionCertificate(),
        SamplePapers.signedBy("abcdefghijklmnopqrstuvwxyz", "Huyện ủy Xuân Trường (thử nghiệm)"));
    block = rendered.signatureBlock();
    signed = PadesSignature.sign(rendered.pdf(), signer, block, "Huyện ủy Xuân Trường (thử nghiệm)", "Xuân Trường",
        AT);
  }

  @Test
  void theCmsSignsExactlyTheByteRangeWhichIsTheWholeFileButTheSignature() throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
      assertThat(signature.getSignDate().toInstant()).isEqualTo(AT);
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      assertThat(range[2] + range[3]).isEqualTo(signed.length);
      // the hole is exactly the hex string of /Contents, brackets included
      assertThat(signed[range[1]]).isEqualTo((byte) '<');
      assertThat(signed[range[2] - 1]).isEqualTo((byte) '>');

      byte[] covered = concat(Arrays.copyOfRange(signed, 0, range[1]),
          Arrays.copyOfRange(signed, range[2], range[2] + range[3]));
      CMSSignedData cms = PadesSignature.cms(covered, signature.getContents(signed));
      SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
      AttributeTable attributes = info.getSignedAttributes();
      byte[] digest = ASN1OctetString.getInstance(attributes.get(CMSAttributes.messageDigest).getAttrValues()
          .getObjectAt(0)).getOctets();
      assertThat(digest).isEqualTo(MessageDigest.getInstance("SHA-256").digest(covered));
      X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
          .iterator().next();
      assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
      assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
      assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES: the time is /M, not signing-time").isNull();
      assertThat(certificate.getSubject().toString()).contains("Huyện ủy Xuân Trường (thử nghiệm)");
    }
    PadesSignature.Report report = PadesSignature.check(signed);
    assertThat(report.valid()).as(report.problem()).isTrue();
    assertThat(report.signer()).contains("Huyện ủy Xuân Trường (thử nghiệm)");
  }

  @Test
  void theSignatureIsVisibleOverTheBlockTheTemplateDrewAndTheDocumentStaysPdfA() throws Exception {
    assertThat(block).isNotNull();
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDAnnotationWidget widget = document.getSignatureFields().get(0).getWidgets().get(0);
      PDRectangle rectangle = widget.getRectangle();
      assertThat(rectangle.getWidth()).isGreaterThan(100f);
      assertThat(rectangle.getHeight()).isGreaterThan(20f);
      assertThat(rectangle.getLowerLeftX()).isEqualTo(block.x());
      assertThat(widget.isPrinted()).isTrue();
      assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
      assertThat(document.getPage(block.page()).getAnnotations()).contains(widget);
    }
    assertThat(PdfPages.text(signed)).contains("Văn bản đã được ký số",
        "Người ký: Huyện ủy Xuân Trường (thử nghiệm)", "Thời gian ký: 20/12/2026 10:00");
    DocumentRendererTest.pdfA(signed);
  }

  @Test
  void oneChangedByteAnywhereMakesTheSignatureFail() {
    int[] places = {200, signed.length / 3, signed.length / 2, signed.length - 40};
    for (int place : places) {
      byte[] tampered = signed.clone();
      tampered[place] ^= 0x01;
      assertThat(PadesSignature.check(tampered).valid()).as("byte %d changed", place).isFalse();
    }
  }

  @Test
  void aDocumentWithoutSignatureReportsNone() {
    byte[] unsigned = RENDERER.render(SamplePapers.recognitionCertificate(),
        SamplePapers.unsigned("abcdefghijklmnopqrstuvwxyz")).pdf();
    PadesSignature.Report report = PadesSignature.check(unsigned);
    assertThat(report.present()).isFalse();
    assertThat(report.valid()).isFalse();
    assertThat(new Signer.Unsigned().certificate()).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

}
