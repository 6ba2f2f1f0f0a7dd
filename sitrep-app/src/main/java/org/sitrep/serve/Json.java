package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Rendering answers and parsing path ids, the same way for every route. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  private Json() {}

  static void send(Context ctx, int status, JsonNode body) {
    send(ctx, status, bytes(body));
  }

  /** {@code json}: a whole JSON document in UTF-8. */
  static void send(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json);
  }

  static byte[] bytes(JsonNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }

  static void error(Context ctx, int status, String message) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("error", message);
    send(ctx, status, n);
  }

  /**
   * A row id from the path: digits only, else a 400 (an id that is not stored is the handler's 404). {@code what}
   * names it with its article: "an incident".
   */
  static long id(String value, String what) {
    if (!ID.matcher(value).matches()) {
      throw ApiException.badRequest("'" + IncidentFilters.shown(value) + "' is not " + what + " id (a number)");
    }
    return Long.parseLong(value);
  }
}
