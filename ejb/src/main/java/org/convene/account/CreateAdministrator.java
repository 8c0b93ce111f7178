package org.convene.account;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * {@code ./convene create-admin EMAIL}: creates an administrator account straight in the database
 * (the portal need not run) and prints its generated password once. The hash is written in exactly
 * the format Jakarta Security's Pbkdf2PasswordHash reads ({@code
 * PBKDF2WithHmacSHA256:600000:salt:hash}), with the same settings as {@link PasswordHasher}.
 */
public final class CreateAdministrator {

  private CreateAdministrator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !args[0].contains("@")) {
      System.err.println("usage: ./convene create-admin EMAIL");
      System.exit(2);
    }
    String email = args[0].strip().toLowerCase(Locale.ROOT);
    String password = AccountService.randomPassword();
    try (Connection c =
        DriverManager.getConnection(env("DB_URL"), env("DB_USER"), env("DB_PASSWORD"))) {
      try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM account WHERE email = ?")) {
        exists.setString(1, email);
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            System.err.println("An account with " + email + " already exists.");
            System.exit(1);
          }
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO account (email, display_name, password_hash, administrator, status,"
                  + " created_at) VALUES (?, 'Administrator', ?, TRUE, 'ACTIVE', now())")) {
        insert.setString(1, email);
        insert.setString(2, hash(password));
        insert.executeUpdate();
      }
      try (PreparedStatement audit =
          c.prepareStatement(
              "INSERT INTO audit_entry (at, actor, action, summary)"
                  + " VALUES (now(), 'command line', 'account.create-admin', ?)")) {
        audit.setString(1, "Administrator " + email + " created with ./convene create-admin");
        audit.executeUpdate();
      }
    }
    System.out.println("Administrator " + email + " created.");
    System.out.println("Password (shown once, change it after signing in): " + password);
  }

  /** A PBKDF2 hash in Jakarta Security's format, with Convene's settings. */
  public static String hash(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, PasswordHasher.ITERATIONS, 32 * 8);
    byte[] hash =
        SecretKeyFactory.getInstance(PasswordHasher.ALGORITHM).generateSecret(spec).getEncoded();
    return PasswordHasher.ALGORITHM
        + ":"
        + PasswordHasher.ITERATIONS
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
