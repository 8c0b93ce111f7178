package org.convene.event;

import java.io.Serializable;

/** What an editor fills in for a presenter. */
public class PresenterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String credentials;
  private String role;
  private String affiliation;
  private String bio;
  private long version;

  public static PresenterForm of(Presenter p) {
    PresenterForm f = new PresenterForm();
    f.name = p.getName();
    f.credentials = p.getCredentials();
    f.role = p.getRole();
    f.affiliation = p.getAffiliation();
    f.bio = p.getBio();
    f.version = p.getVersion();
    return f;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCredentials() {
    return credentials;
  }

  public void setCredentials(String credentials) {
    this.credentials = credentials;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
