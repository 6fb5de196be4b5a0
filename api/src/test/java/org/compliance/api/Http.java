package org.compliance.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the integration tests: Basic auth, JSON in and out. */
public final class Http {

  /** A response: status, headers and the body parsed as JSON (null when empty or not JSON). */
  public record Response(int status, HttpResponse<byte[]> raw, JsonNode json) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return status + " " + new String(raw.body(), StandardCharsets.UTF_8);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final Map<String, String> passwords;

  public Http(int port, Map<String, String> passwords) {
    this.base = "http://localhost:" + port;
    this.passwords = passwords;
  }

  public Response get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  public Response get(String path, String user, Map<String, String> headers) {
    HttpRequest.Builder b = request(path, user).GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  /** Any method without a body (PUT, DELETE, ...), for the refusals of unsupported methods. */
  public Response method(String method, String path, String user) {
    return send(request(path, user).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  public Response post(String path, String user, String body) {
    return post(path, user, body, "application/json", Map.of());
  }

  public Response post(
      String path, String user, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path, user)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    headers.forEach(b::header);
    return send(b.build());
  }

  public Response put(String path, String user, String body) {
    return send(
        request(path, user)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build());
  }

  public Response put(String path, String user, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path, user)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    headers.forEach(b::header);
    return send(b.build());
  }

  public Response post(String path, String user, byte[] body, String contentType) {
    return send(
        request(path, user)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType)
            .build());
  }

  /** A JSON body sent without Content-Length (chunked), as streaming clients send it. */
  public Response postChunked(String path, String user, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        request(path, user)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes)))
            .header("Content-Type", "application/json")
            .build());
  }

  /** A multipart/form-data upload of one file, as a browser form or curl -F sends it. */
  public Response upload(String path, String user, String field, String fileName, byte[] content) {
    return upload(path, user, field, fileName, content, Map.of());
  }

  /** As {@link #upload(String, String, String, String, byte[])}, with more request headers. */
  public Response upload(
      String path,
      String user,
      String field,
      String fileName,
      byte[] content,
      Map<String, String> headers) {
    String boundary = "----compliance" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        request(path, user)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    headers.forEach(b::header);
    return send(b.build());
  }

  /** The absolute address of a path on this server, as Location headers name it. */
  public String url(String path) {
    return base + path;
  }

  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
            .timeout(Duration.ofSeconds(300));
    if (user != null) {
      String token = user + ":" + passwords.get(user);
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode node = null;
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.body().length > 0 && type.contains("json")) {
        node = JSON.readTree(r.body());
      }
      return new Response(r.statusCode(), r, node);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
