package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.event.Event;
import org.convene.finding.FindingForm;
import org.convene.finding.FindingService;
import org.convene.practice.Practice;
import org.convene.practice.PracticeService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * Key findings as data: the seed page's "Key Findings from the Mental Health Support for Healthcare
 * Workforce Webinar" (NRHI's May 4, 2020 session, with Jodie Dvorkin's quote), and findings of two
 * sessions of ICSI's 2020 series (invented for the demo, and saying so).
 */
@Stateless
public class DemoFindings {

  private static final String DEMO = " (Demo content.)";

  @EJB private FindingService findings;
  @EJB private PracticeService practices;
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    Long mentalHealth = topic("mental-health-of-healthcare-workers");
    Long covid = topic("covid-19");
    List<Practice> choices = findings.practiceChoices(system, "nrhi");
    long may4 = session(system, "nrhi", "Mental Health Support for Healthcare Workforce");
    add(
        system,
        "nrhi",
        may4,
        "At the end of March 2020 ICSI opened a dedicated space on its website for the mental"
            + " health of healthcare workers during COVID-19; its introduction was, in Jodie"
            + " Dvorkin's word, “grounding” — and somber.",
        "These resources have been contributed and curated by over 100 leaders in Minnesota and"
            + " upper Midwest healthcare systems, mental health agencies, county and state"
            + " agencies, and others. The group’s goal is to quickly organize and mobilize support"
            + " for our physicians, nurses, and other staff on the frontlines of COVID-19 crisis"
            + " response.",
        "Jodie Dvorkin, MD, MPH, Associate Medical Director, ICSI",
        practices(choices, "Rapid-response caregiver support network"),
        mentalHealth,
        covid);
    add(
        system,
        "nrhi",
        may4,
        "One of the resources is a series of webinars where healthcare and mental health leaders"
            + " share implementation strategies and practices, with a Q&A forum to share"
            + " information as it happens.",
        null,
        null,
        practices(choices, "The Mental Health Playbook"),
        mentalHealth);
    add(
        system,
        "nrhi",
        may4,
        "How systems can help their workers: planning and development infrastructure, training,"
            + " counselling and referrals, hotlines, and support groups.",
        null,
        null,
        practices(
            choices,
            "Stress first aid for frontline teams",
            "Rapid-response caregiver support network"),
        mentalHealth);
    add(
        system,
        "nrhi",
        may4,
        "How workers can get help themselves: free apps, blogs and podcasts for healthcare"
            + " workers.",
        null,
        null,
        List.of(),
        mentalHealth);

    long caring = session(system, "icsi", "Caring for the caregivers: launching a rapid-response");
    add(
        system,
        "icsi",
        caring,
        "One number to call beats a directory of services: requests doubled once a single line"
            + " routed them to the next free volunteer."
            + DEMO,
        null,
        null,
        practices(choices, "Rapid-response caregiver support network"),
        mentalHealth);
    add(
        system,
        "icsi",
        caring,
        "Answer within a day or staff stop asking: volunteers were scheduled so that no request"
            + " waited overnight."
            + DEMO,
        null,
        null,
        practices(choices, "Rapid-response caregiver support network"),
        mentalHealth);
    long firstAid = session(system, "icsi", "Stress first aid for frontline teams");
    add(
        system,
        "icsi",
        firstAid,
        "Train whole teams, not volunteers: colleagues used stress first aid once everyone on the"
            + " unit shared the same words for it."
            + DEMO,
        null,
        null,
        practices(choices, "Stress first aid for frontline teams"),
        mentalHealth);
  }

  private Long topic(String slug) {
    return topics.bySlug(slug).map(Topic::getId).orElseThrow();
  }

  private long session(Actor system, String owner, String titleStart) {
    return practices.sessionChoices(system, owner).stream()
        .filter(e -> e.getTitle().startsWith(titleStart))
        .map(Event::getId)
        .findFirst()
        .orElseThrow();
  }

  private static List<Practice> practices(List<Practice> choices, String... names) {
    return choices.stream().filter(p -> Arrays.asList(names).contains(p.getName())).toList();
  }

  private void add(
      Actor system,
      String owner,
      long event,
      String statement,
      String quote,
      String speaker,
      List<Practice> named,
      Long... topicIds) {
    FindingForm f = new FindingForm();
    f.setStatement(statement);
    f.setQuote(quote);
    f.setSpeaker(speaker);
    f.setPracticeIds(named.stream().map(Practice::getId).toArray(Long[]::new));
    f.setTopicIds(topicIds);
    findings.save(system, owner, event, null, null, f);
  }
}
