package vn.danvan.workflow.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: lower case, without diacritics, đ as d ("Dồn Điền" → "don dien"), so an official
 * typing without Vietnamese accents still finds the model. Stored beside model and unit names ({@code search_text}).
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {
  }

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The words of what was typed, each as {@link #of}; at most {@code max} (the rest are ignored). */
  public static List<String> words(String typed, int max) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(SPACES.split(of(typed).strip())).filter(w -> !w.isEmpty()).distinct().limit(max).toList();
  }
}
