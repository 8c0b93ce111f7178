package org.convene.branding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.convene.account.Actor;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.InvalidInputException;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.convene.testing.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Colours and logos, inside Payara Micro against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class BrandingServiceIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(BrandingServiceIT.class, InContainerData.class, TestImages.class);
  }

  @EJB BrandingService branding;
  @EJB CollaborativeService collaboratives;
  @EJB InContainerData data;

  private String create() {
    String slug = InContainerData.uniqueSlug("brand");
    collaboratives.create(SYSTEM, slug, "Brand Test Collaborative", "BTC");
    return slug;
  }

  @Test
  void coloursAreStoredNormalised() {
    String slug = create();
    branding.changeColours(SYSTEM, slug, data.reload(slug).getVersion(), " #1F4E8C ", "#F2A900");

    Brand brand = data.reload(slug).getBrand();
    assertEquals("#1f4e8c", brand.primary().hex());
    assertEquals("#f2a900", brand.accent().hex());
  }

  @Test
  void anInvalidColourIsRefusedWithAMessageAndChangesNothing() {
    String slug = create();
    branding.changeColours(SYSTEM, slug, data.reload(slug).getVersion(), "#1f4e8c", "#f2a900");

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                branding.changeColours(
                    SYSTEM,
                    slug,
                    data.reload(slug).getVersion(),
                    "#00ff00",
                    "red; background:url(x)"));

    assertEquals("accentColour", e.getField());
    assertTrue(e.getMessage().contains("six hexadecimal digits"), e.getMessage());
    Brand brand = data.reload(slug).getBrand();
    assertEquals("#1f4e8c", brand.primary().hex());
    assertEquals("#f2a900", brand.accent().hex());
  }

  @Test
  void pngJpegAndWebpLogosAreAcceptedAndNamedByTheirHash() {
    String slug = create();
    for (byte[] image : new byte[][] {TestImages.png(), TestImages.jpeg(), TestImages.webp()}) {
      Collaborative c = branding.changeLogo(SYSTEM, slug, image);
      assertEquals(org.convene.platform.Digests.sha256Hex(image), c.getLogoSha256());
      LogoImage served =
          branding.findCurrentLogo(data.reload(slug), c.getLogoSha256()).orElseThrow();
      assertArrayEquals(image, served.content());
    }
    assertEquals("webp", data.reload(slug).getLogoFileName().replaceAll(".*\\.", ""));
  }

  @Test
  void replacingALogoKeepsOnlyTheNewOne() {
    String slug = create();
    Collaborative first = branding.changeLogo(SYSTEM, slug, TestImages.png());
    branding.changeLogo(SYSTEM, slug, TestImages.jpeg());

    assertTrue(branding.findCurrentLogo(data.reload(slug), first.getLogoSha256()).isEmpty());
  }

  @Test
  void anHtmlFileNamedPngIsRefusedAndChangesNothing() {
    String slug = create();
    byte[] html =
        "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
            .getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, html));

    assertEquals("logo", e.getField());
    assertTrue(e.getMessage().contains("not a PNG, JPEG or WebP"), e.getMessage());
    assertNull(data.reload(slug).getLogoSha256());
  }

  @Test
  void anSvgLogoIsRefusedWithItsReason() {
    String slug = create();
    byte[] svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, svg));

    assertTrue(e.getMessage().startsWith("SVG logos are not accepted"), e.getMessage());
    assertNull(data.reload(slug).getLogoSha256());
  }

  @Test
  void anOversizedOrEmptyLogoIsRefusedAndTheOldOneStays() {
    String slug = create();
    Collaborative before = branding.changeLogo(SYSTEM, slug, TestImages.png());
    byte[] huge = Arrays.copyOf(TestImages.png(), Logo.MAX_BYTES + 1);

    InvalidInputException tooBig =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, huge));
    InvalidInputException empty =
        assertThrows(
            InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, new byte[0]));

    assertTrue(tooBig.getMessage().contains("at most 2 MB"), tooBig.getMessage());
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    assertEquals(before.getLogoSha256(), data.reload(slug).getLogoSha256());
  }

  @Test
  void aTenantOwnedLookupWithTheWrongCollaborativeFindsNothing() {
    String owner = create();
    String other = create();
    branding.changeLogo(SYSTEM, owner, TestImages.png());
    Long logoId =
        data.idOf(Long.class, "SELECT l.id FROM Logo l WHERE l.collaborative.slug = :slug", owner);

    assertTrue(data.findOwned(Logo.class, data.reload(owner), logoId).isPresent());
    assertTrue(data.findOwned(Logo.class, data.reload(other), logoId).isEmpty());
    assertTrue(data.findOwned(Logo.class, null, logoId).isEmpty());
    String sha = data.reload(owner).getLogoSha256();
    assertTrue(branding.findCurrentLogo(data.reload(other), sha).isEmpty());
  }
}
