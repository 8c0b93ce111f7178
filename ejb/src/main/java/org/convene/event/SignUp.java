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

  record Checked(String name, String email, String organization, String profession) {}

  static Checked check(RegistrationForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = strip(form == null ? null : form.getName());
    String email = strip(form == null ? null : form.getEmail());
    String organization = strip(form == null ? null : form.getOrganization());
    String profession = strip(form == null ? null : form.getProfession());
    if (name == null) {
      errors.put("name", "Enter your name.");
    } else if (name.length() > 160) {
      errors.put("name", "Your name can be at most 160 characters.");
    }
    if (email == null) {
      errors.put("email", "Enter your e-mail address: the confirmation is sent there.");
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.put("email", "Enter an e-mail address like name@example.org.");
    }
    if (organization != null && organization.length() > 200) {
      errors.put("organization", "The organisation can be at most 200 characters.");
    }
    if (profession != null && profession.length() > 120) {
      errors.put("profession", "The profession can be at most 120 characters.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("email", email);
    fields.put("organization", organization);
    fields.put("profession", profession);
    fields.forEach(
        (field, value) -> {
          if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
            errors.put(field, "Use letters, digits and punctuation only: no control characters.");
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidFormException(errors);
    }
    return new Checked(name, email.toLowerCase(Locale.ROOT), organization, profession);
  }

  static String closedReason(Event event) {
    if (event.isCancelled()) {
      return "This event has been cancelled.";
    }
    if (!event.getEndsAt().isAfter(Instant.now())) {
      return "This event is over.";
    }
    if (event.getStatus() == EventStatus.COMPLETED) {
      return "This event has taken place.";
    }
    return "Registration for this event is closed.";
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
