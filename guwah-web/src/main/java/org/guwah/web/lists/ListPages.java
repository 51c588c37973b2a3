package org.guwah.web.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.guwah.analysis.linkage.LinkProgress;
import org.guwah.core.people.Person;
import org.guwah.forms.tables.ListFileException;
import org.guwah.forms.tables.ListFileProblem;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.cases.Shown;
import org.guwah.store.lists.LinkStatus;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListKind;
import org.guwah.store.lists.ListNotFoundException;
import org.guwah.store.lists.ListRow;
import org.guwah.store.lists.ListStore;
import org.guwah.store.lists.Proposal;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.multipart.MalformedMultipartException;
import org.guwah.web.multipart.MultipartPart;
import org.guwah.web.multipart.MultipartReader;
import org.guwah.web.multipart.MultipartTooLargeException;
import org.guwah.web.pages.PageCall;
import org.guwah.web.pages.PageResult;
import org.guwah.web.pages.PageRoute;
import org.jspecify.annotations.Nullable;

/**
 * The list pages of documenters: upload a list (CSV or XLSX; refused whole with row and column
 * problems, or stored whole and linked), read a list's rows (audited), link it again, and work
 * through the review queue of proposed matches (confirm, reject, unsure; each decision audited and
 * remembered for the same row content).
 *
 * <p>Who sees what: list rows are reference material shared by the documenters (a leaked list is
 * not one documenter's case), so every documenter may read them, audited; a proposal is shown only
 * to a documenter who may read its person in full, so the queue never reveals another documenter's
 * case.
 */
final class ListPages {
  static final Access DOCUMENTER = Access.roles(Role.DOCUMENTER);
  static final int ROWS_PER_PAGE = 50;
  static final int QUEUE_PAGE = 20;
  private static final int QUEUE_SCAN = 500;

  private final ListStore lists;
  private final ListImport imports;
  private final CaseDesk desk;

  private ListPages(ListStore lists, ListImport imports, CaseDesk desk) {
    this.lists = lists;
    this.imports = imports;
    this.desk = desk;
  }

  static List<PageRoute> of(ListStore lists, ListImport imports, CaseDesk desk) {
    ListPages p = new ListPages(lists, imports, desk);
    return List.of(
        PageRoute.get("page:lists", "/lists", DOCUMENTER, call -> p.index(call, 200, "", List.of())),
        PageRoute.upload("page:uploadList", "/lists", DOCUMENTER, p::upload),
        PageRoute.get("page:list", "/lists/{id}", DOCUMENTER, call -> p.detail(call, call.pathUuid("id"), null)),
        PageRoute.post("page:linkList", "/lists/{id}/link", DOCUMENTER, p::relink),
        PageRoute.get("page:review", "/review", DOCUMENTER, p::queue),
        PageRoute.post("page:decideMatch", "/review/{id}", DOCUMENTER, p::decide));
  }

  // --- lists ---------------------------------------------------------------------------------

  private PageResult index(PageCall call, int status, String message, List<ListFileProblem> problems) {
    return PageResult.renderWithStatus(status, "lists.jte", "lists", lists.lists(), "kinds", List.of(ListKind.values()),
        "message", message, "problems", problems);
  }

  private PageResult upload(PageCall call) throws IOException {
    MultipartReader body = call.multipart();
    if (body == null) {
      return index(call, 400, call.t().get("list.noFile"), List.of());
    }
    long max = imports.limits().maxBytes();
    body.maxBytes(max + 64 * 1024);
    byte[] bytes = null;
    String fileName = "";
    String title = "";
    String kindCode = "";
    try {
      for (MultipartPart part = body.next(); part != null; part = body.next()) {
        if (part.name().equals("file") && part.isFile() && bytes == null) {
          fileName = Objects.requireNonNullElse(part.fileName(), "");
          try (InputStream in = part.body()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
          }
        } else if (part.name().equals("title") && !part.isFile()) {
          title = part.text(4 * 300).strip();
        } else if (part.name().equals("kind") && !part.isFile()) {
          kindCode = part.text(64).strip();
        }
      }
    } catch (MultipartTooLargeException e) {
      return index(call, 413, call.t().get("list.tooLarge"), List.of());
    } catch (MalformedMultipartException e) {
      return index(call, 400, call.t().get("list.noFile"), List.of());
    }
    if (bytes == null || bytes.length == 0) {
      return index(call, 400, call.t().get("list.noFile"), List.of());
    }
    if (bytes.length > max) {
      return index(call, 413, call.t().get("list.tooLarge"), List.of());
    }
    if (title.isEmpty()) {
      title = fileName.isBlank() ? call.t().get("list.untitled") : fileName;
    }
    if (title.length() > 300 || fileName.length() > 1000) {
      return index(call, 400, call.t().get("list.titleTooLong"), List.of());
    }
    Optional<ListKind> kind = ListKind.fromCode(kindCode.isEmpty() ? "other" : kindCode);
    if (kind.isEmpty()) {
      return index(call, 400, call.t().get("list.badKind"), List.of());
    }
    Session session = call.requireSession();
    ListImport.Imported imported;
    try {
      imported = imports.importFile(new ByteArrayInputStream(bytes), fileName, title, kind.get(), session.accountId(),
          AuditEntry.account(session.accountId()), LinkProgress.NONE);
    } catch (ListFileException e) {
      return index(call, 400, call.t().get("list.refused"), e.problems());
    } catch (ListImport.NoLinkableColumnException e) {
      return index(call, 400, call.t().get("list.noLinkableColumn"), List.of());
    }
    return detailView(call, imported.list(), 0, imported.warnings(), imported.linked(), imported.linked() == null);
  }

  private PageResult detail(PageCall call, UUID id, ListLinking.@Nullable Outcome outcome) {
    ListInfo list = lists.get(id).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    int page = 0;
    String p = call.query("page");
    if (p != null) {
      try {
        page = Math.max(0, Math.min(1_000_000, Integer.parseInt(p.strip())));
      } catch (NumberFormatException e) {
        page = 0;
      }
    }
    return detailView(call, list, page, List.of(), outcome, false);
  }

  private PageResult detailView(PageCall call, ListInfo list, int page, List<ListFileProblem> warnings,
      ListLinking.@Nullable Outcome outcome, boolean linkFailed) {
    Session session = call.requireSession();
    List<ListRow> rows = lists.rows(list.id(), page * ROWS_PER_PAGE, ROWS_PER_PAGE);
    if (!rows.isEmpty()) {
      desk.audit().append(CaseDesk.entry(session, AuditAction.READ_IDENTITY, ListStore.ROWS)
          .withRecords(rows.stream().map(ListRow::id).toList()));
    }
    int pages = Math.max(1, (list.rowCount() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    return PageResult.render("list.jte", "v", new ListView(list, rows, page, pages, warnings, outcome, linkFailed));
  }

  private PageResult relink(PageCall call) {
    Session session = call.requireSession();
    ListInfo list = lists.get(call.pathUuid("id")).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    ListLinking.Outcome outcome = imports.relink(list, AuditEntry.account(session.accountId()), LinkProgress.NONE);
    return detail(call, list.id(), outcome);
  }

  // --- review queue --------------------------------------------------------------------------

  private PageResult queue(PageCall call) {
    Session session = call.requireSession();
    List<ReviewItem> items = new ArrayList<>();
    int offset = 0;
    while (items.size() < QUEUE_PAGE) {
      List<Proposal> batch = lists.queue(offset, QUEUE_SCAN);
      for (Proposal p : batch) {
        Optional<Shown<Person>> person = desk.get(session, desk.store().persons(), p.personId());
        if (person.isPresent() && person.get().full()) {
          items.add(new ReviewItem(p, person.get(), null, null));
          if (items.size() == QUEUE_PAGE) {
            break;
          }
        }
      }
      if (batch.size() < QUEUE_SCAN) {
        break;
      }
      offset += QUEUE_SCAN;
    }
    Map<UUID, ListRow> rows = lists.rowsById(items.stream().map(i -> i.proposal().rowId()).toList());
    Map<UUID, ListInfo> infos = new java.util.HashMap<>();
    List<ReviewItem> shown = new ArrayList<>();
    for (ReviewItem i : items) {
      ListRow row = rows.get(i.proposal().rowId());
      ListInfo info = infos.computeIfAbsent(i.proposal().listId(), id -> lists.get(id).orElse(null));
      if (row != null && info != null) {
        shown.add(new ReviewItem(i.proposal(), i.person(), row, info));
      }
    }
    if (!shown.isEmpty()) {
      desk.audit().append(
          CaseDesk.entry(session, AuditAction.READ_IDENTITY, ListStore.ROWS)
              .withRecords(shown.stream().map(i -> i.row().id()).distinct().toList()),
          CaseDesk.entry(session, AuditAction.READ_IDENTITY, "person")
              .withRecords(shown.stream().map(i -> i.person().id()).distinct().toList()));
    }
    return PageResult.render("review.jte", "items", shown, "decided", Objects.requireNonNullElse(call.query("decided"), ""));
  }

  private PageResult decide(PageCall call) {
    Session session = call.requireSession();
    UUID id = call.pathUuid("id");
    LinkStatus verdict = LinkStatus.fromCode(Objects.requireNonNullElse(call.form("verdict"), ""))
        .filter(v -> v != LinkStatus.PROPOSED)
        .orElseThrow(() -> org.guwah.core.validation.ValidationException.of("verdict",
            "must be confirmed, rejected or unsure"));
    Proposal proposal = lists.proposal(id).orElseThrow(() -> ApiException.of(ErrorCode.NOT_FOUND));
    Optional<Shown<Person>> person = desk.get(session, desk.store().persons(), proposal.personId());
    if (person.isEmpty() || !person.get().full()) {
      throw ApiException.of(ErrorCode.NOT_FOUND);
    }
    try {
      lists.jdbi().useTransaction(h -> {
        lists.decide(h, id, verdict, session.accountId());
        desk.audit().appendWithin(h, CaseDesk.entry(session, AuditAction.LINK_REVIEW, "link_proposal")
            .withRecords(List.of(id, proposal.personId(), proposal.rowId())).withDetail("verdict", verdict.code()));
      });
    } catch (ListNotFoundException e) {
      throw ApiException.of(ErrorCode.NOT_FOUND);
    }
    return PageResult.redirect("/review?decided=" + verdict.code());
  }

  @Override
  public String toString() {
    return "ListPages";
  }
}
