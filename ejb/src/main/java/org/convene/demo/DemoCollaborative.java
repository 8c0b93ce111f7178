package org.convene.demo;

import static org.convene.collaborative.UsState.CO;
import static org.convene.collaborative.UsState.IA;
import static org.convene.collaborative.UsState.ID;
import static org.convene.collaborative.UsState.MN;
import static org.convene.collaborative.UsState.ND;
import static org.convene.collaborative.UsState.NM;
import static org.convene.collaborative.UsState.NV;
import static org.convene.collaborative.UsState.OR;
import static org.convene.collaborative.UsState.SD;
import static org.convene.collaborative.UsState.UT;
import static org.convene.collaborative.UsState.WA;
import static org.convene.collaborative.UsState.WI;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.convene.collaborative.CollaborativeProfile;
import org.convene.collaborative.SocialLink;
import org.convene.collaborative.SocialNetwork;
import org.convene.collaborative.UsState;

/** One demo collaborative: slug, profile, colours, optional host name. */
record DemoCollaborative(
    String slug, CollaborativeProfile profile, String primary, String accent, String hostName) {

  static final List<DemoCollaborative> ALL =
      List.of(
          new DemoCollaborative(
              "icsi",
              new CollaborativeProfile(
                  "Institute for Clinical Systems Improvement",
                  "ICSI",
                  "Convening organizations to find solutions to healthcare's toughest challenges",
                  "Minnesota and surrounding areas",
                  Set.of(MN, WI, IA, ND, SD),
                  "<p>The Institute for Clinical Systems Improvement (ICSI) is an independent,"
                      + " nonprofit health care improvement organization with member medical"
                      + " groups and hospitals, nonprofit health plan sponsors, and active"
                      + " connections with and broad representation by employers and consumers."
                      + " It is comprised of approximately 50 medical group and hospital members"
                      + " representing 8,500 clinicians in Minnesota and surrounding areas.</p>"
                      + "<p>ICSI frequently partners with state health and public health agencies,"
                      + " professional health care associations, regional health collaboratives"
                      + " and others in Minnesota and across the nation.</p>"
                      + "<p>A trusted influencer in healthcare for over 25 years, ICSI convenes"
                      + " organizations to find solutions to healthcare's toughest challenges."
                      + " <strong>One clear goal: improving health together.</strong></p>",
                  1993,
                  50,
                  8500,
                  "https://www.icsi.org",
                  "hello@icsi.test",
                  List.of(
                      new SocialLink(SocialNetwork.YOUTUBE, "https://www.youtube.com/@icsi"),
                      new SocialLink(
                          SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/icsi")),
                  List.of(
                      "State health and public health agencies",
                      "Professional health care associations",
                      "Regional health collaboratives")),
              "#1f4e8c",
              "#f2a900",
              "icsi.localhost"),
          new DemoCollaborative(
              "civhc",
              new CollaborativeProfile(
                  "Center for Improving Value in Health Care",
                  "CIVHC",
                  "Objective health care data and analysis to improve value in Colorado",
                  "Colorado",
                  Set.of(CO),
                  "<p>The Center for Improving Value in Health Care (CIVHC) is a nonprofit"
                      + " organization that turns health care data into analysis Coloradans can"
                      + " use to lower costs and improve care, including its analysis of the"
                      + " frequency of mental health-related emergency department visits.</p>",
                  2008,
                  null,
                  null,
                  "https://www.civhc.org",
                  "hello@civhc.test",
                  List.of(),
                  List.of()),
              "#6a1b4d",
              "#2a9d8f",
              null),
          new DemoCollaborative(
              "comagine",
              new CollaborativeProfile(
                  "Comagine Health",
                  "Comagine Health",
                  "Working with communities to improve health and health care",
                  "Oregon, Washington, Idaho, Utah, Nevada and New Mexico",
                  Set.of(OR, WA, ID, UT, NV, NM),
                  "<p>Comagine Health is a nonprofit health care consulting firm working"
                      + " with patients, providers, payers and communities. The Oregon Health"
                      + " Authority named Comagine Health as its behavioral health support"
                      + " program contractor, helping Oregonians with severe and persistent"
                      + " mental illness direct their own treatment through person-centered care"
                      + " planning.</p>",
                  null,
                  null,
                  null,
                  "https://comagine.org",
                  "hello@comagine.test",
                  List.of(),
                  List.of("Oregon Health Authority")),
              "#00695c",
              "#ff7043",
              null),
          new DemoCollaborative(
              "mncm",
              new CollaborativeProfile(
                  "MN Community Measurement",
                  "MNCM",
                  "Measuring and reporting health care quality so Minnesotans can compare care",
                  "Minnesota",
                  Set.of(MN),
                  "<p>MN Community Measurement collects and reports data on the quality and cost"
                      + " of care in Minnesota, including depression care — because, as its blog"
                      + " put it, we can't let another year go by.</p>",
                  2005,
                  null,
                  null,
                  "https://mncm.org",
                  "hello@mncm.test",
                  List.of(),
                  List.of()),
              "#3949ab",
              "#43a047",
              null),
          new DemoCollaborative(
              "stratis",
              new CollaborativeProfile(
                  "Stratis Health",
                  "Stratis Health",
                  "Leading collaboration and innovation in health care quality and safety",
                  "Minnesota",
                  Set.of(MN),
                  "<p>Stratis Health is an independent nonprofit that leads collaboration and"
                      + " innovation in health care quality and safety. During COVID-19 its staff"
                      + " ran a <em>healthy selfie</em> campaign, sharing the ways they stay"
                      + " mentally healthy.</p>",
                  1971,
                  null,
                  null,
                  "https://stratishealth.org",
                  "hello@stratis.test",
                  List.of(
                      new SocialLink(SocialNetwork.X, "https://x.com/StratisHealth"),
                      new SocialLink(
                          SocialNetwork.LINKEDIN,
                          "https://www.linkedin.com/company/stratis-health")),
                  List.of()),
              "#8e3b00",
              "#1565c0",
              null),
          new DemoCollaborative(
              "nrhi",
              new CollaborativeProfile(
                  "Network for Regional Healthcare Improvement",
                  "NRHI",
                  "The network office: webinars and programmes for every member",
                  "United States",
                  EnumSet.allOf(UsState.class),
                  "<p>The network office of NRHI runs programmes for all its members, among them"
                      + " the <em>Collaboratives in Action: Responding to COVID-19</em> webinar"
                      + " series, which shares key findings, promising practices, important"
                      + " innovations and stories of hope from members and national thought"
                      + " leaders.</p>",
                  null,
                  null,
                  null,
                  "https://www.nrhi.org",
                  "hello@nrhi.test",
                  List.of(),
                  List.of()),
              "#0b2a4a",
              "#f2a900",
              null));
}
