package org.convene.event;

import java.io.Serializable;

/** A visitor's sign-up: name, e-mail, organisation, profession. */
public class RegistrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String email;
  private String organization;
  private String profession;

  /** The language the form was filled in (a tag such as "es"); the person's e-mails use it. */
  private String language;

  public RegistrationForm() {}

  public RegistrationForm(String name, String email, String organization, String profession) {
    this.name = name;
    this.email = email;
    this.organization = organization;
    this.profession = profession;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getProfession() {
    return profession;
  }

  public void setProfession(String profession) {
    this.profession = profession;
  }
}
