package org.convene.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Locale;
import org.convene.collaborative.Collaborative;
import org.convene.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each collaborative's storage allowance for uploaded files (event materials and resource
 * documents), {@code convene.storage.quota-mb}. A new file is refused with a clear message once it
 * would take the collaborative over; uploads of one collaborative are serialised on its row so two
 * at once cannot both squeeze under the limit. Only services call this, for the collaborative their
 * authorised actor works on.
 */
@Stateless
public class StorageQuota {

  /** How much of its allowance a collaborative uses. */
  public record Use(long usedBytes, long quotaBytes) implements Serializable {
    public String getUsed() {
      return megabytes(usedBytes);
    }

    public String getQuota() {
      return megabytes(quotaBytes);
    }

    public int getPercent() {
      return quotaBytes == 0 ? 100 : (int) Math.min(100, usedBytes * 100 / quotaBytes);
    }

    public boolean isFull() {
      return usedBytes >= quotaBytes;
    }
  }

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "convene.storage.quota-mb", defaultValue = "500")
  private long quotaMegabytes;

  public Use use(Collaborative c) {
    Number used =
        (Number)
            em.createNativeQuery(
                    "SELECT (SELECT coalesce(sum(size_bytes), 0) FROM material"
                        + " WHERE collaborative_id = ?1)"
                        + " + (SELECT coalesce(sum(size_bytes), 0) FROM resource"
                        + " WHERE collaborative_id = ?1)")
                .setParameter(1, c.getId())
                .getSingleResult();
    return new Use(used.longValue(), quotaMegabytes * 1024 * 1024);
  }

  /**
   * Refuses ({@code field}'s message) a file of {@code incoming} bytes that would take {@code c}
   * over its allowance, {@code replacing} bytes being freed by the same change. Holds the
   * collaborative's row until the transaction ends.
   */
  public void check(Collaborative c, long incoming, long replacing, String field) {
    em.createNativeQuery("SELECT id FROM collaborative WHERE id = ?1 FOR UPDATE")
        .setParameter(1, c.getId())
        .getSingleResult();
    Use use = use(c);
    if (use.usedBytes() - replacing + incoming > use.quotaBytes()) {
      throw new InvalidInputException(
          field,
          Texts.of(
              "storageQuota.collaborativeSFileStorage",
              use.getUsed(),
              use.getQuota(),
              megabytes(incoming)));
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
