package org.guwah.web.attachments;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.attachments.Attachment;
import org.guwah.store.attachments.AttachmentDamagedException;
import org.guwah.store.attachments.AttachmentRejectedException;
import org.guwah.store.attachments.AttachmentUpload;
import org.guwah.store.attachments.MediaType;
import org.guwah.core.validation.ValidationException;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiCall;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ApiParam;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.BodyType;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.multipart.MultipartReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attachment API under {@code /api/v1}:
 *
 * <ul>
 *   <li>{@code POST /{kind}/{id}/attachments} (documenters; {@code persons}, {@code sources},
 *       {@code incidents}, {@code detentions}, {@code relationships}): a {@code
 *       multipart/form-data} form with an optional {@code caption} and the {@code file} as its last
 *       part; 201 with the stored attachment. 413 {@code too_large} past the limit (at once when
 *       {@code Content-Length} says so), 415 {@code unsupported_media_type} for a type that is not
 *       accepted or a declared type that is not the content's, 400 for an empty or malformed file or
 *       form; nothing is stored then.
 *   <li>{@code GET /{kind}/{id}/attachments}: the record's attachments.
 *   <li>{@code GET /attachments/{id}}, {@code GET /attachments/{id}/content} (the file, as {@code
 *       attachment}), {@code DELETE /attachments/{id}} (documenters).
 * </ul>
 *
 * Rules and audit are {@link AttachmentDesk}'s.
 */
public final class AttachmentRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(AttachmentRoutes.class);
  private static final String BASE = "/api/v1";
  /** Reading attachments; what each role gets is decided per record. */
  static final Access READ = Access.roles(Role.DOCUMENTER, Role.ANALYST, Role.PUBLISHER, Role.PARTNER);
  /** Uploading and deleting. */
  static final Access WRITE = Access.roles(Role.DOCUMENTER);
  /** Path segment and record kind of each kind of record that takes attachments. */
  private static final List<List<String>> KINDS = List.of(
      List.of("persons", "person"), List.of("sources", "source"), List.of("incidents", "incident"),
      List.of("detentions", "detention"), List.of("relationships", "relationship"));

  private final AttachmentDesk desk;

  private AttachmentRoutes(AttachmentDesk desk) {
    this.desk = desk;
  }

  /** Every attachment route over {@code desk}. */
  public static List<ApiRoute> of(AttachmentDesk desk) {
    AttachmentRoutes r = new AttachmentRoutes(desk);
    List<ApiRoute> routes = new ArrayList<>();
    long limit = desk.store().maxSize();
    BodyType form = BodyType.multipart(AttachmentDesk.FILE,
        "The file, last part of the form: JPEG, PNG, WebP, GIF, PDF, UTF-8 text, Ogg, MP3, M4A or WAV, at most "
            + limit + " bytes. Its type is detected from its bytes; a part Content-Type that names another type is"
            + " refused. Image metadata (EXIF, GPS, XMP, comments) is removed before storing; the SHA-256 of the"
            + " file as sent is kept.",
        List.of(new ApiParam(AttachmentDesk.CAPTION, org.guwah.web.api.ParamType.STRING,
            "A caption (identity data: stored sealed).", List.of(), null, null, null, AttachmentUpload.MAX_CAPTION,
            null)));
    for (List<String> k : KINDS) {
      String plural = k.get(0);
      String kind = k.get(1);
      String upper = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
      ApiParam id = ApiParam.uuid("id", upper + " id");
      routes.add(ApiRoute.post(BASE + "/" + plural + "/{id}/attachments").operationId("upload" + upper + "Attachment")
          .tag("attachments").access(WRITE).pathParam(id)
          .summary("Attach a file to a " + kind + " (multipart/form-data; streamed, stored encrypted)")
          .requestBody(form).response(AttachmentView.class).status(201)
          .handler(call -> r.upload(call, kind)));
      routes.add(ApiRoute.get(BASE + "/" + plural + "/{id}/attachments").operationId("list" + upper + "Attachments")
          .tag("attachments").access(READ).pathParam(id)
          .summary("The files attached to a " + kind + " (hashes and names only for readers who see it in full)")
          .responseList(AttachmentView.class)
          .handler(call -> {
            try {
              return desk.list(call.requireSession(), kind, call.pathUuid("id"));
            } catch (AttachmentDamagedException e) {
              throw damaged(e);
            }
          }));
    }
    ApiParam attachmentId = ApiParam.uuid("id", "Attachment id");
    routes.add(ApiRoute.get(BASE + "/attachments/{id}").operationId("getAttachment").tag("attachments").access(READ)
        .summary("One attachment's description (hashes and names only for readers who see its record in full)")
        .pathParam(attachmentId).response(AttachmentView.class)
        .handler(call -> {
          try {
            return desk.get(call.requireSession(), call.pathUuid("id"));
          } catch (AttachmentDamagedException e) {
            throw damaged(e);
          }
        }));
    routes.add(ApiRoute.get(BASE + "/attachments/{id}/content").operationId("downloadAttachment").tag("attachments")
        .access(READ).pathParam(attachmentId)
        .summary("The file (as an attachment; for readers who see its record in full; audited)")
        .response(BodyType.binary(Arrays.stream(MediaType.values()).map(MediaType::contentType)
            .toArray(String[]::new)))
        .status(200)
        .handler(r::download));
    routes.add(ApiRoute.delete(BASE + "/attachments/{id}").operationId("deleteAttachment").tag("attachments")
        .access(WRITE).pathParam(attachmentId)
        .summary("Delete an attachment and its content (audited)")
        .handler(call -> {
          try {
            desk.delete(call.requireSession(), call.pathUuid("id"));
          } catch (AttachmentDamagedException e) {
            throw damaged(e);
          }
          return null;
        }));
    return List.copyOf(routes);
  }

  private AttachmentView upload(ApiCall call, String kind) {
    Session session = call.requireSession();
    UUID recordId = call.pathUuid("id");
    Context ctx = call.context();
    String encoding = ctx.header("Content-Encoding");
    String boundary = MultipartReader.boundary(ctx.contentType()).orElse(null);
    if (boundary == null || encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
      throw Refusal.notMultipart().toApi();
    }
    try {
      if (ctx.req().getContentLengthLong() > desk.maxFormBytes()) {
        throw Refusal.tooLarge(desk.store().maxSize()).toApi();
      }
      desk.requireWritable(session, kind, recordId);
      MultipartReader reader = MultipartReader.of(ctx.req().getInputStream(), boundary, desk.maxFormBytes());
      UploadForm form = UploadForm.read(reader, Set.of(AttachmentDesk.CAPTION));
      String caption = form.fields().get(AttachmentDesk.CAPTION);
      Attachment stored = desk.upload(session, kind, recordId, caption, form.file(), reader);
      call.header("Location", BASE + "/attachments/" + stored.id());
      return AttachmentDesk.uploaded(stored, UploadForm.fileName(form.file()), caption);
    } catch (IOException | AttachmentRejectedException | ValidationException e) {
      BodyDrain.discardRest(ctx, desk.maxFormBytes());
      throw Refusal.of(e, desk.store().maxSize()).orElseThrow().toApi();
    } catch (ApiException e) {
      BodyDrain.discardRest(ctx, desk.maxFormBytes());
      throw e;
    }
  }

  private Object download(ApiCall call) {
    UUID id = call.pathUuid("id");
    AttachmentDesk.Download download;
    try {
      download = desk.download(call.requireSession(), id);
      DownloadResponse.send(call.context(), desk, download);
    } catch (AttachmentDamagedException e) {
      throw damaged(e);
    } catch (IOException e) {
      // the client went away while the file was being sent; nothing to answer
      LOG.info("download of attachment {} ended early ({})", id, e.getClass().getSimpleName());
    }
    return null;
  }

  /** The answer to a damaged attachment (logged with its id and what failed: no content). */
  static ApiException damaged(AttachmentDamagedException e) {
    LOG.error("{}", e.getMessage());
    return new ApiException(ErrorCode.DAMAGED, "The attachment is damaged: it failed its integrity check, so"
        + " nothing of it was sent. Restore it from a backup.", Map.of());
  }

  @Override
  public String toString() {
    return "AttachmentRoutes";
  }
}
