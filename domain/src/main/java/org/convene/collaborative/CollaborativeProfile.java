package org.convene.collaborative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What an editor can change on a collaborative's public profile. The about text is rich text: the
 * service sanitises it before it is stored.
 */
public record CollaborativeProfile(
    @NotBlank @Size(max = Collaborative.NAME_MAX) String name,
    @NotBlank @Size(max = Collaborative.SHORT_NAME_MAX) String shortName,
    @Size(max = Collaborative.TAGLINE_MAX) String tagline,
    @Size(max = Collaborative.REGION_MAX) String region,
    @NotNull Set<UsState> states,
    @Size(max = Collaborative.ABOUT_MAX) String about,
    @Min(value = 1800, message = "{convene.year.range}")
        @Max(value = 2100, message = "{convene.year.range}")
        Integer foundedYear,
    @Min(value = 0, message = "{convene.figure.negative}") Integer memberOrganisations,
    @Min(value = 0, message = "{convene.figure.negative}") Integer clinicians,
    @Size(max = Collaborative.WEBSITE_MAX)
        @Pattern(regexp = WebAddress.REGEX, message = "{convene.url.invalid}")
        String website,
    @Size(max = Collaborative.EMAIL_MAX) @Email(message = "{convene.email.invalid}")
        String contactEmail,
    @NotNull @Size(max = 12) List<@Valid SocialLink> socialLinks,
    @NotNull @Size(max = 50)
        List<@NotBlank @Size(max = Collaborative.PARTNER_MAX) String> partners) {

  public CollaborativeProfile {
    states = states == null ? Set.of() : Set.copyOf(states);
    socialLinks = socialLinks == null ? List.of() : List.copyOf(socialLinks);
    partners = partners == null ? List.of() : List.copyOf(partners);
  }
}
