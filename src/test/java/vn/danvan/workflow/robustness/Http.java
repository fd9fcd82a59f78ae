package vn.danvan.workflow.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.danvan.workflow.support.Api;

/** Raw HTTP to the running service: any bytes, any header, as a demo user; the answer as it came. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  Http(int port) {
    this.port = port;
  }

  record Answer(int status, String contentType, String body) {

    boolean isProblemJson() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }

  Answer send(String method, String path, String user, String contentType, byte[] body) {
    return send(request(method, path, user, contentType,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer postJson(String path, String user, String json) {
    return send("POST", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Without Content-Length: the body goes chunked, its size unknown until it ends. */
  Answer postChunked(String path, String user, String contentType, Supplier<InputStream> body) {
    return send(request("POST", path, user, contentType, HttpRequest.BodyPublishers.ofInputStream(body)));
  }

  /**
   * Announces a body of the given length and sends none of it: only a server that answers from the headers
   * alone answers at all (else this times out waiting). With Expect: 100-continue, as curl sends a large body,
   * the first answer tells whether the client would have been asked for the body (100) or not.
   */
  Answer announceOnly(String path, String user, String contentType, long contentLength, boolean expectContinue) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000); // generous: CI machines are shared
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + basic(user)
          + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n"
          + (expectContinue ? "Expect: 100-continue\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** multipart/form-data as Modeler sends a deployment: fields, then files (name to content). */
  static Multipart multipart(Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "----danvan" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    int n = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data" + n++ + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  record Multipart(String contentType, byte[] body) {
  }

  private HttpRequest request(String method, String path, String user, String contentType,
      HttpRequest.BodyPublisher body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .method(method, body);
    if (user != null) {
      builder.header("Authorization", basic(user));
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder.build();
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Until the answer is whole (the server may keep the connection open to drain what was announced). */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while (!whole(received.toByteArray()) && (n = in.read(buffer)) > 0) {
      received.write(buffer, 0, n);
    }
    return received.toByteArray();
  }

  private static boolean whole(byte[] raw) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (end < 0) {
      return false;
    }
    String head = new String(raw, 0, end, StandardCharsets.US_ASCII).toLowerCase();
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
    if (length.find()) {
      return raw.length - end - 4 >= Integer.parseInt(length.group(1));
    }
    return indexOf(raw, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), end) >= 0;
  }

  /** A whole HTTP/1.1 response (status line, headers, body as sent, chunked or not). */
  private static Answer parse(byte[] raw) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (end < 0) {
      throw new AssertionError("No HTTP answer: " + new String(raw, StandardCharsets.UTF_8));
    }
    String[] head = new String(raw, 0, end, StandardCharsets.US_ASCII).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(head[i].substring(0, colon).trim().toLowerCase(), head[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers.get("content-type"),
        new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, crlf, at);
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    for (int i = from; i <= data.length - pattern.length; i++) {
      if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    return -1;
  }
}
