package vn.danvan.workflow.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * A document's template (templates/document/pdf/&lt;kind&gt;.html, XHTML, or the edited copy in
 * {@code danvan.documents.templates-dir}) filled by Thymeleaf and laid out by openhtmltopdf as PDF/A-3b: Liberation
 * Serif (metric-compatible with Times New Roman, SIL OFL) embedded as subsets, an sRGB output intent, XMP metadata.
 * The template owns the layout and every fixed word, the legal bases included; Java only hands it the data.
 */
@Component
public class DocumentRenderer {

  static final String FONT_FAMILY = "Liberation Serif";
  private static final Pattern SIGNATURE_BLOCK = Pattern.compile("^signature-block$");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final List<Font> FONTS = List.of(new Font("Regular", 400, FontStyle.NORMAL),
      new Font("Bold", 700, FontStyle.NORMAL), new Font("Italic", 400, FontStyle.ITALIC),
      new Font("BoldItalic", 700, FontStyle.ITALIC));

  private record Font(String file, int weight, FontStyle style) {
    byte[] bytes() {
      try (InputStream in = DocumentRenderer.class.getResourceAsStream("/fonts/LiberationSerif-" + file + ".ttf")) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the template shows beside the paper: the verification code and link, the QR code, the signature. */
  public record Verification(String code, String url, String qr, String signedBy, String signedAt) {
  }

  /** The PDF and where its visible signature block lies (null when the template has none). */
  public record Rendered(byte[] pdf, PadesSignature.Box signatureBlock) {
  }

  private final SpringTemplateEngine templates = new SpringTemplateEngine(); // SpEL, as the portal's pages
  private final List<byte[]> fonts = FONTS.stream().map(Font::bytes).toList();

  public DocumentRenderer(DocumentSettings settings) {
    if (settings.templatesDir() != null && !settings.templatesDir().isBlank()) {
      FileTemplateResolver edited = new FileTemplateResolver();
      edited.setPrefix(settings.templatesDir().endsWith("/") ? settings.templatesDir() : settings.templatesDir() + "/");
      edited.setSuffix(".html");
      edited.setTemplateMode(TemplateMode.XML);
      edited.setCharacterEncoding("UTF-8");
      edited.setCheckExistence(true);
      edited.setCacheable(false); // an administrator's edit applies to the next document issued
      edited.setOrder(1);
      templates.addTemplateResolver(edited);
    }
    ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver();
    packaged.setPrefix("templates/document/pdf/");
    packaged.setSuffix(".html");
    packaged.setTemplateMode(TemplateMode.XML);
    packaged.setCharacterEncoding("UTF-8");
    packaged.setOrder(2);
    templates.addTemplateResolver(packaged);
  }

  /** The filled template, XHTML. */
  String html(Paper paper, Verification verification) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("paper", paper);
    context.setVariable("verification", verification);
    return templates.process(paper.kind().template(), context);
  }

  public Rendered render(Paper paper, Verification verification) {
    String html = html(paper, verification);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
    builder.useColorProfile(SRGB);
    for (int i = 0; i < FONTS.size(); i++) {
      byte[] font = fonts.get(i);
      builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, FONTS.get(i).weight(), FONTS.get(i).style(),
          true);
    }
    builder.withProducer("danvan-workflow");
    builder.withHtmlContent(html, null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument document = renderer.createPDFKeepOpen()) {
        List<PagePosition<com.openhtmltopdf.render.Box>> blocks = renderer.findPagePositionsByID(SIGNATURE_BLOCK);
        PadesSignature.Box block = blocks.isEmpty() ? null : box(blocks.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return new Rendered(out.toByteArray(), block);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lay out " + paper.kind(), e);
    }
  }

  private static PadesSignature.Box box(PagePosition<?> position) {
    return new PadesSignature.Box(position.getPageNo(), position.getX(), position.getY(), position.getWidth(),
        position.getHeight());
  }
}
