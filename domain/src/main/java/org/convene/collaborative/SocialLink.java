package org.convene.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A collaborative's profile on a social network. */
@Embeddable
public class SocialLink {

  public static final int URL_MAX = 500;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "network", nullable = false, length = 20)
  private SocialNetwork network;

  @NotNull
  @Size(max = URL_MAX)
  @Pattern(regexp = WebAddress.REGEX, message = "{convene.url.invalid}")
  @Column(name = "url", nullable = false, length = URL_MAX)
  private String url;

  protected SocialLink() {}

  public SocialLink(SocialNetwork network, String url) {
    this.network = network;
    this.url = url;
  }

  public SocialNetwork getNetwork() {
    return network;
  }

  public String getUrl() {
    return url;
  }
}
