package org.guwah.web.multipart;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;

/**
 * Limits for Jetty's own multipart parser, which Javalin runs when a handler asks a {@code
 * multipart/form-data} request for its form fields or uploaded files. Guwah reads uploads only
 * through {@link MultipartReader}; the servlet parser would keep larger parts in temporary files,
 * in clear. With these limits a part larger than {@value #MAX_PART_BYTES} bytes, or a body larger
 * than {@value #MAX_BODY_BYTES}, fails before anything is written to disk (the in-memory threshold
 * lies above the part limit).
 */
public final class ServletMultipartLimits {
  /** Largest part the servlet parser accepts. */
  public static final int MAX_PART_BYTES = 64 * 1024;
  /** Largest multipart body the servlet parser accepts. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  private ServletMultipartLimits() {}

  /** Applies the limits to {@code config}. */
  public static void apply(JavalinConfig config) {
    config.jetty.multipartConfig.maxFileSize(MAX_PART_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(2 * MAX_PART_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
  }
}
