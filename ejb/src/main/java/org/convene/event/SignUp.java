package org.convene.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.convene.platform.InvalidFormException;

/**
 * The rules of a public sign-up that need no database: what a registration form must hold (with a
 * message per field, control characters refused) and why an event takes no sign-ups. Split out of
 * {@link RegistrationService}, which decides seats.
 */
final class SignUp {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private SignUp() {}

  record Checked(
      String name, String email, String organization, String profession, String language) {}

  /** The form's language when the portal speaks it, else English. */
  static String language(RegistrationForm form) {
    String tag = form == null ? null : form.getLanguage();
    return tag != null && org.convene.mail.Letter.LANGUAGES.contains(tag) ? tag : "en";
  }

  /** A message of the sign-up bundle in the form's language. */
  private static String say(String language, String key) {
    return java.util.ResourceBundle.getBundle(
            "org.convene.event.signup", Locale.forLanguageTag(language))
        .getString(key);
  }

  static Checked check(RegistrationForm form) {
    String language = language(form);
    Map<String, String> errors = new LinkedHashMap<>();
    String name = strip(form == null ? null : form.getName());
    String email = strip(form == null ? null : form.getEmail());
    String organization = strip(form == null ? null : form.getOrganization());
    String profession = strip(form == null ? null : form.getProfession());
    if (name == null) {
      errors.put("name", say(language, "name.missing"));
    } else if (name.length() > 160) {
      errors.put("name", say(language, "name.long"));
    }
    if (email == null) {
      errors.put("email", say(language, "email.missing"));
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.put("email", say(language, "email.invalid"));
    }
    if (organization != null && organization.length() > 200) {
      errors.put("organization", say(language, "organization.long"));
    }
    if (profession != null && profession.length() > 120) {
      errors.put("profession", say(language, "profession.long"));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("email", email);
    fields.put("organization", organization);
    fields.put("profession", profession);
    fields.forEach(
        (field, value) -> {
          if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
            errors.put(field, say(language, "control"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidFormException(errors);
    }
    return new Checked(name, email.toLowerCase(Locale.ROOT), organization, profession, language);
  }

  static String closedReason(Event event, String language) {
    if (event.isCancelled()) {
      return say(language, "closed.cancelled");
    }
    if (!event.getEndsAt().isAfter(Instant.now())) {
      return say(language, "closed.over");
    }
    if (event.getStatus() == EventStatus.COMPLETED) {
      return say(language, "closed.completed");
    }
    return say(language, "closed.closed");
  }

  static String noSessionOpen(String language) {
    return say(language, "closed.noSession");
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
