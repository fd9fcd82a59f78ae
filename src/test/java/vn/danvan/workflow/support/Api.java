package vn.danvan.workflow.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running service over HTTP as one of the demo users. */
public final class Api {

  public static final String PASSWORD = "Demo-Test-Pass-2026";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };

  private final TestRestTemplate rest;

  private Api(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static Api as(TestRestTemplate rest, String user) {
    return new Api(rest.withBasicAuth(user, PASSWORD));
  }

  public static Api as(TestRestTemplate rest, String user, String password) {
    return new Api(rest.withBasicAuth(user, password));
  }

  public static Api anonymous(TestRestTemplate rest) {
    return new Api(rest);
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return rest.exchange(path, HttpMethod.GET, null, MAP);
  }

  /** A GET whose body is kept as sent (text, or a problem as its JSON), to compare two answers as they are. */
  public ResponseEntity<String> raw(String path) {
    return rest.exchange(path, HttpMethod.GET, null, String.class);
  }

  public HttpStatusCode status(String path) {
    return rest.exchange(path, HttpMethod.GET, null, String.class).getStatusCode();
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return rest.exchange(path, HttpMethod.GET, null, LIST);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return rest.exchange(path, HttpMethod.POST, json(body, null), MAP);
  }

  /** A POST answered in HAL, as Tasklist asks engine-rest for a filter's tasks with their variables. */
  public ResponseEntity<Map<String, Object>> postHal(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
  }

  public ResponseEntity<Map<String, Object>> postRaw(String path, String body, String language) {
    return rest.exchange(path, HttpMethod.POST, json(body, language), MAP);
  }

  /** A multipart upload of one file (field "file") with other form fields. */
  public ResponseEntity<Map<String, Object>> upload(String path, String fileName, byte[] content,
      Map<String, String> fields) {
    org.springframework.util.MultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    fields.forEach(body::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
  }

  public ResponseEntity<byte[]> download(String path) {
    return rest.exchange(path, HttpMethod.GET, null, byte[].class);
  }

  private static HttpEntity<Object> json(Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return new HttpEntity<>(body, headers);
  }

  /** A complete, valid registration for the given unit. */
  public static Map<String, Object> registration(String unitId, String name) {
    return new java.util.HashMap<>(Map.ofEntries(
        Map.entry("kind", "MODEL"), Map.entry("name", name), Map.entry("unitId", unitId),
        Map.entry("field", "ECONOMY"), Map.entry("year", 2026),
        Map.entry("situation", "Nhiều hộ còn e ngại dồn điền đổi thửa"),
        Map.entry("goals", "90% số hộ đồng thuận; tiêu chí: số hộ ký cam kết"),
        Map.entry("content", "Cán bộ đến từng nhà; họp thôn; làm mẫu ruộng"),
        Map.entry("area", "Thôn Hạ, 120 hộ nông dân"),
        Map.entry("forces", "Chủ trì: chi bộ; phối hợp: Hội Nông dân; tham gia: các hộ"),
        Map.entry("resources", "50 triệu đồng, 300 ngày công"),
        Map.entry("timeline", "Bắt đầu 3/2026; đánh giá 12/2026"),
        Map.entry("outputs", "Biên bản đồng thuận của 108 hộ"),
        Map.entry("sustainability", "Nhân rộng ra 5 thôn còn lại")));
  }
}
