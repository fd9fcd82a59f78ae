package vn.danvan.workflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for benchmarks: Basic auth, JSON, status checked. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  String get(String user, String password, String path) {
    return send(request(user, password, path).GET().build());
  }

  String post(String user, String password, String path, String json) {
    return send(request(user, password, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
  }

  String postHal(String user, String password, String path, String json) {
    return send(request(user, password, path).header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private HttpRequest.Builder request(String user, String password, String path) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + token);
  }

  private static String send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " -> " + response.statusCode()
            + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
