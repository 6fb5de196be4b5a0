package org.compliance.api.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity of a request body for idempotency (and, through {@link #sha256}, of an item's
 * duplicate key): SHA-256 of its canonical JSON (object keys sorted, lists of plain values sorted),
 * so it does not depend on a set's iteration order, which differs from one run of the service to
 * the next.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(JsonMapper json, Object value) {
    JsonNode canonical = canonical(json, json.valueToTree(value));
    return sha256(json.writeValueAsString(canonical));
  }

  /** SHA-256 of the text (UTF-8), in hex. */
  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode canonical(JsonMapper json, JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      for (var e : node.properties()) {
        if (!e.getValue().isNull()) {
          sorted.put(e.getKey(), canonical(json, e.getValue()));
        }
      }
      ObjectNode out = json.createObjectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(n -> items.add(canonical(json, n)));
      if (items.stream().allMatch(JsonNode::isValueNode)) {
        items.sort(Comparator.comparing(JsonNode::toString));
      }
      ArrayNode out = json.createArrayNode();
      items.forEach(out::add);
      return out;
    }
    return node;
  }
}
