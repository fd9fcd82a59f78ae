package vn.danvan.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser for the portal's page tests: keeps the session cookie, follows no redirect, sends
 * the CSRF token of the last page it read with each form it posts, as a real form does.
 */
public final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|"
      + "<meta name=\"_csrf\" content=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String csrf;

  public PortalSession(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A new session signed in as a demo user (the login form, with its CSRF token). */
  public static PortalSession signedIn(int port, String user) {
    PortalSession session = new PortalSession(port);
    session.get("/dang-nhap");
    HttpResponse<String> login = session.post("/dang-nhap", Map.of("username", user, "password", Api.PASSWORD));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("loi")) {
      throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " "
          + login.headers().firstValue("Location").orElse(""));
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    remember(response.body());
    return response;
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    if (csrf != null) {
      form.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, form);
  }

  /** A multipart form (fields and files: name → (file name, bytes)) with the page's CSRF token, as a browser sends it. */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields,
      java.util.List<java.util.Map.Entry<String, java.util.Map.Entry<String, byte[]>>> files, boolean htmx) {
    String boundary = "----portal" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    for (var file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
          + "\"; filename=\"" + file.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue().getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (htmx) {
      request.header("HX-Request", "true");
    }
    HttpResponse<String> response = send(request);
    remember(response.body());
    return response;
  }

  /** A form posted exactly as given (no CSRF token unless it is among the fields). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    remember(response.body());
    return response;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request with the session's cookie whose body is read as the handler says (e.g. a download's bytes). */
  public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  public void forgetSession() {
    cookies.getCookieStore().removeAll();
  }

  public String csrf() {
    return csrf;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private void remember(String body) {
    if (body == null) {
      return;
    }
    Matcher matcher = CSRF.matcher(body);
    if (matcher.find()) {
      csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static Map<String, String> headers(HttpResponse<?> response) {
    Map<String, String> all = new LinkedHashMap<>();
    response.headers().map().forEach((k, v) -> all.put(k.toLowerCase(), String.join(", ", v)));
    return all;
  }
}
