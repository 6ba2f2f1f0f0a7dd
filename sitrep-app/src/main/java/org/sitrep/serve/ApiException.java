package org.sitrep.serve;

/**
 * An answer other than 2xx that the client caused or can act on: its HTTP status and a message that goes out as
 * {@code {"error": "..."}}. Messages say what was wrong with the request and never carry stack traces, SQL or paths.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
    this.status = status;
  }

  int status() { return status; }

  static ApiException badRequest(String message) { return new ApiException(400, message); }

  static ApiException notFound(String message) { return new ApiException(404, message); }
}
