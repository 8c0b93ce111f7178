package org.convene.branding;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Digests;
import org.convene.platform.InvalidInputException;
import org.convene.text.Texts;

/** A collaborative's colours and logo. */
@Stateless
public class BrandingService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;

  /**
   * Sets the two brand colours. Any valid colour is accepted: text on it and next to it is paired
   * automatically so it stays readable (see {@link Brand}).
   */
  @Authorized(EDITOR)
  public Collaborative changeColours(
      Actor actor, String slug, long version, String primaryHex, String accentHex) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    org.convene.platform.FormChecks.requireVersion(
        c.getVersion(), version, Texts.of("thing.colourScheme"));
    BrandColour primary = colour("primaryColour", "primary colour", primaryHex);
    BrandColour accent = colour("accentColour", "accent colour", accentHex);
    Brand before = c.getBrand();
    c.changeColours(primary, accent);
    org.convene.platform.FormChecks.flush(em, Texts.of("thing.colourScheme"));
    audit.record(
        caller,
        slug,
        "branding.colours",
        "primary colour: "
            + before.primary()
            + " → "
            + primary
            + "; accent colour: "
            + before.accent()
            + " → "
            + accent);
    return c;
  }

  /**
   * Replaces the logo. Only PNG, JPEG or WebP up to 2 MB, recognised by their content whatever the
   * file is called; SVG is refused (it can carry script).
   */
  @Authorized(EDITOR)
  public Collaborative changeLogo(Actor actor, String slug, byte[] content) {
    Collaborative owner = actor.space();
    Caller caller = actor.caller();
    if (content == null || content.length == 0) {
      throw new InvalidInputException("logo", Texts.of("branding.logoFileEmpty"));
    }
    if (content.length > Logo.MAX_BYTES) {
      throw new InvalidInputException(
          "logo", Texts.of("branding.logoMbLogosCan", megabytes(content.length)));
    }
    ImageFormat format =
        ImageFormat.detect(content)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "logo",
                        looksLikeSvg(content)
                            ? Texts.of("branding.svgLogosAreNot")
                            : Texts.of("branding.fileNotPngJpeg")));
    Collaborative c = owner;
    String sha256 = Digests.sha256Hex(content);
    Logo logo =
        em.createQuery(
                "SELECT l FROM Logo l WHERE l.collaborative = :c AND l.sha256 = :sha", Logo.class)
            .setParameter("c", c)
            .setParameter("sha", sha256)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (logo == null) {
      em.createQuery("DELETE FROM Logo l WHERE l.collaborative = :c")
          .setParameter("c", c)
          .executeUpdate();
      logo = new Logo(c, format, sha256, content);
      em.persist(logo);
    }
    c.useLogo(logo);
    audit.record(
        caller,
        slug,
        "branding.logo",
        "New "
            + format.name()
            + " logo, "
            + content.length
            + " bytes ("
            + sha256.substring(0, 12)
            + "…)");
    return c;
  }

  /** The logo an active collaborative currently shows, if {@code sha256} names it. */
  public Optional<LogoImage> findCurrentLogo(Collaborative owner, String sha256) {
    if (owner == null || sha256 == null || !sha256.equals(owner.getLogoSha256())) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT l FROM Logo l WHERE l.collaborative.id = :owner AND l.sha256 = :sha",
            Logo.class)
        .setParameter("owner", owner.getId())
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst()
        .map(l -> new LogoImage(l.getFormat(), l.getSha256(), l.getContent()));
  }

  private static BrandColour colour(String field, String label, String hex) {
    String value = hex == null ? "" : hex.strip();
    if (!BrandColour.isValid(value)) {
      throw new InvalidInputException(field, Texts.of("branding.notColourWriteSix", label, value));
    }
    return new BrandColour(value);
  }

  private static boolean looksLikeSvg(byte[] content) {
    String head =
        new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8).toLowerCase();
    return head.contains("<svg");
  }

  private static String megabytes(int bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
