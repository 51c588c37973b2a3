package org.guwah.web.attachments;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.accounts.Session;
import org.guwah.store.attachments.AttachmentDamagedException;
import org.guwah.store.attachments.AttachmentRejectedException;
import org.guwah.web.api.ApiException;
import org.guwah.web.multipart.MultipartReader;
import org.guwah.web.pages.PageCall;
import org.guwah.web.pages.PageResult;
import org.guwah.web.pages.PageRoute;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's attachment pages; the case page lists each record's files and shows an upload
 * form beside each record the documenter may write ({@code attachments.jte}):
 *
 * <ul>
 *   <li>{@code POST /persons/{id}/attachments} ({@link PageRoute#upload}): the upload form of a
 *       record on person {@code id}'s case page: {@code _csrf} first, then {@code record} ({@code
 *       kind:uuid}), an optional {@code caption}, and the {@code file} last. Success redirects to
 *       the record on the case page; a refusal answers its status (413, 415, 400) with a page
 *       saying why and that nothing was stored.
 *   <li>{@code GET /attachments/{id}}: the file, as a download (same rules and headers as the API;
 *       a damaged file answers a 500 page saying so).
 *   <li>{@code POST /attachments/{id}/delete}: deletes it, back to the case page.
 * </ul>
 */
public final class AttachmentPages {
  private static final String RECORD = "record";

  private final AttachmentDesk desk;

  private AttachmentPages(AttachmentDesk desk) {
    this.desk = desk;
  }

  /** The attachment page routes over {@code desk}. */
  public static List<PageRoute> of(AttachmentDesk desk) {
    AttachmentPages p = new AttachmentPages(desk);
    return List.of(
        PageRoute.upload("page:uploadAttachment", "/persons/{id}/attachments", AttachmentRoutes.WRITE, p::upload),
        PageRoute.get("page:attachment", "/attachments/{id}", AttachmentRoutes.READ, p::download),
        PageRoute.post("page:deleteAttachment", "/attachments/{id}/delete", AttachmentRoutes.WRITE, p::delete));
  }

  private PageResult upload(PageCall call) {
    Session session = call.requireSession();
    UUID personId = call.pathUuid("id");
    String back = "/persons/" + personId;
    MultipartReader form = call.multipart();
    if (form == null) {
      return refused(call, Refusal.notMultipart(), back);
    }
    if (call.context().req().getContentLengthLong() > desk.maxFormBytes()) {
      return refused(call, Refusal.tooLarge(desk.store().maxSize()), back);
    }
    try {
      desk.requireWritable(session, "person", personId);
    } catch (ApiException e) {
      BodyDrain.discardRest(call.context(), desk.maxFormBytes());
      throw e;
    }
    form.maxBytes(desk.maxFormBytes());
    try {
      UploadForm fields = UploadForm.read(form, Set.of(RECORD, AttachmentDesk.CAPTION));
      Target target = Target.parse(fields.fields().get(RECORD), personId);
      desk.requireWritable(session, target.kind(), target.id());
      desk.upload(session, target.kind(), target.id(), fields.fields().get(AttachmentDesk.CAPTION), fields.file(),
          form);
      return PageResult.redirect(back + "#attachments-" + target.id());
    } catch (IOException | AttachmentRejectedException | ValidationException e) {
      return refused(call, Refusal.of(e, desk.store().maxSize()).orElseThrow(), back);
    } catch (ApiException e) {
      BodyDrain.discardRest(call.context(), desk.maxFormBytes());
      throw e;
    }
  }

  private PageResult download(PageCall call) {
    UUID id = call.pathUuid("id");
    try {
      AttachmentDesk.Download download = desk.download(call.requireSession(), id);
      DownloadResponse.send(call.context(), desk, download);
    } catch (AttachmentDamagedException e) {
      AttachmentRoutes.damaged(e);
      return PageResult.renderWithStatus(500, "attachment-refused.jte", "message", call.t().get("attach.damaged"),
          "detail", "", "back", "/cases");
    } catch (IOException e) {
      // the client went away while the file was being sent
    }
    return PageResult.none();
  }

  private PageResult delete(PageCall call) {
    desk.delete(call.requireSession(), call.pathUuid("id"));
    UUID person = uuid(call.form("person"));
    return PageResult.redirect(person == null ? "/cases" : "/persons/" + person + "#attachments");
  }

  private PageResult refused(PageCall call, Refusal refusal, String back) {
    BodyDrain.discardRest(call.context(), desk.maxFormBytes());
    return PageResult.renderWithStatus(refusal.status(), "attachment-refused.jte",
        "message", call.t().get(refusal.messageKey()), "detail", refusal.detail(), "back", back);
  }

  private static @Nullable UUID uuid(@Nullable String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The record an upload form names: {@code kind:uuid}; the person itself when absent. */
  record Target(String kind, UUID id) {
    static Target parse(@Nullable String value, UUID person) {
      if (value == null) {
        return new Target("person", person);
      }
      int colon = value.indexOf(':');
      UUID id = colon < 0 ? null : uuid(value.substring(colon + 1));
      String kind = colon < 0 ? "" : value.substring(0, colon);
      if (id == null || !org.guwah.store.attachments.AttachmentStore.RECORD_KINDS.contains(kind)) {
        throw ValidationException.of(RECORD, "is not a record of this case");
      }
      return new Target(kind, id);
    }
  }

  @Override
  public String toString() {
    return "AttachmentPages";
  }
}
