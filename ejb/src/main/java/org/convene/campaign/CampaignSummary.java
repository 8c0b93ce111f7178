package org.convene.campaign;

import java.io.Serializable;

/** A campaign with how many active members take part and how many public items they put in it. */
public record CampaignSummary(Campaign campaign, long members, long items) implements Serializable {

  /** "7 members, 23 items". */
  public String figures() {
    return members
        + (members == 1 ? " member, " : " members, ")
        + items
        + (items == 1 ? " item" : " items");
  }
}
