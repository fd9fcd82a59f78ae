package vn.danvan.workflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.report.ReportTables.Table;

/**
 * The report as an A4 PDF. Vietnamese needs glyphs the 14 standard PDF fonts lack, so DejaVu Sans (licence in
 * fonts/LICENSE-DejaVu.txt) is embedded as a subset; text is drawn in NFC, where every Vietnamese letter is one
 * precomposed glyph (PDFBox does no mark positioning).
 */
@Component
class ReportPdf {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float SIZE = 9.5f;
  private static final float HEADER_SIZE = 8.5f;
  private static final float LEADING = 12.5f;
  private static final float PAD = 3;

  byte[] render(Report report) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Writer writer = new Writer(document, font(document, "fonts/DejaVuSans.ttf"),
          font(document, "fonts/DejaVuSans-Bold.ttf"));
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(nfc(ReportTables.title() + " – " + report.period().label()));
      info.setCreator("danvan-workflow");
      if (report.documentNumber() != null) {
        writer.paragraph("Số: " + report.documentNumber(), writer.regular, SIZE + 0.5f);
        writer.space(4);
      }
      writer.centered("BÁO CÁO", writer.bold, 13);
      writer.centered(ReportTables.title().substring("BÁO CÁO ".length()), writer.bold, 11);
      writer.space(4);
      for (String line : ReportTables.heading(report)) {
        writer.centered(line, writer.regular, SIZE + 0.5f);
      }
      for (Table table : ReportTables.of(report)) {
        writer.keepTogether(table);
        writer.space(10);
        writer.paragraph(table.title(), writer.bold, SIZE + 1);
        writer.space(3);
        if (table.rows().isEmpty()) {
          writer.paragraph("Không có.", writer.regular, SIZE);
        } else {
          writer.table(table);
        }
      }
      if (report.assessment() != null && !report.assessment().isBlank()) {
        writer.space(10);
        writer.paragraph(ReportTables.assessmentTitle(), writer.bold, SIZE + 1);
        writer.space(3);
        writer.paragraph(report.assessment(), writer.regular, SIZE + 0.5f);
      }
      writer.finish();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDType0Font font(PDDocument document, String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return PDType0Font.load(document, in, true);
    }
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Lays out lines top-down over as many pages as needed, repeating a table's header on a new page. */
  private static final class Writer {
    final PDDocument document;
    final PDType0Font regular;
    final PDType0Font bold;
    final List<PDPage> pages = new ArrayList<>();
    PDPageContentStream content;
    float y;

    Writer(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) {
      y -= points;
    }

    void centered(String text, PDType0Font font, float size) throws IOException {
      for (String line : wrap(text, font, size, WIDTH)) {
        ensure(LEADING + 2);
        float width = font.getStringWidth(line) / 1000 * size;
        show(line, font, size, MARGIN + (WIDTH - width) / 2, y - size);
        y -= size + 4;
      }
    }

    void paragraph(String text, PDType0Font font, float size) throws IOException {
      for (String line : wrap(text, font, size, WIDTH)) {
        ensure(LEADING + 2);
        show(line, font, size, MARGIN, y - size);
        y -= size + 4;
      }
    }

    /** A table's title, header and first row on one page: no heading left alone at the foot of a page. */
    void keepTogether(Table table) throws IOException {
      float[] widths = columnWidths(table.widths());
      List<Object> headers = table.headers().stream().map(h -> (Object) h).toList();
      float needed = 10 + (SIZE + 1 + 4) + 3 + height(headers, widths, table, true)
          + (table.rows().isEmpty() ? LEADING : height(table.rows().get(0), widths, table, false));
      if (y - needed < MARGIN + 20) {
        newPage();
      }
    }

    void table(Table table) throws IOException {
      float[] widths = columnWidths(table.widths());
      row(table.headers().stream().map(h -> (Object) h).toList(), widths, table, true);
      for (List<Object> values : table.rows()) {
        if (!fits(values, widths, table)) {
          newPage();
          row(table.headers().stream().map(h -> (Object) h).toList(), widths, table, true);
        }
        row(values, widths, table, false);
      }
    }

    private boolean fits(List<Object> values, float[] widths, Table table) throws IOException {
      return y - height(values, widths, table, false) >= MARGIN + 20;
    }

    private float height(List<Object> values, float[] widths, Table table, boolean header) throws IOException {
      int lines = 1;
      for (int c = 0; c < values.size(); c++) {
        lines = Math.max(lines, wrap(ReportTables.text(values.get(c), table.signedColumns().contains(c)),
            header ? bold : regular, header ? HEADER_SIZE : SIZE, widths[c] - 2 * PAD).size());
      }
      return lines * LEADING + 2 * PAD;
    }

    private void row(List<Object> values, float[] widths, Table table, boolean header) throws IOException {
      float height = height(values, widths, table, header);
      ensure(height);
      float x = MARGIN;
      if (header) {
        content.setNonStrokingColor(0.88f, 0.88f, 0.88f);
        content.addRect(MARGIN, y - height, WIDTH, height);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
      }
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        PDType0Font font = header ? bold : regular;
        float size = header ? HEADER_SIZE : SIZE;
        List<String> lines = wrap(ReportTables.text(value, table.signedColumns().contains(c)), font, size,
            widths[c] - 2 * PAD);
        float lineY = y - PAD - SIZE;
        for (String line : lines) {
          float textX = x + PAD;
          if (value instanceof Long) {
            textX = x + widths[c] - PAD - font.getStringWidth(line) / 1000 * size;
          }
          show(line, font, size, textX, lineY);
          lineY -= LEADING;
        }
        content.setLineWidth(0.5f);
        content.addRect(x, y - height, widths[c], height);
        content.stroke();
        x += widths[c];
      }
      y -= height;
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN + 20) {
        newPage();
      }
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private static float[] columnWidths(float[] relative) {
      float total = 0;
      for (float w : relative) {
        total += w;
      }
      float[] widths = new float[relative.length];
      for (int i = 0; i < relative.length; i++) {
        widths[i] = WIDTH * relative[i] / total;
      }
      return widths;
    }

    /** Page numbers "Trang 1/2" once the page count is known. */
    void finish() throws IOException {
      content.close();
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
            PDPageContentStream.AppendMode.APPEND, true)) {
          String text = "Trang " + (i + 1) + "/" + pages.size();
          footer.beginText();
          footer.setFont(regular, 8);
          footer.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(text) / 1000 * 8, MARGIN - 20);
          footer.showText(text);
          footer.endText();
        }
      }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : nfc(text).split("\n")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
            lines.add(line.toString());
            line = new StringBuilder(word);
          } else {
            line = new StringBuilder(candidate);
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
