package vn.danvan.workflow.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person signed in to the portal as a browser is: the login form with its CSRF token, then the session cookie. */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  PortalSession(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    String form = send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).GET().build()).body();
    Matcher token = CSRF.matcher(form);
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on the login page");
    }
    String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    String to = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || to.contains("error") || to.contains("dang-nhap")) {
      throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " -> " + to);
    }
  }

  /** The page's HTML; anything but 200 is an error (a redirect to the login page included). */
  String page(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " -> " + response.statusCode());
    }
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
