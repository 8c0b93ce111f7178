package org.convene.admin;

import static org.convene.account.Authorized.Rule.ADMINISTRATOR;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.event.RegistrantCsv;
import org.convene.platform.NotFoundException;

/**
 * What an administrator can take out of the portal: a collaborative's whole content as one ZIP (a
 * JSON file per table, every stored file beside them) and every registration of the network as CSV.
 * Both are audited.
 *
 * <p>The ZIP is read from the database's own catalogue: every table with a {@code collaborative_id}
 * column gives that collaborative's rows, and every table that points at one of those (a session's
 * presenters, an item's topics) the rows that point at them — so a table added later is exported
 * without anyone remembering to. Personal data is left out (registrations go in the separate CSV;
 * accounts, memberships and links to registrations are not content) and so is the search index
 * (rebuilt from the content).
 */
@Stateless
public class NetworkExports {

  /** Tables whose rows are not a collaborative's content. */
  static final Set<String> LEFT_OUT =
      Set.of(
          "registration",
          "registration_token",
          "series_cancel_token",
          "membership",
          "account",
          "mail_outbox",
          "search_entry");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Rows of the network-wide registrations CSV read per statement. */
  private static final int BATCH = 5_000;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  /** Whether a collaborative (active or suspended) has that slug: the export form asks first. */
  @Authorized(ADMINISTRATOR)
  public boolean collaborativeExists(Actor actor, String slug) {
    return !em.createNativeQuery("SELECT 1 FROM collaborative WHERE slug = ?1")
        .setParameter(1, slug)
        .getResultList()
        .isEmpty();
  }

  /** Writes collaborative {@code slug}'s content as a ZIP to {@code out}. */
  @Authorized(ADMINISTRATOR)
  public void collaborativeZip(Actor actor, String slug, OutputStream out) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM collaborative WHERE slug = ?1")
            .setParameter(1, slug)
            .getResultList();
    if (ids.isEmpty()) {
      throw new NotFoundException("No such collaborative");
    }
    long id = ((Number) ids.get(0)).longValue();
    Map<String, String> selections = selections();
    Map<String, List<String>> binary = binaryColumns();
    Set<String> named = tablesWith("file_name");
    JsonObjectBuilder counts = Json.createObjectBuilder();
    JsonArrayBuilder files = Json.createArrayBuilder();
    int rows = 0;
    int fileCount = 0;
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> table : selections.entrySet()) {
        String name = table.getKey();
        List<String> bytes = binary.getOrDefault(name, List.of());
        String without =
            bytes.isEmpty()
                ? ""
                : " - ARRAY["
                    + String.join(", ", bytes.stream().map(b -> "'" + b + "'").toList())
                    + "]::text[]";
        Object[] result =
            (Object[])
                em.createNativeQuery(
                        "SELECT count(*), coalesce(jsonb_agg(to_jsonb(t)"
                            + without
                            + "), '[]'::jsonb)::text FROM "
                            + quoted(name)
                            + " t WHERE "
                            + table.getValue())
                    .setParameter(1, id)
                    .getSingleResult();
        int count = ((Number) result[0]).intValue();
        if (count == 0) {
          continue;
        }
        rows += count;
        counts.add(name, count);
        entry(
            zip, "tables/" + name + ".json", ((String) result[1]).getBytes(StandardCharsets.UTF_8));
        for (String column : bytes) {
          boolean hasName = named.contains(name);
          for (Object found :
              em.createNativeQuery(
                      "SELECT t.id, "
                          + (hasName ? "t.file_name" : "NULL")
                          + " FROM "
                          + quoted(name)
                          + " t WHERE ("
                          + table.getValue()
                          + ") AND t."
                          + quoted(column)
                          + " IS NOT NULL ORDER BY t.id")
                  .setParameter(1, id)
                  .getResultList()) {
            Object rowId = ((Object[]) found)[0];
            byte[] content =
                (byte[])
                    em.createNativeQuery(
                            "SELECT " + quoted(column) + " FROM " + quoted(name) + " WHERE id = ?1")
                        .setParameter(1, ((Number) rowId).longValue())
                        .getSingleResult();
            String path =
                "files/"
                    + name
                    + "/"
                    + rowId
                    + "-"
                    + column
                    + extension((String) ((Object[]) found)[1], content);
            entry(zip, path, content);
            files.add(
                Json.createObjectBuilder()
                    .add("table", name)
                    .add("id", ((Number) rowId).longValue())
                    .add("column", column)
                    .add("path", path)
                    .add("bytes", content.length));
            fileCount++;
          }
        }
      }
      JsonArrayBuilder left = Json.createArrayBuilder();
      LEFT_OUT.stream().sorted().forEach(left::add);
      String manifest =
          Json.createObjectBuilder()
              .add("format", "Convene collaborative export, version 1")
              .add("collaborative", slug)
              .add("exportedAt", Instant.now().toString())
              .add("rows", counts)
              .add("files", files)
              .add("leftOut", left)
              .add(
                  "note",
                  "Each tables/<table>.json holds that table's rows of this collaborative (stored"
                      + " files replaced by entries in \"files\"). Registrations are personal data:"
                      + " the administrators' registrations CSV holds them.")
              .build()
              .toString();
      entry(zip, "export.json", manifest.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        actor.caller(),
        slug,
        "collaborative.export",
        "Exported " + rows + " rows and " + fileCount + " files as a ZIP");
  }

  /** Writes every registration of the network as CSV to {@code out}; returns how many. */
  @Authorized(ADMINISTRATOR)
  public int registrationsCsv(Actor actor, Writer out) {
    int written = 0;
    try {
      CSVPrinter csv =
          new CSVPrinter(
              out,
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(
                      "Collaborative",
                      "Event",
                      "Starts",
                      "Series",
                      "Name",
                      "E-mail",
                      "Organisation",
                      "Profession",
                      "Status",
                      "Attended",
                      "Registered",
                      "Anonymised")
                  .get());
      long after = 0;
      while (true) {
        @SuppressWarnings("unchecked")
        List<Object[]> batch =
            em.createNativeQuery(
                    "SELECT r.id, c.slug, e.title, e.starts_at, s.title, r.name, r.email,"
                        + " r.organization, r.profession, r.status, r.attended, r.requested_at,"
                        + " r.anonymised_at IS NOT NULL"
                        + " FROM registration r JOIN event e ON e.id = r.event_id"
                        + " JOIN collaborative c ON c.id = r.collaborative_id"
                        + " LEFT JOIN event_series s ON s.id = e.series_id"
                        + " WHERE r.id > ?1 ORDER BY r.id LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, BATCH)
                .getResultList();
        for (Object[] r : batch) {
          csv.printRecord(
              r[1],
              RegistrantCsv.safe((String) r[2]),
              WHEN.format(instant(r[3])),
              RegistrantCsv.safe((String) r[4]),
              RegistrantCsv.safe((String) r[5]),
              RegistrantCsv.safe((String) r[6]),
              RegistrantCsv.safe((String) r[7]),
              RegistrantCsv.safe((String) r[8]),
              r[9],
              Boolean.TRUE.equals(r[10]) ? "yes" : "no",
              WHEN.format(instant(r[11])),
              Boolean.TRUE.equals(r[12]) ? "yes" : "no");
          after = ((Number) r[0]).longValue();
          written++;
        }
        if (batch.size() < BATCH) {
          break;
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        actor.caller(),
        null,
        "registrations.export-all",
        "Exported all " + written + " registrations of the network as CSV");
    return written;
  }

  /**
   * For each exported table, the condition that picks one collaborative's rows ({@code ?1} is its
   * id): its own {@code collaborative_id}, else a reference to a row of a table that has one.
   */
  private Map<String, String> selections() {
    Map<String, String> conditions = new TreeMap<>();
    conditions.put("collaborative", "t.id = ?1");
    for (Object name :
        em.createNativeQuery(
                "SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
                    + " AND a.attname = 'collaborative_id' AND NOT a.attisdropped")
            .getResultList()) {
      if (!LEFT_OUT.contains((String) name)) {
        conditions.put((String) name, "t.collaborative_id = ?1");
      }
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> references =
        em.createNativeQuery(
                "SELECT child.relname, a.attname, parent.relname FROM pg_constraint k"
                    + " JOIN pg_class child ON child.oid = k.conrelid"
                    + " JOIN pg_class parent ON parent.oid = k.confrelid"
                    + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                    + " WHERE k.contype = 'f' AND cardinality(k.conkey) = 1"
                    + " AND child.relnamespace = current_schema()::regnamespace"
                    + " ORDER BY 1, 2")
            .getResultList();
    for (Object[] ref : references) {
      String child = (String) ref[0];
      String parent = (String) ref[2];
      if (conditions.containsKey(child)
          || LEFT_OUT.contains(child)
          || !conditions.containsKey(parent)) {
        continue;
      }
      String pick =
          parent.equals("collaborative")
              ? "t." + quoted((String) ref[1]) + " = ?1"
              : "t."
                  + quoted((String) ref[1])
                  + " IN (SELECT p.id FROM "
                  + quoted(parent)
                  + " p WHERE p.collaborative_id = ?1)";
      children.computeIfAbsent(child, c -> new ArrayList<>()).add(pick);
    }
    children.forEach((child, picks) -> conditions.put(child, String.join(" OR ", picks)));
    return conditions;
  }

  /** The binary (file) columns of each table. */
  private Map<String, List<String>> binaryColumns() {
    Map<String, List<String>> columns = new TreeMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c"
                    + " ON c.oid = a.attrelid WHERE c.relnamespace = current_schema()::regnamespace"
                    + " AND c.relkind = 'r' AND a.atttypid = 'bytea'::regtype"
                    + " AND NOT a.attisdropped ORDER BY 1, 2")
            .getResultList();
    for (Object[] f : found) {
      columns.computeIfAbsent((String) f[0], t -> new ArrayList<>()).add((String) f[1]);
    }
    return columns;
  }

  private static void entry(ZipOutputStream zip, String path, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
  }

  /** Tables with a column of that name. */
  private Set<String> tablesWith(String column) {
    Set<String> tables = new java.util.HashSet<>();
    for (Object t :
        em.createNativeQuery(
                "SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
                    + " AND a.attname = ?1 AND NOT a.attisdropped")
            .setParameter(1, column)
            .getResultList()) {
      tables.add((String) t);
    }
    return tables;
  }

  /**
   * A file name extension: the stored file name's (letters and digits only), else one read from the
   * first bytes for the formats the portal stores.
   */
  static String extension(String fileName, byte[] content) {
    if (fileName != null) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\.([A-Za-z0-9]{1,8})$").matcher(fileName);
      if (m.find()) {
        return "." + m.group(1).toLowerCase(java.util.Locale.ROOT);
      }
    }
    return extension(content);
  }

  /** A file name extension from the first bytes: the formats the portal accepts. */
  static String extension(byte[] content) {
    if (startsWith(content, 0x89, 'P', 'N', 'G')) {
      return ".png";
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return ".jpg";
    }
    if (startsWith(content, '%', 'P', 'D', 'F')) {
      return ".pdf";
    }
    if (startsWith(content, 'P', 'K', 3, 4)) {
      return ".zip"; // Office documents are ZIP containers
    }
    return ".bin";
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
