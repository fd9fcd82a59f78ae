package vn.danvan.workflow.process;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A diagram's texts: wrapped to a width at word boundaries (the server has no fonts to measure, so a glyph's width
 * is estimated from its letter without accents: Vietnamese marks do not widen a letter) and escaped for XML.
 */
final class LabelText {

  private LabelText() {
  }

  /** The lines of {@code text} no wider than {@code width} (a longer single word keeps a line of its own). */
  static List<String> wrap(String text, double width, double fontSize) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        if (!line.isEmpty() && width(line + " " + word, fontSize) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.isEmpty() ? "" : " ").append(word);
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** An estimate of the width of {@code text} in a sans-serif font of {@code fontSize} pixels. */
  static double width(String text, double fontSize) {
    String bare = Normalizer.normalize(text, Normalizer.Form.NFD);
    double em = 0;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      em += c == ' ' || "iljI.,:;'|!".indexOf(c) >= 0 ? 0.27
          : "ftr()[]-\"/".indexOf(c) >= 0 ? 0.34
          : "mwMW".indexOf(c) >= 0 ? 0.85
          : Character.isUpperCase(c) ? 0.68
          : 0.56;
    }
    return em * fontSize;
  }

  /** Appends {@code text} escaped for XML text and attributes; characters XML cannot hold become spaces. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
              || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
          out.append(allowed ? c : ' ');
        }
      }
    }
  }
}
