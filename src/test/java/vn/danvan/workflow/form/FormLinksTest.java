package vn.danvan.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A form's links lead to portal pages (the model page's evidence, a report): never to /api/, which a browser's
 * session does not open (the API asks for HTTP Basic, Tasklist's or the portal's login does not count).
 */
class FormLinksTest {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

  @Test
  void noFormLinksToTheApi() throws IOException {
    List<String> links;
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      links = forms.filter(p -> p.toString().endsWith(".form")).sorted().flatMap(FormLinksTest::links).toList();
    }
    assertThat(links).isNotEmpty().noneMatch(link -> link.contains("/api/"))
        .contains("self-assess-model.form: /mo-hinh/{{modelId}}#evidence");
  }

  private static Stream<String> links(Path form) {
    try {
      Matcher matcher = LINK.matcher(Files.readString(form));
      return matcher.results().map(m -> form.getFileName() + ": " + m.group(1)).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
