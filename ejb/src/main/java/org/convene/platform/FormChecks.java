package org.convene.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Map;
import org.convene.collaborative.WebAddress;
import org.convene.text.Texts;

/** The checks every editor form of this package shares: required text, web addresses, versions. */
public final class FormChecks {

  private FormChecks() {}

  public static String required(
      Map<String, String> errors, String field, String value, int max, String message) {
    if (value == null || value.isBlank()) {
      errors.put(field, message);
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      errors.put(field, Texts.of("formChecks.canMostCharacters", max));
    }
    return v;
  }

  public static String url(
      Map<String, String> errors, String field, String value, boolean required) {
    String v = blankToNull(value);
    if (v == null) {
      if (required) {
        errors.put(field, Texts.of("formChecks.enterWebAddressStarting"));
      }
      return null;
    }
    if (!WebAddress.isValid(v) || v.length() > 500) {
      errors.put(field, Texts.of("formChecks.enterFullWebAddress"));
    }
    return v;
  }

  public static void failIfAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFormException(errors);
    }
  }

  public static void requireVersion(long current, long seen, String what) {
    if (current != seen) {
      throw new ConcurrentEditException(what);
    }
  }

  public static void flush(EntityManager em, String what) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException(what);
    }
  }

  /**
   * When an item is (or will be) public: none for a draft; {@code at} when a time is given
   * (scheduled publication); otherwise kept once set, or now when first published or when an
   * earlier schedule is dropped.
   */
  public static Instant publication(Instant current, boolean published, Instant at) {
    if (!published) {
      return null;
    }
    if (at != null) {
      return at;
    }
    return current == null || current.isAfter(Instant.now()) ? Instant.now() : current;
  }

  /** The instant a "publish at" wall-clock time names in {@code zoneId}; null when none given. */
  public static Instant scheduled(
      java.time.LocalDateTime at, String zoneId, Map<String, String> errors) {
    if (at == null) {
      return null;
    }
    try {
      return at.atZone(java.time.ZoneId.of(zoneId)).toInstant();
    } catch (java.time.DateTimeException | NullPointerException e) {
      errors.put("publishAt", Texts.of("formChecks.chooseTimeZonePublication"));
      return null;
    }
  }

  /** When an item was published: kept once set, now when first published, none for a draft. */
  public static Instant publication(Instant current, boolean published) {
    if (!published) {
      return null;
    }
    return current == null ? Instant.now() : current;
  }

  /** The topics named by {@code ids}; an unknown id is reported on field {@code topicIds}. */
  public static java.util.List<org.convene.topic.Topic> topics(
      EntityManager em, Long[] ids, Map<String, String> errors) {
    java.util.List<Long> distinct = java.util.Arrays.stream(ids).distinct().toList();
    if (distinct.isEmpty()) {
      return java.util.List.of();
    }
    java.util.List<org.convene.topic.Topic> found =
        em.createQuery(
                "SELECT t FROM Topic t WHERE t.id IN :ids ORDER BY t.name",
                org.convene.topic.Topic.class)
            .setParameter("ids", distinct)
            .getResultList();
    if (found.size() != distinct.size()) {
      errors.put("topicIds", Texts.of("formChecks.chooseTopicsFromNetwork"));
    }
    return found;
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Refuses (in {@code errors}) a text longer than {@code max} characters instead of cutting it
   * silently; {@code max} is the entity's constant, the same one its column is declared with.
   */
  /**
   * A rich-text field as stored: the editor's markup made semantic and safe ({@link
   * RichText#fromEditor}), or an error when it is too long — as sent (a whole document pasted) or
   * once cleaned. Null when empty.
   */
  public static String richText(
      Map<String, String> errors, String field, String value, String what) {
    if (value != null && value.length() > RichText.MAX_SUBMITTED) {
      errors.putIfAbsent(field, Texts.of("formChecks.pastedTooLarge", what, value.length() / 1024));
      return null;
    }
    String clean = RichText.fromEditor(value);
    if (clean != null && clean.length() > RichText.MAX_LENGTH) {
      errors.putIfAbsent(
          field, Texts.of("formChecks.richTextTooLong", what, clean.length(), RichText.MAX_LENGTH));
    }
    return clean;
  }

  public static void maxLength(
      Map<String, String> errors, String field, String value, int max, String what) {
    String v = blankToNull(value);
    if (v != null && v.length() > max) {
      errors.putIfAbsent(field, Texts.of("formChecks.tooLong", what, max, v.length()));
    }
  }
}
