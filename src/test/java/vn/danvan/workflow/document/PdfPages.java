package vn.danvan.workflow.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader gets out of a PDF with PDFBox: its text (NFC, blanks collapsed), fonts, QR codes, a picture. */
final class PdfPages {

  private PdfPages() {
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
  }

  static String text(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
  }

  /** Every glyph of a page with its place (from the top left, in points) and size. */
  record Glyph(String text, float x, float baseline, float width, float size) {
  }

  static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
              glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                  Math.round(p.getTextMatrix().getScalingFactorY() * 10) / 10f));
            }
          }
        }
      };
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      stripper.getText(document);
    }
    return glyphs;
  }

  /** Every font used on every page, as "name embedded?". */
  static List<PDFont> fonts(byte[] pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
    }
    return fonts;
  }

  /** The texts of the QR codes drawn on a page, read back with ZXing from the images. */
  static List<String> qrCodes(byte[] pdf, int page) throws Exception {
    List<String> texts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(page).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          texts.add(decode(image.getImage()));
        }
      }
    }
    return texts;
  }

  /**
   * The image embedded in the PDF is the code itself, so it is read as one (PURE_BARCODE): ZXing's finder misses
   * about 6 in 1,000 perfect images of our verification addresses otherwise (a flaky CI run, 2026-12-05), which a
   * camera's image does not have.
   */
  static String decode(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
  }

  /** The page as a PNG, as pdftoppm would draw it (docs/documents keeps one of each document). */
  static void png(byte[] pdf, int page, Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
    }
  }
}
